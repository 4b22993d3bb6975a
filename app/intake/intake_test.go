package intake

import (
	"encoding/json"
	"errors"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func TestCompleteAnswersValidateOnEveryStep(t *testing.T) {
	a := complete()
	for _, s := range Flow(&a) {
		if errs := Validate(&a, s); len(errs) > 0 {
			t.Errorf("step %s: unexpected errors %v", s, errs)
		}
	}
	if s := FirstIncomplete(&a); s != "" {
		t.Errorf("FirstIncomplete = %q, want none", s)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		step   Step
		edit   func(a *Answers)
		fields []string // expected error fields, in order
		key    string   // expected key of the first error
	}{
		{"age missing", StepAbout, func(a *Answers) { a.AgeBand = "" }, []string{FieldAgeBand}, "error.required"},
		{"age unknown", StepAbout, func(a *Answers) { a.AgeBand = "ancient" }, []string{FieldAgeBand}, "error.invalid"},
		{"name too long", StepAbout, func(a *Answers) { a.FirstName = strings.Repeat("a", MaxNameLen+1) }, []string{FieldFirstName}, "error.too-long"},
		{"name control char", StepAbout, func(a *Answers) { a.FirstName = "A\x00na" }, []string{FieldFirstName}, "error.invalid-text"},
		{"pregnant weeks missing", StepPregnancy, func(a *Answers) { a.Pregnant = Yes }, []string{FieldWeeks}, "error.range"},
		{"pregnant weeks too many", StepPregnancy, func(a *Answers) { a.Pregnant, a.PregnancyWeeks = Yes, 43 }, []string{FieldWeeks}, "error.range"},
		{"pregnant weeks ok", StepPregnancy, func(a *Answers) { a.Pregnant, a.PregnancyWeeks = Yes, 20 }, nil, ""},
		{"no flag answered", StepSafety, func(a *Answers) { a.RedFlags = nil }, []string{FieldFlags}, "error.tick-or-none"},
		{"one flag unanswered, none ticked", StepSafety2, func(a *Answers) { delete(a.RedFlags, FlagNight) }, []string{FieldFlags}, "error.tick-or-none"},
		{"a tick reads the unanswered rows as no", StepSafety2, func(a *Answers) { a.RedFlags = map[Flag]Tri{FlagIll: Unsure} }, nil, ""},
		{"the first page unanswered", StepSafety, func(a *Answers) { a.RedFlags = map[Flag]Tri{FlagIll: Unsure} }, []string{FieldFlags}, "error.tick-or-none"},
		{"flag value unknown", StepSafety2, func(a *Answers) { a.RedFlags[FlagIll] = "maybe" }, []string{FlagField(FlagIll)}, "error.invalid"},
		{"flags unsure is an answer", StepSafety, func(a *Answers) { a.RedFlags = allFlags(Unsure) }, nil, ""},
		{"no region", StepWhere, func(a *Answers) { a.Regions = nil }, []string{FieldRegions}, "error.required"},
		{"pain missing for a region", StepPain, func(a *Answers) { delete(a.Pain, RegionShoulderRight) }, []string{PainField(RegionShoulderRight)}, "error.required"},
		{"pain out of range", StepPain, func(a *Answers) { a.Pain[RegionBetweenBlades] = 11 }, []string{PainField(RegionBetweenBlades)}, "error.required"},
		{"onset both missing", StepOnset, func(a *Answers) { a.Duration, a.Onset = "", "" }, []string{FieldDuration, FieldOnset}, "error.required"},
		{"no feeling", StepFeel, func(a *Answers) { a.Feelings = nil }, []string{FieldFeelings}, "error.required"},
		{"worse is optional", StepWorse, func(a *Answers) { a.Worse, a.Better = nil, nil }, nil, ""},
		{"move missing beside a tick", StepMoves, func(a *Answers) { a.Moves = map[Move]MoveResult{MoveBend: MoveSomePain} }, nil, ""},
		{"moves unanswered", StepMoves, func(a *Answers) { a.Moves = nil }, []string{FieldMoves}, "error.tick-or-none"},
		{"moves all without pain", StepMoves, func(a *Answers) { a.Moves = nil; a.NoMovePain() }, nil, ""},
		{"function missing", StepFunction, func(a *Answers) { a.Function = nil; a.Sleep = "" }, []string{FieldTasks, FieldSleep}, "error.tick-or-none"},
		{"no goal", StepGoals, func(a *Answers) { a.Goals = nil }, []string{FieldGoals}, "error.required"},
		{"surgery needs when", StepHealth, func(a *Answers) { a.Conditions = []Condition{CondSurgery} }, []string{FieldSurgeryWhen}, "error.required"},
		{"medicines too long", StepMedicines, func(a *Answers) { a.Medications = strings.Repeat("x", MaxTextLen+1) }, []string{FieldMedications}, "error.too-long"},
		{"skin region without issue", StepSkin, func(a *Answers) { a.Skin = map[Region][]SkinIssue{RegionLowLeft: {}} }, []string{SkinField(RegionLowLeft)}, "error.required"},
		{"skin ok", StepSkin, func(a *Answers) { a.Skin = map[Region][]SkinIssue{RegionLowLeft: {SkinBruise}} }, nil, ""},
		{"prefs missing", StepPrefs, func(a *Answers) { a.Talk, a.Oil = "", "" }, []string{FieldTalk, FieldOil}, "error.required"},
		{"consent unticked", StepConsent, func(a *Answers) { a.Consent = false }, []string{FieldConsent}, "error.required"},
		{"consent name blank", StepConsent, func(a *Answers) { a.ConsentName = "  " }, []string{FieldConsentName}, "error.required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := complete()
			tt.edit(&a)
			errs := Validate(&a, tt.step)
			var got []string
			for _, e := range errs {
				got = append(got, e.Field)
			}
			if !reflect.DeepEqual(got, tt.fields) {
				t.Fatalf("fields = %v, want %v", got, tt.fields)
			}
			if len(errs) > 0 && errs[0].Key != tt.key {
				t.Errorf("key = %q, want %q", errs[0].Key, tt.key)
			}
		})
	}
}

