package intake

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestReadDraft (issue 16, defect 2): one bad field never loses the
// others; each lost value is named; a newer draft is recognised.
func TestReadDraft(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		check   func(*Answers) bool // the answers that must survive
		step    Step
		newer   bool
		damaged bool
		fields  []string // Problems' fields, in order
	}{
		{"intact", `{"v":1,"step":"where","answers":{"ageBand":"20-34","regions":["neck"]}}`,
			func(a *Answers) bool { return a.AgeBand == Age20to34 && len(a.Regions) == 1 }, StepWhere, false, false, nil},
		{"wrong-typed map value keeps the map's other keys and every other field",
			`{"v":1,"step":"where","answers":{"ageBand":"20-34","pain":{"neck":"ten","mid-left":3},"regions":["neck","mid-left"],"firstName":"Ana"}}`,
			func(a *Answers) bool {
				return a.AgeBand == Age20to34 && a.FirstName == "Ana" && len(a.Regions) == 2 && a.Pain[RegionMidLeft] == 3 && len(a.Pain) == 1
			}, StepWhere, false, false, []string{"answers.pain.neck"}},
		{"wrong-typed field",
			`{"v":1,"step":"goals","answers":{"ageBand":42,"firstName":"Ana","goals":["relax"]}}`,
			func(a *Answers) bool { return a.AgeBand == "" && a.FirstName == "Ana" && len(a.Goals) == 1 }, StepGoals, false, false, []string{"answers.ageBand"}},
		{"wrong-typed list element",
			`{"v":1,"step":"goals","answers":{"goals":["relax",7],"firstName":"Ana"}}`,
			func(a *Answers) bool { return a.FirstName == "Ana" && reflect.DeepEqual(a.Goals, []Goal{GoalRelax}) }, StepGoals, false, false, []string{"answers.goals"}},
		{"answers not an object", `{"v":1,"step":"about","answers":[1]}`,
			func(a *Answers) bool { return a.AgeBand == "" }, StepAbout, false, false, []string{"answers"}},
		{"unknown answer and unknown top-level field",
			`{"v":1,"step":"about","extra":1,"answers":{"ageBand":"20-34","favouriteColour":"teal"}}`,
			func(a *Answers) bool { return a.AgeBand == Age20to34 }, StepAbout, false, false, []string{"answers.favouriteColour", "extra"}},
		{"wrong-typed step and saved", `{"v":1,"step":3,"saved":false,"done":"yes","answers":{"ageBand":"20-34"}}`,
			// The first page still to answer: the about page is complete
			// (pregnancy is on the second safety page since flow3).
			func(a *Answers) bool { return a.AgeBand == Age20to34 }, StepSafety, false, false, []string{"done", "saved", "step"}},
		{"unknown values", `{"v":1,"step":"lunch","answers":{"ageBand":"20-34","oil":"olive"}}`,
			func(a *Answers) bool { return a.AgeBand == Age20to34 && a.Oil == "" }, StepSafety, false, false, []string{"answers.oil", "step"}},
		// Issue 17: drafts saved before the tick lists and the shared pages
		// (one answer per safety question, per move and per task; a step
		// that is now part of another page) load whole.
		{"per-question answers from before the tick lists",
			`{"v":1,"step":"training","answers":{"ageBand":"20-34","redFlags":{"saddle":"no","bladder":"no","both-legs":"no","weakness":"no","chest-pain":"no","accident":"no","fever":"no","weight":"no","cancer":"unsure","night":"no","calf":"no","surgery":"no","steroids":"no","immune":"no","ill":"yes"},"moves":{"bend":"no-pain","twist-left":"some-pain","twist-right":"no-pain","squat":"too-painful"},"function":{"groceries":"easy","side-sleep":"hard","sit-30":"cannot"}}}`,
			func(a *Answers) bool {
				return len(a.RedFlags) == len(Flags) && a.Flag(FlagCancer) == Unsure && a.Flag(FlagIll) == Yes &&
					a.Moves[MoveSquat] == MoveTooPainful && a.Function[TaskSit30] == AbleCannot &&
					len(Validate(a, StepSafety)) == 0 && len(Validate(a, StepMoves)) == 0 && len(ValidatePage(a, StepHealth)) == 1
			}, StepTraining, false, false, nil},
		{"no version", `{"step":"about","answers":{"ageBand":"20-34"}}`,
			func(a *Answers) bool { return a.AgeBand == Age20to34 }, StepAbout, false, false, []string{"v"}},
		{"version of the wrong type", `{"v":"1","step":"about","answers":{"ageBand":"20-34"}}`,
			func(a *Answers) bool { return a.AgeBand == Age20to34 }, StepAbout, false, false, []string{"v"}},
		{"newer version", `{"v":2,"step":"about","answers":{"ageBand":"20-34"}}`,
			func(a *Answers) bool { return a.AgeBand == "" }, "", true, false, []string{"v"}},
		{"not JSON", `{"v":1,"answers":{"ageBand":"20-`, nil, "", false, true, []string{""}},
		{"null", `null`, nil, "", false, true, []string{""}},
		{"a string", `"hello"`, nil, "", false, true, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ReadDraft([]byte(tt.in))
			if r.Newer != tt.newer || r.Damaged != tt.damaged {
				t.Fatalf("Newer %v, Damaged %v; want %v, %v (%v)", r.Newer, r.Damaged, tt.newer, tt.damaged, r.Problems)
			}
			var fields []string
			for _, p := range r.Problems {
				fields = append(fields, p.Field)
			}
			if !reflect.DeepEqual(fields, tt.fields) {
				t.Errorf("problems %q, want fields %q", r.Problems, tt.fields)
			}
			if r.Lost() != (len(tt.fields) > 0) {
				t.Errorf("Lost = %v with problems %v", r.Lost(), r.Problems)
			}
			if tt.check != nil && !tt.check(&r.Draft.Answers) {
				t.Errorf("answers lost or wrong: %+v", r.Draft.Answers)
			}
			if r.Draft.Step != tt.step {
				t.Errorf("step = %q, want %q", r.Draft.Step, tt.step)
			}
		})
	}
}

