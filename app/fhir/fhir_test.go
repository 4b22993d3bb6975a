package fhir

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/visit"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func en() *i18n.Catalog { return i18n.Get("en") }

// randomAnswers draws clean answers: any subset of the valid values.
func randomAnswers(r *rand.Rand) intake.Answers {
	one := func(xs []string) string {
		if n := r.IntN(len(xs) + 1); n < len(xs) {
			return xs[n]
		}
		return ""
	}
	some := func(xs []string) []string {
		var out []string
		for _, x := range xs {
			if r.IntN(3) == 0 {
				out = append(out, x)
			}
		}
		return out
	}
	a := intake.Answers{
		FirstName: []string{"", "Ana", "Zoë", "ยุพิน"}[r.IntN(4)],
		AgeBand:   intake.AgeBand(one(strs(intake.AgeBands))), Pregnant: intake.Tri(one(strs(tris))), PregnancyWeeks: r.IntN(43),
		Daily: conv[intake.Activity](some(strs(intake.Activities))), Regions: conv[intake.Region](some(strs(intake.Regions))),
		Duration: intake.Duration(one(strs(intake.Durations))), Onset: intake.Onset(one(strs(intake.Onsets))),
		Feelings: conv[intake.Feeling](some(strs(intake.Feelings))), Spread: intake.Spread(one(strs(intake.Spreads))),
		Worse: conv[intake.Trigger](some(strs(intake.Triggers))), Better: conv[intake.Relief](some(strs(intake.Reliefs))),
		Sleep: intake.Quality(one(strs(intake.Qualities))), Stiff: intake.Stiffness(one(strs(intake.Stiffnesses))),
		Goals: conv[intake.Goal](some(strs(intake.Goals))), Conditions: conv[intake.Condition](some(strs(intake.Conditions))),
		SurgeryWhen: intake.SurgeryWhen(one(strs(intake.SurgeryWhens))), Medications: []string{"", "warfarin 5 mg\nibuprofen"}[r.IntN(2)],
		Allergies: conv[intake.Allergy](some(strs(intake.Allergies))), Training: intake.Training(one(strs(intake.Trainings))),
		Talk: intake.Talk(one(strs(intake.Talks))), Warmth: intake.Warmth(one(strs(intake.Warmths))), Oil: intake.Oil(one(strs(intake.Oils))),
		Avoid: conv[intake.Region](some(strs(intake.Regions))), Focus: conv[intake.Region](some(strs(intake.Regions))),
		Consent: r.IntN(2) == 0, ConsentName: []string{"", "Ana Pérez"}[r.IntN(2)], ConsentAt: []string{"", "2025-03-04T09:15:00Z", "not a time"}[r.IntN(3)],
		// The issue-13 follow-ups.
		BothLegs: intake.LegsHistory(one(strs(intake.LegsHistories))), NightEases: intake.Tri(one(strs(tris))),
		Neck: conv[intake.NeckSign](some(strs(intake.NeckSigns))), Reviewed: intake.Tri(one(strs(tris))),
		SurgeryAreas: conv[intake.Region](some(strs(intake.Regions))), RashKnown: intake.Tri(one(strs(tris))),
		Comfort: conv[intake.Comfort](some(strs(intake.Comforts))),
	}
	for _, f := range intake.Flags {
		if t := one(strs(tris)); t != "" {
			a.RedFlags = put(a.RedFlags, f, intake.Tri(t))
		}
	}
	for _, reg := range a.Regions {
		a.Pain = put(a.Pain, reg, r.IntN(11))
	}
	for _, m := range intake.Moves {
		if x := one(strs(intake.MoveResults)); x != "" {
			a.Moves = put(a.Moves, m, intake.MoveResult(x))
		}
	}
	for _, t := range intake.Tasks {
		if x := one(strs(intake.Abilities)); x != "" {
			a.Function = put(a.Function, t, intake.Ability(x))
		}
	}
	for _, reg := range some(strs(intake.Regions)) {
		if xs := conv[intake.SkinIssue](some(strs(intake.SkinIssues))); len(xs) > 0 {
			a.Skin = put(a.Skin, intake.Region(reg), xs)
		}
	}
	return a
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func conv[T ~string](xs []string) []T {
	var out []T
	for _, x := range xs {
		out = append(out, T(x))
	}
	return out
}

func put[K comparable, V any](m map[K]V, k K, v V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	m[k] = v
	return m
}

// expected lists, straight from the answers (not from this package's
// table), every answered item: linkId → its values written as
// "valueString:Ana", "valueCoding:<system>|<code>", ...
func expected(a *intake.Answers) map[string][]string {
	m := map[string][]string{}
	str := func(id, s string) {
		if s != "" {
			m[id] = []string{"valueString:" + s}
		}
	}
	code := func(id, group string, vs ...string) {
		for _, v := range vs {
			if v != "" {
				m[id] = append(m[id], "valueCoding:"+CodeSystemBase+group+"|"+v)
			}
		}
	}
	str(intake.FieldFirstName, a.FirstName)
	code(intake.FieldAgeBand, "age-band", string(a.AgeBand))
	code(intake.FieldPregnant, "tri", string(a.Pregnant))
	if a.PregnancyWeeks > 0 {
		m[intake.FieldWeeks] = []string{"valueInteger:" + strconv.Itoa(a.PregnancyWeeks)}
	}
	code("daily", "activity", strs(a.Daily)...)
	for f, t := range a.RedFlags {
		code(intake.FlagField(f), "tri", string(t))
	}
	code(intake.FieldRegions, "region", strs(a.Regions)...)
	for r, p := range a.Pain {
		m[intake.PainField(r)] = []string{"valueCoding:" + LOINC + "|" + painAnswers[p]}
	}
	code(intake.FieldDuration, "duration", string(a.Duration))
	code(intake.FieldOnset, "onset", string(a.Onset))
	code(intake.FieldFeelings, "feeling", strs(a.Feelings)...)
	code(intake.FieldSpread, "spread", string(a.Spread))
	code("worse", "trigger", strs(a.Worse)...)
	code("better", "relief", strs(a.Better)...)
	for k, v := range a.Moves {
		code(intake.MoveField(k), "move-result", string(v))
	}
	for k, v := range a.Function {
		code(intake.TaskField(k), "ability", string(v))
	}
	code(intake.FieldSleep, "sleep-quality", string(a.Sleep))
	code(intake.FieldStiffness, "stiffness", string(a.Stiff))
	code(intake.FieldGoals, "goal", strs(a.Goals)...)
	code("conditions", "condition", strs(a.Conditions)...)
	code(intake.FieldSurgeryWhen, "surgery-when", string(a.SurgeryWhen))
	str(intake.FieldMedications, a.Medications)
	code("allergies", "allergy", strs(a.Allergies)...)
	for r, xs := range a.Skin {
		code(intake.SkinField(r), "skin-issue", strs(xs)...)
	}
	code(intake.FieldTraining, "training", string(a.Training))
	code(intake.FieldTalk, "talk", string(a.Talk))
	code(intake.FieldWarmth, "warmth", string(a.Warmth))
	code(intake.FieldOil, "oil", string(a.Oil))
	code("avoid", "region", strs(a.Avoid)...)
	code("focus", "region", strs(a.Focus)...)
	if a.Consent {
		m[intake.FieldConsent] = []string{"valueBoolean:true"}
	}
	str(intake.FieldConsentName, a.ConsentName)
	code(intake.FieldBothLegs, "legs-history", string(a.BothLegs))
	code(intake.FieldNightEases, "tri", string(a.NightEases))
	code(intake.FieldNeck, "neck-sign", strs(a.Neck)...)
	code(intake.FieldReviewed, "tri", string(a.Reviewed))
	code(intake.FieldSurgeryAreas, "region", strs(a.SurgeryAreas)...)
	code(intake.FieldRashKnown, "tri", string(a.RashKnown))
	code(intake.FieldComfort, "comfort", strs(a.Comfort)...)
	return m
}

// flatten lists the questions of r the same way (groups dropped).
func flatten(items []ResponseItem, m map[string][]string) {
	for _, it := range items {
		flatten(it.Item, m)
		for _, a := range it.Answer {
			var v string
			switch a.valueType() {
			case "valueString":
				v = "valueString:" + *a.ValueString
			case "valueInteger":
				v = "valueInteger:" + strconv.Itoa(*a.ValueInteger)
			case "valueBoolean":
				v = "valueBoolean:" + strconv.FormatBool(*a.ValueBoolean)
			case "valueCoding":
				v = "valueCoding:" + a.ValueCoding.System + "|" + a.ValueCoding.Code
			default:
				v = "bad answer"
			}
			m[it.LinkID] = append(m[it.LinkID], v)
		}
	}
}

// TestResponseHasEveryAnsweredItem: every answered item appears with the
// right linkId, value type and value (lists in the client's order), and
// nothing else does; and the response validates against the questionnaire.
func TestResponseHasEveryAnsweredItem(t *testing.T) {
	q := NewQuestionnaire(en())
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 1000 {
		a := randomAnswers(r)
		if n := a.Clean(); n != 0 {
			t.Fatalf("#%d: the generator made %d unclean values", i, n)
		}
		resp := NewResponse(&a, en())
		got := map[string][]string{}
		flatten(resp.Item, got)
		if want := expected(&a); !reflect.DeepEqual(got, want) {
			t.Fatalf("#%d:\n got %v\nwant %v", i, got, want)
		}
		if err := Validate(q, resp); err != nil {
			t.Fatalf("#%d: the response does not validate:\n%v", i, err)
		}
		if (resp.Status == "completed") != a.Consent {
			t.Errorf("#%d: status %q with consent %v", i, resp.Status, a.Consent)
		}
		if a.ConsentAt == "2025-03-04T09:15:00Z" && resp.Authored != a.ConsentAt || a.ConsentAt != "2025-03-04T09:15:00Z" && resp.Authored != "" {
			t.Errorf("#%d: authored %q from consentAt %q", i, resp.Authored, a.ConsentAt)
		}
	}
}

func TestQuestionnaireCoversTheIntake(t *testing.T) {
	q := NewQuestionnaire(en())
	ids := map[string]Item{}
	var walk func([]Item)
	walk = func(items []Item) {
		for _, it := range items {
			if _, dup := ids[it.LinkID]; dup {
				t.Errorf("linkId %q twice", it.LinkID)
			}
			ids[it.LinkID] = it
			if it.Text == "" || strings.Contains(it.Text, "[") {
				t.Errorf("%s: text %q", it.LinkID, it.Text)
			}
			for _, o := range it.AnswerOption {
				if o.ValueCoding.Display == "" || strings.Contains(o.ValueCoding.Display, "[") {
					t.Errorf("%s: option %s has display %q", it.LinkID, o.ValueCoding.Code, o.ValueCoding.Display)
				}
			}
			walk(it.Item)
		}
	}
	walk(q.Item)
	want := []string{"firstName", "ageBand", "pregnant", "pregnancyWeeks", "daily", "regions", "duration", "onset", "feelings", "spread",
		"worse", "better", "sleep", "stiffness", "goals", "conditions", "surgeryWhen", "medications", "allergies", "training", "talk",
		"warmth", "oil", "avoid", "focus", "consent", "consentName",
		// The issue-13 follow-ups.
		intake.FieldBothLegs, intake.FieldNightEases, intake.FieldNeck, intake.FieldReviewed, intake.FieldSurgeryAreas,
		intake.FieldRashKnown, intake.FieldComfort}
	for _, f := range intake.Flags {
		want = append(want, intake.FlagField(f))
	}
	for _, r := range intake.Regions {
		want = append(want, intake.PainField(r), intake.SkinField(r))
	}
	for _, m := range intake.Moves {
		want = append(want, intake.MoveField(m))
	}
	for _, tk := range intake.Tasks {
		want = append(want, intake.TaskField(tk))
	}
	for _, id := range want {
		if _, ok := ids[id]; !ok {
			t.Errorf("no item %q", id)
		}
	}
	for _, r := range intake.Regions {
		p := ids[intake.PainField(r)]
		if p.Code[0].System != LOINC || p.Code[0].Code != "72514-3" || len(p.AnswerOption) != 11 ||
			p.AnswerOption[0].ValueCoding.Code != "LA6111-4" || p.AnswerOption[10].ValueCoding.Code != "LA13942-0" {
			t.Errorf("%s: not LOINC 72514-3 with its 0–10 answer list", p.LinkID)
		}
	}
	if p := ids[intake.PainField(intake.RegionNeck)]; len(p.Code) != 1 {
		t.Errorf("neck has a SNOMED code not in the provided facts: %v", p.Code)
	}
}

// TestPainScoresOnAnswerOption: LHC-Forms (and the R4 ordinalValue
// extension's context) read the score on answerOption.extension; the
// Coding's own copy alone gave LHC-Forms 0 of 13 pain scores.
func TestPainScoresOnAnswerOption(t *testing.T) {
	q := NewQuestionnaire(en())
	n := 0
	walkItems(q.Item, nil, func(it Item, _ []Item) {
		if len(it.Code) == 0 || it.Code[0].Code != PainSeverityCode {
			return
		}
		n++
		for i, o := range it.AnswerOption {
			if len(o.Extension) != 1 || o.Extension[0].URL != "http://hl7.org/fhir/StructureDefinition/ordinalValue" ||
				o.Extension[0].ValueDecimal == nil || *o.Extension[0].ValueDecimal != float64(i) {
				t.Errorf("%s option %d: answerOption.extension %+v, want ordinalValue %d", it.LinkID, i, o.Extension, i)
			}
		}
	})
	if n != len(intake.Regions)+1 { // each region, and the check-in's pain now
		t.Errorf("%d pain items, want %d", n, len(intake.Regions)+1)
	}
}

// TestBodySiteOnGroup: a question's code says what the question means, so
// the SNOMED CT body site is never in a question's item.code: it codes the
// group that holds the region's pain or skin question.
func TestBodySiteOnGroup(t *testing.T) {
	q := NewQuestionnaire(en())
	parent := map[string]Item{}
	walkItems(q.Item, nil, func(it Item, path []Item) {
		if it.Type != TypeGroup {
			for _, c := range it.Code {
				if c.System == SNOMED {
					t.Errorf("question %s has the body site %s in item.code", it.LinkID, c.Code)
				}
			}
		}
		if len(path) > 0 {
			parent[it.LinkID] = path[len(path)-1]
		}
	})
	for r, code := range map[intake.Region]string{intake.RegionLowLeft: "37822005", intake.RegionLowRight: "37822005",
		intake.RegionMidLeft: "122495006", intake.RegionMidRight: "122495006", intake.RegionBetweenBlades: "122495006"} {
		for _, id := range []string{intake.PainField(r), intake.SkinField(r)} {
			g := parent[id]
			if g.Type != TypeGroup || len(g.Code) != 1 || g.Code[0].System != SNOMED || g.Code[0].Code != code {
				t.Errorf("%s: enclosing group %s coded %v, want SNOMED %s", id, g.LinkID, g.Code, code)
			}
		}
	}
	for _, id := range []string{intake.PainField(intake.RegionNeck), intake.SkinField(intake.RegionSacrum)} {
		if g := parent[id]; len(g.Code) != 0 {
			t.Errorf("%s sits in a coded group %s: no SNOMED code in the provided facts", id, g.LinkID)
		}
	}
}

// walkItems calls f on every item with the groups above it.
func walkItems(items []Item, path []Item, f func(it Item, path []Item)) {
	for _, it := range items {
		f(it, path)
		walkItems(it.Item, append(path[:len(path):len(path)], it), f)
	}
}

func TestValidateCatchesProblems(t *testing.T) {
	q := NewQuestionnaire(en())
	a := intake.Answers{AgeBand: intake.Age20to34, Regions: []intake.Region{intake.RegionNeck}, Pain: map[intake.Region]int{intake.RegionNeck: 3}}
	good := NewResponse(&a, en())
	if err := Validate(q, good); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		edit func(r *QuestionnaireResponse)
		want string
	}{
		{"unknown linkId", func(r *QuestionnaireResponse) { r.Item[0].Item[0].LinkID = "age" }, `linkId "age" is not in the questionnaire`},
		{"question at top level", func(r *QuestionnaireResponse) { r.Item = append(r.Item, r.Item[0].Item[0]) }, `linkId "ageBand" is not in the questionnaire`},
		{"wrong value type", func(r *QuestionnaireResponse) {
			r.Item[0].Item[0].Answer = []Answer{{ValueString: ptr("20-34")}}
		}, `a choice item wants valueCoding`},
		{"not an option", func(r *QuestionnaireResponse) { r.Item[0].Item[0].Answer[0].ValueCoding.Code = "19" }, "is not an answer option"},
		{"two answers", func(r *QuestionnaireResponse) {
			r.Item[0].Item[0].Answer = append(r.Item[0].Item[0].Answer, r.Item[0].Item[0].Answer[0])
		}, "does not repeat"},
		{"two values", func(r *QuestionnaireResponse) { r.Item[0].Item[0].Answer[0].ValueBoolean = ptr(true) }, `answer is ""`},
		{"wrong version", func(r *QuestionnaireResponse) { r.Questionnaire = QuestionnaireURL + "|0" }, "want"},
	} {
		var r QuestionnaireResponse
		b, _ := json.Marshal(good)
		json.Unmarshal(b, &r)
		tt.edit(&r)
		if err := Validate(q, r); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}

// TestGolden compares the Questionnaire and the response for the complete
// example of docs/intake-format.md with testdata/ (go test -update
// rewrites them; review the diff: a changed linkId or code needs a new
// QuestionnaireVersion).
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/example-answers.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := intake.DecodeAnswers(f)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]any{"questionnaire.json": NewQuestionnaire(en()), "example-response.json": NewResponse(&a, en()),
		"example-response-visit.json": NewResponseWith(&a, exampleExtra(), en())} {
		got, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := "testdata/" + name
		if *update {
			os.WriteFile(path, got, 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file (go test ./app/fhir -update, then review the diff)", path)
		}
	}
}