func TestConditionalSteps(t *testing.T) {
	a := complete()
	if !StepPregnancy.Applies(&a) {
		t.Error("pregnancy should be asked of the 35-49 band")
	}
	a.AgeBand = Age65Plus
	if StepPregnancy.Applies(&a) {
		t.Error("pregnancy should not be asked of the 65+ band")
	}
	// Pregnancy and daily are asked on the about page, medicines and
	// training on the health page (issue 17: fewer pages).
	if got := Next(&a, StepAbout); got != StepSafety {
		t.Errorf("Next(about) = %q, want safety", got)
	}
	if got := Next(&a, StepDaily); got != StepSafety {
		t.Errorf("Next(daily) = %q, want safety (daily is on the about page)", got)
	}
	if got := Prev(&a, StepDaily); got != "" {
		t.Errorf("Prev(daily) = %q, want none (daily is on the first page)", got)
	}
	// The skin problems are asked on the areas page (where to avoid,
	// asked once): health → preferences → areas.
	if got := Next(&a, StepHealth); got != StepPrefs {
		t.Errorf("Next(health) = %q, want preferences", got)
	}
	if got := Prev(&a, StepSkin); got != StepPrefs {
		t.Errorf("Prev(skin) = %q, want preferences (skin is on the areas page)", got)
	}
	if got := Sections(StepAreas); len(got) != 2 || got[0] != StepSkin || got[1] != StepAreas {
		t.Errorf("Sections(areas) = %v", got)
	}
	if n1, _ := Position(&a, StepSkin); n1 != 12 {
		t.Errorf("Position(skin) = %d, want 12 (the areas page)", n1)
	}
	// What makes it worse is asked on the goals page (flow3).
	if got := Next(&a, StepFeel); got != StepMoves {
		t.Errorf("Next(feel) = %q, want moves", got)
	}
	if got := Sections(StepGoals); len(got) != 2 || got[0] != StepWorse {
		t.Errorf("Sections(goals) = %v, want worse on it", got)
	}
	if !StepHealth.Before(StepAreas) || StepAreas.Before(StepHealth) {
		t.Error("Before does not follow Steps")
	}
	pages := len(Steps) - len(pageOf)
	n, total := Position(&a, StepWhere)
	if total != pages || n != 4 {
		t.Errorf("Position(where) = %d of %d, want 4 of %d", n, total, pages)
	}
	// A step on another's page takes that page's place.
	if n2, _ := Position(&a, StepTraining); n2 != 10 {
		t.Errorf("Position(training) = %d, want 10 (the health page)", n2)
	}
	if got := Sections(StepAbout); len(got) != 2 || got[1] != StepDaily {
		t.Errorf("Sections(about) = %v", got)
	}
	if got := Sections(StepSafety2); len(got) != 2 || got[0] != StepPregnancy {
		t.Errorf("Sections(safety-more) = %v, want pregnancy on it", got)
	}
	// The 65+ band is not asked about pregnancy, on the page either.
	for _, e := range ValidatePage(&Answers{AgeBand: Age65Plus, RedFlags: map[Flag]Tri{}}, StepSafety2) {
		if e.Field == FieldPregnant {
			t.Error("pregnancy asked of the 65+ band")
		}
	}
	if Next(&a, StepConsent) != "" || Prev(&a, StepAbout) != "" {
		t.Error("Next after last / Prev before first should be empty")
	}
}