// TestReadDraftProblemsAreSafeToShow: a problem's value is short and holds
// no control or bidi character, whatever the draft held.
func TestReadDraftProblemsAreSafeToShow(t *testing.T) {
	r := ReadDraft([]byte(`{"v":1,"answers":{"oil":"\u001b[2J\u202e` + strings.Repeat("x", 100) + `"}}`))
	if len(r.Problems) != 1 {
		t.Fatalf("problems: %v", r.Problems)
	}
	if v := r.Problems[0].Value; CleanText(v, false) != v || len(v) > 50 {
		t.Errorf("problem value %q is unsafe or long", v)
	}
}

// TestReadDraftOneBadFieldProperty: in random valid drafts, replacing any
// one answers field by a value of the wrong type loses that field only:
// every other answer survives and exactly one problem names the field.
func TestReadDraftOneBadFieldProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	wrong := []string{`12`, `"x"`, `true`, `{"a":1}`, `[1,2]`}
	for i := 0; i < 500; i++ {
		a := randomAnswers(rng)
		a.FirstName, a.Medications = "Ana", "none"
		var fields map[string]json.RawMessage
		b, _ := json.Marshal(a)
		json.Unmarshal(b, &fields)
		keys := sortedKeys(fields)
		bad := keys[rng.Intn(len(keys))]
		fields[bad] = json.RawMessage(wrong[rng.Intn(len(wrong))])
		want := map[string]json.RawMessage{}
		json.Unmarshal(b, &want)
		delete(want, bad)
		raw, _ := json.Marshal(map[string]any{"v": DraftVersion, "step": "check", "answers": fields})

		r := ReadDraft(raw)
		if r.Newer || r.Damaged {
			t.Fatalf("#%d: Newer %v Damaged %v\n%s", i, r.Newer, r.Damaged, raw)
		}
		var got map[string]json.RawMessage
		gb, _ := json.Marshal(r.Draft.Answers)
		json.Unmarshal(gb, &got)
		for k, v := range want {
			if string(got[k]) != string(v) {
				t.Fatalf("#%d: breaking %q lost %q: %s, want %s", i, bad, k, got[k], v)
			}
		}
		if len(r.Problems) == 0 && string(got[bad]) != string(fields[bad]) {
			// A value that fits the field (12 weeks, "x" as a name) is
			// kept as it is; anything else must be reported.
			t.Fatalf("#%d: breaking %q with %s reported nothing and kept %s", i, bad, fields[bad], got[bad])
		}
		for _, p := range r.Problems {
			if !strings.HasPrefix(p.Field, "answers."+bad) {
				t.Fatalf("#%d: breaking %q reported %v", i, bad, p)
			}
		}
	}
}