// exampleExtra is the functional scale and check-in of the golden
// example-response-visit.json.
func exampleExtra() Extra {
	return Extra{
		PSFS: outcome.PSFS{{Name: "Lift my toddler", Score: 3}, {Name: "Sit through a meeting", Score: 5}},
		CheckIn: &visit.CheckIn{Stage: visit.Stage48h, Soreness: visit.SoreMild, Water: visit.WaterSome, Pain: ptr(3),
			Pressure: visit.FeltTooMuch, RightLevel: ptr(4), Techniques: map[string]visit.Felt{"swedish": visit.FeltRight, "deep-tissue": visit.FeltTooMuch},
			RedFlags: map[intake.Flag]intake.Tri{intake.FlagFever: intake.No, intake.FlagSaddle: intake.No},
			Spread:   intake.SpreadNo, Feelings: []intake.Feeling{intake.FeelStiff}, Note: "Stiff in the morning"},
	}
}

func TestResponseWithExtras(t *testing.T) {
	q := NewQuestionnaire(en())
	a := intake.Answers{AgeBand: intake.Age35to49}
	r := NewResponseWith(&a, exampleExtra(), en())
	if err := Validate(q, r); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	flatten(r.Item, got)
	cd := func(group, v string) []string { return []string{"valueCoding:" + CodeSystemBase + group + "|" + v} }
	str := func(v string) []string { return []string{"valueString:" + v} }
	num := func(v string) []string { return []string{"valueInteger:" + v} }
	want := map[string][]string{
		"ageBand":       cd("age-band", "35-49"),
		"psfs-1-name":   str("Lift my toddler"),
		"psfs-1-score":  num("3"),
		"psfs-2-name":   str("Sit through a meeting"),
		"psfs-2-score":  num("5"),
		"checkin-stage": cd("checkin-stage", "48h"), "checkin-soreness": cd("soreness", "mild"), "checkin-water": cd("water", "some"),
		"checkin-pain":     {"valueCoding:" + LOINC + "|LA6114-8"},
		"checkin-pressure": cd("felt", "too-much"), "checkin-right-level": num("4"),
		"checkin-technique-swedish": cd("felt", "right"), "checkin-technique-deep-tissue": cd("felt", "too-much"),
		"checkin-flag-saddle": cd("tri", "no"), "checkin-flag-fever": cd("tri", "no"),
		"checkin-spread": cd("spread", "no"), "checkin-feelings": cd("feeling", "stiff"), "checkin-note": str("Stiff in the morning"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	// An invalid scale is left out rather than exported half-checked.
	bad := NewResponseWith(&a, Extra{PSFS: outcome.PSFS{{Name: "", Score: 12}}}, en())
	if err := Validate(q, bad); err != nil || len(bad.Item) != 1 {
		t.Errorf("invalid scale: %v, %d groups", err, len(bad.Item))
	}
}

// TestFollowUpsEnabledAsAsked: each issue-13 follow-up's enableWhen (read
// the way a FHIR form renderer reads it, from the response's answers) holds
// exactly when the intake asks the question (intake.Answers' Asks…
// methods), over generated answers; the comfort question is always asked.
func TestFollowUpsEnabledAsAsked(t *testing.T) {
	q := NewQuestionnaire(en())
	items := map[string]Item{}
	var walk func([]Item)
	walk = func(its []Item) {
		for _, it := range its {
			items[it.LinkID] = it
			walk(it.Item)
		}
	}
	walk(q.Item)
	asks := map[string]func(*intake.Answers) bool{
		intake.FieldBothLegs:     (*intake.Answers).AsksBothLegs,
		intake.FieldNightEases:   (*intake.Answers).AsksNightEases,
		intake.FieldNeck:         (*intake.Answers).AsksNeck,
		intake.FieldReviewed:     (*intake.Answers).AsksReviewed,
		intake.FieldSurgeryAreas: (*intake.Answers).AsksSurgeryAreas,
		intake.FieldRashKnown:    (*intake.Answers).AsksRashKnown,
		intake.FieldComfort:      func(*intake.Answers) bool { return true },
	}
	r := rand.New(rand.NewPCG(13, 13))
	seen := map[string][2]int{}
	for i := range 2000 {
		a := randomAnswers(r)
		got := map[string][]string{}
		flatten(NewResponse(&a, en()).Item, got)
		for id, ask := range asks {
			it, ok := items[id]
			if !ok {
				t.Fatalf("no item %q", id)
			}
			enabled := enabledBy(it, got)
			if enabled != ask(&a) {
				t.Fatalf("#%d: %s enabled %v, the intake asks it %v (%+v)", i, id, enabled, ask(&a), it.EnableWhen)
			}
			n := seen[id]
			if enabled {
				n[0]++
			} else {
				n[1]++
			}
			seen[id] = n
		}
	}
	for id, n := range seen {
		if n[0] == 0 || (n[1] == 0 && id != intake.FieldComfort) {
			t.Errorf("%s: enabled %d times, not %d times: the generator misses a case", id, n[0], n[1])
		}
	}
}

// enabledBy evaluates it's enableWhen ("=" on codings, enableBehavior
// all or any) over the answers m (flatten's form).
func enabledBy(it Item, m map[string][]string) bool {
	if len(it.EnableWhen) == 0 {
		return true
	}
	any := it.EnableBehavior == "any"
	if len(it.EnableWhen) > 1 && it.EnableBehavior != "any" && it.EnableBehavior != "all" {
		return false // R4: enableBehavior is required with several conditions
	}
	for _, w := range it.EnableWhen {
		holds := false
		for _, v := range m[w.Question] {
			holds = holds || v == "valueCoding:"+w.AnswerCoding.System+"|"+w.AnswerCoding.Code
		}
		if holds == any {
			return any
		}
	}
	return !any
}