func TestFirstIncomplete(t *testing.T) {
	a := complete()
	a.Goals = nil
	a.Training = ""
	if got := FirstIncomplete(&a); got != StepGoals {
		t.Errorf("FirstIncomplete = %q, want goals", got)
	}
	var empty Answers
	if got := FirstIncomplete(&empty); got != StepAbout {
		t.Errorf("FirstIncomplete(empty) = %q, want about", got)
	}
}

func TestDraftRoundTrip(t *testing.T) {
	a := complete()
	a.Skin = map[Region][]SkinIssue{RegionLegLeft: {SkinVaricose}}
	a.Conditions = []Condition{CondSurgery, CondDisc}
	a.SurgeryWhen = SurgeryOlder
	in := Draft{Step: StepGoals, Answers: a, Saved: "2026-11-21T08:00:00Z"}
	b, err := EncodeDraft(in)
	if err != nil {
		t.Fatal(err)
	}
	out, dropped, err := DecodeDraft(b)
	if err != nil || dropped != 0 {
		t.Fatalf("DecodeDraft: dropped %d, err %v", dropped, err)
	}
	in.Version = DraftVersion
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip changed the draft:\n in %+v\nout %+v", in, out)
	}
}

func TestDraftRoundTripRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		a := randomAnswers(rng)
		b, err := EncodeDraft(Draft{Step: Steps[rng.Intn(len(Steps))], Answers: a})
		if err != nil {
			t.Fatal(err)
		}
		d, dropped, err := DecodeDraft(b)
		if err != nil || dropped != 0 {
			t.Fatalf("#%d: dropped %d, err %v\n%s", i, dropped, err, b)
		}
		if !reflect.DeepEqual(normalise(a), normalise(d.Answers)) {
			t.Fatalf("#%d: answers changed\n in %+v\nout %+v", i, a, d.Answers)
		}
	}
}

// normalise makes empty and nil collections compare equal (JSON omits both).
func normalise(a Answers) string {
	b, _ := json.Marshal(a)
	return string(b)
}