// TestReadDraftRoundTrip: what the app saves reads back intact.
func TestReadDraftRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 300; i++ {
		d := Draft{Step: Steps[rng.Intn(len(Steps))], Answers: randomAnswers(rng), Saved: "2026-12-02T10:00:00Z", Done: i%2 == 0}
		b, _ := EncodeDraft(d)
		r := ReadDraft(b)
		if r.Lost() || normalise(r.Draft.Answers) != normalise(d.Answers) || r.Draft.Step != d.Step || r.Draft.Done != d.Done || r.Draft.Saved != d.Saved {
			t.Fatalf("#%d: %+v\n%s", i, r, b)
		}
	}
}

// FuzzReadDraft: never panics; whatever it returns is clean, has a valid
// step, saves and reads back without loss; a newer or damaged result holds
// no answers; and it agrees with DecodeDraft.
func FuzzReadDraft(f *testing.F) {
	good, _ := EncodeDraft(Draft{Step: StepWhere, Answers: complete()})
	for _, s := range []string{string(good), `{"v":1}`, `{"v":2}`, `{"v":"1"}`, `null`, `{"v":1,"answers":{"pain":{"neck":"ten","mid-left":3}}}`,
		`{"v":1,"step":7,"answers":{"goals":["relax",1],"skin":{"neck":[2]}}}`, `{"v":1,"answers":{"firstName":"\u001b[2J"}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r := ReadDraft(b)
		d, dropped, err := DecodeDraft(b)
		if (err != nil) != (r.Newer || r.Damaged) || (err == nil && (dropped != len(r.Problems) || !reflect.DeepEqual(d, r.Draft))) {
			t.Fatalf("DecodeDraft (%v, %d) disagrees with ReadDraft %+v", err, dropped, r)
		}
		if r.Newer || r.Damaged {
			if !reflect.DeepEqual(r.Draft, Draft{}) || len(r.Problems) == 0 {
				t.Fatalf("newer/damaged with answers or without a problem: %+v", r)
			}
			return
		}
		if n := r.Draft.Answers.Clean(); n != 0 {
			t.Fatalf("Clean after ReadDraft removed %d more values", n)
		}
		if !r.Draft.Step.Valid() {
			t.Fatalf("step %q", r.Draft.Step)
		}
		saved, err := EncodeDraft(r.Draft)
		if err != nil {
			t.Fatal(err)
		}
		if again := ReadDraft(saved); again.Lost() || !reflect.DeepEqual(normalise(again.Draft.Answers), normalise(r.Draft.Answers)) {
			t.Fatalf("saving and reading again lost values: %+v", again)
		}
	})
}

// TestReadDraftLargeHostileDraftsAreQuick: reading stays about linear in
// the draft's size (an insertion sort of 50,000 keys took 17 s before), so
// a hostile draft cannot freeze the page.
func TestReadDraftLargeHostileDraftsAreQuick(t *testing.T) {
	var keys strings.Builder
	for i := 0; keys.Len() < MaxDraftReadBytes*4/5; i++ {
		fmt.Fprintf(&keys, `"k%d":1,`, i)
	}
	list := `"x",` + strings.Repeat(`"neck",`, (MaxDraftReadBytes-200)/7)
	for name, in := range map[string]string{
		"keys":  `{"v":1,` + keys.String() + `"z":1}`,
		"list":  `{"v":1,"answers":{"regions":[` + list + `"neck"]}}`,
		"pains": `{"v":1,"answers":{"pain":{` + strings.ReplaceAll(keys.String(), ":1,", ":11,") + `"z":1}}}`,
	} {
		start := time.Now()
		r := ReadDraft([]byte(in))
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: %d bytes read in %v", name, len(in), d)
		}
		if r.Damaged || len(r.Problems) > MaxDraftProblems {
			t.Errorf("%s: damaged %v, %d problems", name, r.Damaged, len(r.Problems))
		}
	}
}
