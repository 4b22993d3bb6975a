package intake

import (
	"bytes"
	"encoding/json"
	flagpkg "flag"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

var updateFormat = flagpkg.Bool("update-format", false, "rewrite the generated part of docs/intake-format.md")

const formatDoc = "../../docs/intake-format.md"

// The generated part of docs/intake-format.md sits between these markers.
const (
	beginFields = "<!-- BEGIN generated field reference: go test ./app/intake -update-format -->\n"
	endFields   = "<!-- END generated field reference -->\n"
)

// fieldDoc documents one JSON field: its allowed values come from the Go
// slices, so the doc cannot drift from the model.
type fieldDoc struct {
	name, kind, meaning string
	allowed             []string
}

func answerFields() []fieldDoc {
	list := func(what string) string { return "list of " + what }
	return []fieldDoc{
		{"firstName", fmt.Sprintf("text, at most %d characters", MaxNameLen), "first name, asked by older versions only (the name is now asked once, as consentName; what to call the client is its first word)", nil},
		{"ageBand", "one value", "age range", names(AgeBands)},
		{"pregnant", "one value", "asked unless ageBand is 65-plus, as a row of the second safety page (yes or unsure ticked; no when nothing on that page applies); `unsure` counts as yes", names(tris)},
		{"pregnancyWeeks", fmt.Sprintf("whole number, 1 to %d", MaxPregnancyWeeks), "weeks of pregnancy, when pregnant is yes (0 or absent: not given)", nil},
		{"daily", list("values"), "what fills the client's days", names(Activities)},
		{"redFlags", "object: safety question → yes, no or unsure", "the safety questions (below); `unsure` counts as yes", names(Flags)},
		{"bothLegs", "one value", "follow-up when both-legs is yes or spread is both-legs: new-or-worse, or known and stable (known-walking: a doctor knows the cause, only on walking or standing; known-stretch: only a pull in both thighs on stretching); absent or `unsure` counts as new", names(LegsHistories)},
		{"nightEases", "one value", "follow-up when night is yes: does the night pain ease with a change of position; absent or `unsure` counts as no", names(tris)},
		{"regions", list("regions"), "where it hurts, on the body map", names(Regions)},
		{"pain", "object: region → whole number 0 to 10", "pain now in each chosen region", names(Regions)},
		{"duration", "one value", "how long: days = under a week, weeks = 1–6 weeks, months = 6–12 weeks, 3-months = over 12 weeks", names(Durations)},
		{"onset", "one value", "how it started (fall = a fall or accident)", names(Onsets)},
		{"feelings", list("values"), "what the pain feels like", names(Feelings)},
		{"spread", "one value", "whether the pain spreads into a leg", names(Spreads)},
		{"neck", list("values"), "neck and head, asked when an upper-back region is chosen (headaches = tension-type headaches; jaw = clenching or grinding; dizzy = dizzy when turning the head; arm = pain, tingling or numbness into an arm or hand; whiplash = a neck injury in the last 3 months)", names(NeckSigns)},
		{"worse", list("values"), "what makes it worse", names(Triggers)},
		{"better", list("values"), "what makes it better", names(Reliefs)},
		{"moves", "object: movement check → result", "movement self-checks; keys: " + strings.Join(names(Moves), ", "), names(MoveResults)},
		{"function", "object: task → ability", "everyday tasks; keys: " + strings.Join(names(Tasks), ", "), names(Abilities)},
		{"sleep", "one value", "sleep quality", names(Qualities)},
		{"stiffness", "one value", "morning stiffness (under-30 / over-30 minutes)", names(Stiffnesses)},
		{"goals", list("values"), "what the client wants from the visit", names(Goals)},
		{"conditions", list("values"), "health checklist (disc = herniated or bulging disc; bleeding = bleeding disorder or blood thinners; injury = recent injury or accident)", names(Conditions)},
		{"surgeryWhen", "one value", "when the surgery was, when conditions has surgery", names(SurgeryWhens)},
		{"surgeryAreas", list("regions"), "where the operation was, when conditions has surgery (empty: not on the back or legs, or not said); the therapist avoids these regions", names(Regions)},
		{"reviewed", "one value", "has a doctor checked the disc, stenosis or operation and said it is stable; absent or `unsure` counts as no", names(tris)},
		{"medications", fmt.Sprintf("text, at most %d characters", MaxTextLen), "medicines, free text (a named blood thinner is recognised)", nil},
		{"allergies", list("values"), "allergies relevant to massage products", names(Allergies)},
		{"skin", "object: region → list of skin issues", "skin or local issues, asked on the areas page; the therapist avoids these regions", names(SkinIssues)},
		{"rashKnown", "one value", "follow-up when a rash is marked: a long-term condition a doctor knows about that does not spread by touch (eczema, psoriasis); absent or `unsure` counts as no", names(tris)},
		{"training", "one value", "how recently the client trained hard", names(Trainings)},
		{"talk", "one value", "talk during the session", names(Talks)},
		{"warmth", "one value", "room warmth", names(Warmths)},
		{"oil", "one value", "massage medium", names(Oils)},
		{"avoid", list("regions"), "areas not to touch", names(Regions)},
		{"focus", list("regions"), "areas to focus on", names(Regions)},
		{"comfort", list("values"), "positioning and comfort on the table, for the therapist summary", names(Comforts)},
		{"consent", "true or false", "the client agreed: set by \"Agree and finish\" under the declaration, with the typed name (no box to tick)", nil},
		{"consentName", fmt.Sprintf("text, at most %d characters", MaxNameLen), "typed name, the accessible alternative to a signature; the only time the name is asked", nil},
		{"consentAt", "text, RFC 3339 time", "when the client agreed (set by the app)", nil},
	}
}

func draftFields() []fieldDoc {
	return []fieldDoc{
		{"v", "whole number", fmt.Sprintf("format version; this version reads %d", DraftVersion), nil},
		{"step", "one value", "the page the client was on", names(Steps)},
		{"answers", "object", "the answers (the table above)", nil},
		{"saved", "text, RFC 3339 time", "time of the last save (set by the app)", nil},
		{"done", "true or false", "the client finished the intake", nil},
	}
}

// flagMeanings says each safety question in plain words.
var flagMeanings = map[Flag]string{
	FlagSaddle: "numbness or tingling between the legs, buttocks or inner thighs", FlagBladder: "new trouble passing urine, or losing control of bladder or bowel",
	FlagBothLegs: "pain, weakness or numbness in both legs", FlagWeakness: "leg weakness that is getting worse",
	FlagChestPain: "chest pain together with the back pain", FlagAccident: "back pain since a serious accident or fall",
	FlagFever: "fever, or feeling hot, shivery and unwell", FlagWeight: "weight loss without trying",
	FlagCancer: "cancer now or in the past", FlagNight: "bad pain at night that rest does not ease",
	FlagCalf: "one calf swollen, red, warm or painful", FlagSurgery: "an operation in the last 6 weeks",
	FlagSteroids: "steroid tablets for months", FlagImmune: "weakened immune system, or injecting drugs",
	FlagIll: "a cold, flu or stomach bug right now",
}

func renderFields() []byte {
	var b bytes.Buffer
	table := func(fs []fieldDoc) {
		b.WriteString("| Field | Type | Meaning | Allowed values |\n|---|---|---|---|\n")
		for _, f := range fs {
			allowed := "—"
			if len(f.allowed) > 0 {
				allowed = "`" + strings.Join(f.allowed, "`, `") + "`"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", f.name, f.kind, f.meaning, allowed)
		}
	}
	b.WriteString(beginFields)
	b.WriteString("\n### Answers\n\nEvery field is optional: an absent or empty field means \"not answered yet\".\n\n")
	table(answerFields())
	b.WriteString("\n### Safety questions (`redFlags` keys), in the order asked\n\n| Key | Question |\n|---|---|\n")
	for _, f := range Flags {
		fmt.Fprintf(&b, "| `%s` | %s |\n", f, flagMeanings[f])
	}
	fmt.Fprintf(&b, "\n### Draft wrapper (version %d)\n\n", DraftVersion)
	table(draftFields())
	b.WriteString("\n" + endFields)
	return b.Bytes()
}

// TestIntakeFormatDoc keeps the field reference of docs/intake-format.md in
// step with the model, and checks that the doc covers every JSON field.
func TestIntakeFormatDoc(t *testing.T) {
	doc, err := os.ReadFile(formatDoc)
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(doc, []byte(beginFields)), bytes.Index(doc, []byte(endFields))
	if i < 0 || j < i {
		t.Fatalf("%s: generated field reference markers are missing", formatDoc)
	}
	want := renderFields()
	got := doc[i : j+len(endFields)]
	if *updateFormat {
		out := append(append(append([]byte{}, doc[:i]...), want...), doc[j+len(endFields):]...)
		if err := os.WriteFile(formatDoc, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: the field reference is out of date; run: go test ./app/intake -update-format", formatDoc)
	}
	for _, x := range []struct {
		typ  reflect.Type
		docs []fieldDoc
	}{{reflect.TypeOf(Answers{}), answerFields()}, {reflect.TypeOf(Draft{}), draftFields()}} {
		documented := map[string]bool{}
		for _, f := range x.docs {
			documented[f.name] = true
		}
		for k := 0; k < x.typ.NumField(); k++ {
			name := strings.Split(x.typ.Field(k).Tag.Get("json"), ",")[0]
			if !documented[name] {
				t.Errorf("%s.%s (json %q) is not documented in %s", x.typ.Name(), x.typ.Field(k).Name, name, formatDoc)
			}
		}
	}
	for _, f := range Flags {
		if flagMeanings[f] == "" {
			t.Errorf("safety question %s has no meaning in flagMeanings", f)
		}
	}
}

// TestIntakeFormatExample: the complete example in the doc decodes strictly
// and answers every field.
func TestIntakeFormatExample(t *testing.T) {
	doc, err := os.ReadFile(formatDoc)
	if err != nil {
		t.Fatal(err)
	}
	const open = "<!-- complete example -->\n```json\n"
	i := bytes.Index(doc, []byte(open))
	if i < 0 {
		t.Fatalf("%s: no complete example block", formatDoc)
	}
	body := doc[i+len(open):]
	body = body[:bytes.Index(body, []byte("```"))]
	a, err := DecodeAnswers(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("the complete example does not decode: %v", err)
	}
	var draft map[string]json.RawMessage
	_ = json.Unmarshal(body, &draft)
	for _, f := range draftFields() {
		if _, ok := draft[f.name]; !ok {
			t.Errorf("the complete example lacks draft field %q", f.name)
		}
	}
	out, _ := json.Marshal(a)
	var fields map[string]json.RawMessage
	_ = json.Unmarshal(out, &fields)
	for _, f := range answerFields() {
		if _, ok := fields[f.name]; !ok {
			t.Errorf("the complete example leaves %q unanswered", f.name)
		}
	}
	for _, fl := range Flags {
		if a.Flag(fl) == "" {
			t.Errorf("the complete example leaves safety question %q unanswered", fl)
		}
	}
	for _, s := range Steps {
		if s.Applies(&a) && len(Validate(&a, s)) > 0 {
			t.Errorf("the complete example does not validate on step %s: %v", s, Validate(&a, s))
		}
	}
}