// TestDecodeDraftErrors: DecodeDraft fails only when nothing can be read
// or the draft is from a newer version; a draft with a wrong-typed field,
// no version or an impossible old version keeps what it can
// (TestReadDraft has the details).
func TestDecodeDraftErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    error // nil: decodes, with dropped values
		dropped int
	}{
		{"not json", "{{{", ErrDraftCorrupt, 0},
		{"truncated", `{"v":1,"step":"about","answers":{"ageBand":"20-`, ErrDraftCorrupt, 0},
		{"empty", ``, ErrDraftCorrupt, 0},
		{"array", `[1,2]`, ErrDraftCorrupt, 0},
		{"null", `null`, ErrDraftCorrupt, 0},
		{"future version", `{"v":99,"answers":{}}`, ErrDraftVersion, 0},
		{"beyond any draft", `{"v":1,"answers":{"medications":"` + strings.Repeat("a", MaxDraftReadBytes) + `"}}`, ErrDraftTooLarge, 0},
		{"no version", `{"step":"about"}`, nil, 1},
		{"old version", `{"v":0,"answers":{}}`, nil, 1},
		{"wrong type", `{"v":1,"answers":{"pain":{"neck":"ten"}}}`, nil, 1},
		{"huge", `{"v":1,"answers":{"medications":"` + strings.Repeat("a", MaxDraftBytes) + `"}}`, nil, 2}, // over MaxDraftBytes; medications over MaxTextLen (truncated)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, dropped, err := DecodeDraft([]byte(tt.in))
			if !errors.Is(err, tt.want) || (err == nil && dropped != tt.dropped) {
				t.Errorf("dropped %d, err = %v; want %d, %v", dropped, err, tt.dropped, tt.want)
			}
		})
	}
}

func TestDecodeDraftCleansHostileValues(t *testing.T) {
	in := `{"v":1,"step":"<script>","answers":{"ageBand":"35-49","regions":["neck","spleen","neck"],
		"pain":{"neck":4,"spleen":3,"leg-left":99},"redFlags":{"saddle":"no","made-up":"yes","night":"maybe"},
		"firstName":"` + strings.Repeat("é", MaxNameLen+1) + `","goals":["relax","world-peace"]}}`
	d, dropped, err := DecodeDraft([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	a := d.Answers
	if a.AgeBand != Age35to49 || !reflect.DeepEqual(a.Regions, []Region{RegionNeck}) || a.Pain[RegionNeck] != 4 {
		t.Errorf("valid answers lost: %+v", a)
	}
	if len(a.Pain) != 1 || len(a.RedFlags) != 1 || !reflect.DeepEqual(a.Goals, []Goal{GoalRelax}) {
		t.Errorf("hostile values kept: %+v", a)
	}
	if a.FirstName != strings.Repeat("é", MaxNameLen) { // the limit counts characters

		t.Errorf("name not truncated cleanly: %q", a.FirstName)
	}
	// The hostile step is replaced by the first incomplete page (the
	// safety pages, not answered; pregnancy, asked of the 35-49 band, is a
	// row of the second since flow3).
	if d.Step != StepSafety {
		t.Errorf("step = %q, want safety", d.Step)
	}
	// 1 dup region + 1 unknown region + 2 pain + 2 flags + 1 name + 1 goal + 1 step = 9
	if dropped != 9 {
		t.Errorf("dropped = %d, want 9", dropped)
	}
}

func TestToggle(t *testing.T) {
	xs := []Goal{GoalRelief}
	xs = Toggle(xs, GoalRelax)
	xs = Toggle(xs, GoalRelief)
	if !reflect.DeepEqual(xs, []Goal{GoalRelax}) {
		t.Errorf("Toggle = %v", xs)
	}
}

func TestPhase(t *testing.T) {
	want := map[Duration]Phase{DurDays: PhaseAcute, DurWeeks: PhaseAcute, DurMonths: PhaseSubacute, DurChronic: PhaseChronic, "": ""}
	for d, p := range want {
		if got := d.Phase(); got != p {
			t.Errorf("%q.Phase() = %q, want %q", d, got, p)
		}
	}
}

func FuzzDecodeDraft(f *testing.F) {
	good, _ := EncodeDraft(Draft{Step: StepWhere, Answers: complete()})
	f.Add(good)
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`{"v":1,"answers":{"skin":{"neck":["rash","x"]},"pain":{"neck":-1}}}`))
	f.Add([]byte(`{"v":2}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := DecodeDraft(b)
		if err != nil {
			return
		}
		// Whatever decodes is clean: cleaning again removes nothing, and
		// validation and the step logic never panic on it.
		if n := d.Answers.Clean(); n != 0 {
			t.Fatalf("Clean after DecodeDraft removed %d more values", n)
		}
		if !d.Step.Valid() {
			t.Fatalf("decoded step %q is not a step", d.Step)
		}
		for _, s := range Steps {
			Validate(&d.Answers, s)
		}
		FirstIncomplete(&d.Answers)
		if _, err := EncodeDraft(d); err != nil {
			t.Fatal(err)
		}
	})
}

// randomAnswers draws valid answers for property tests.
func randomAnswers(rng *rand.Rand) Answers {
	pick := func(n int) int { return rng.Intn(n) }
	some := func(n int) []int {
		var idx []int
		for i := 0; i < n; i++ {
			if rng.Intn(3) == 0 {
				idx = append(idx, i)
			}
		}
		return idx
	}
	a := Answers{AgeBand: AgeBands[pick(len(AgeBands))], Duration: Durations[pick(len(Durations))],
		Onset: Onsets[pick(len(Onsets))], Spread: Spreads[pick(len(Spreads))], Training: Trainings[pick(len(Trainings))]}
	for _, i := range some(len(Activities)) {
		a.Daily = append(a.Daily, Activities[i])
	}
	for _, i := range some(len(Regions)) {
		r := Regions[i]
		a.Regions = append(a.Regions, r)
		if a.Pain == nil {
			a.Pain = map[Region]int{}
		}
		a.Pain[r] = pick(11)
	}
	for _, i := range some(len(Conditions)) {
		a.Conditions = append(a.Conditions, Conditions[i])
	}
	for _, i := range some(len(Feelings)) {
		a.Feelings = append(a.Feelings, Feelings[i])
	}
	a.RedFlags = map[Flag]Tri{}
	for _, f := range Flags {
		a.RedFlags[f] = []Tri{Yes, No, No, No, Unsure}[pick(5)]
	}
	return a
}

// The name is asked once, as the signature (flow3): what to call the
// client is the first word of it, unless an older draft asked for a first
// name; and "Agree and finish" without a name is one error, on the name.
func TestCallNameAndDeclaration(t *testing.T) {
	for _, c := range []struct{ first, signed, want string }{
		{"", "Dee Smith", "Dee"}, {"", "  María José García ", "María"}, {"Noi", "Somchai Jaidee", "Noi"},
		{"", "", ""}, {" ", "Ana", "Ana"},
	} {
		a := Answers{FirstName: c.first, ConsentName: c.signed}
		if got := a.CallName(); got != c.want {
			t.Errorf("CallName(%q, %q) = %q, want %q", c.first, c.signed, got, c.want)
		}
	}
	var a Answers
	if errs := Validate(&a, StepConsent); len(errs) != 1 || errs[0].Field != FieldConsentName {
		t.Errorf("no name, no agreement: %v, want one error on the name", errs)
	}
	a.ConsentName = "Dee Smith"
	if errs := Validate(&a, StepConsent); len(errs) != 1 || errs[0].Field != FieldConsent {
		t.Errorf("a name, not agreed: %v", errs)
	}
	a.Consent = true
	if errs := Validate(&a, StepConsent); len(errs) != 0 {
		t.Errorf("signed: %v", errs)
	}
}
