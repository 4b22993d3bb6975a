package selfcare

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/triage"
)

// TestPlanDose checks the player's timeline against the dose: one hold per
// rep, side and round, a pause between holds, and the same total time as
// routine.Dose.Seconds (less the setup, which the client takes before
// pressing Start).
func TestPlanDose(t *testing.T) {
	for i := range routine.Library {
		it := &routine.Library[i]
		if it.Kind == routine.KindHabit {
			continue
		}
		segs := planDose(it.Dose)
		d := it.Dose
		sides := 1
		if d.PerSide {
			sides = 2
		}
		holds, total := 0, 0
		for j, s := range segs {
			total += s.seconds
			if s.kind == segHold {
				holds++
				if s.seconds != d.Hold+d.Breaths*routine.SecondsPerBreath {
					t.Errorf("%s: hold %d lasts %d s", it.ID, j, s.seconds)
				}
			} else if j == 0 || segs[j-1].kind != segHold {
				t.Errorf("%s: pause %d does not follow a hold", it.ID, j)
			}
			if s.rep < 1 || s.rep > s.reps || s.side < 1 || s.side > s.sides || s.set < 1 || s.set > s.sets {
				t.Errorf("%s: segment %d counts %+v", it.ID, j, s)
			}
		}
		if want := max(d.Sets, 1) * sides * d.Reps; holds != want {
			t.Errorf("%s: %d holds, want %d", it.ID, holds, want)
		}
		if last := segs[len(segs)-1]; last.kind != segHold {
			t.Errorf("%s: ends with a %s, want the last hold", it.ID, last.kind)
		}
		// Dose.Seconds counts a move after every hold; the player has no
		// pause after the last hold of a side, and a side change instead
		// of a move between sides.
		sets := max(d.Sets, 1)
		want := d.Seconds() - routine.SetupSeconds - sets*sides*routine.MoveSeconds + sets*(sides-1)*switchSeconds
		if total != want {
			t.Errorf("%s: player takes %d s, dose says %d s less setup", it.ID, total, want)
		}
	}
}

func TestPlanDoseExample(t *testing.T) {
	// 3 s × 2 per side: hold, relax, hold, change sides, hold, relax, hold.
	segs := planDose(routine.Dose{Hold: 3, Reps: 2, PerSide: true})
	var kinds []string
	for _, s := range segs {
		kinds = append(kinds, string(s.kind)+strconv.Itoa(s.seconds))
	}
	if got := strings.Join(kinds, " "); got != "hold3 relax3 hold3 switch5 hold3 relax3 hold3" {
		t.Errorf("plan = %s", got)
	}
	// 2 rounds of 2: a rest between rounds.
	segs = planDose(routine.Dose{Breaths: 1, Reps: 2, Sets: 2})
	kinds = nil
	for _, s := range segs {
		kinds = append(kinds, string(s.kind)+strconv.Itoa(s.seconds))
	}
	if got := strings.Join(kinds, " "); got != "hold5 relax3 hold5 rest10 hold5 relax3 hold5" {
		t.Errorf("plan = %s", got)
	}
}

// TestDoseWords reads every item's dose in words: no missing catalog key,
// the numbers of the dose present.
func TestDoseWords(t *testing.T) {
	for i := range routine.Library {
		it := &routine.Library[i]
		s := routine.Step{Item: it.ID, Kind: it.Kind, Dose: it.Dose}
		words := strings.Join(doseWords(s), " ")
		if strings.Contains(words, "[") {
			t.Errorf("%s: %q has a missing key", it.ID, words)
		}
		d := it.Dose
		for _, n := range []int{d.Hold, d.Breaths, d.Reps, d.RepsMax, d.HoldMax, d.Minutes, d.Every} {
			if n > 0 && !strings.Contains(words, strconv.Itoa(n)) {
				t.Errorf("%s: %q lacks %d", it.ID, words, n)
			}
		}
		if it.Kind != routine.KindHabit && words == "" {
			t.Errorf("%s: no dose words", it.ID)
		}
	}
	got := strings.Join(doseWords(routine.Step{Kind: routine.KindStretch, Dose: routine.Dose{Hold: 20, HoldMax: 30, Reps: 2, PerSide: true}}), " ")
	if want := "Hold for 20 seconds. Do it 2 times on each side. When it feels easy, build up to 30 seconds."; got != want {
		t.Errorf("doseWords = %q, want %q", got, want)
	}
	got = strings.Join(doseWords(routine.Step{Kind: routine.KindHabit, Dose: routine.Dose{Minutes: 5, MinutesMax: 10, Every: 30, EveryMax: 60}}), " ")
	if want := "For 5 to 10 minutes, every 30 to 60 minutes."; got != want {
		t.Errorf("doseWords = %q, want %q", got, want)
	}
}

// TestSelfCareKeys checks the catalog keys the self-care screens build at
// run time (literal kit.T("...") keys are checked by TestCatalogHasEveryKey).
func TestSelfCareKeys(t *testing.T) {
	en := i18n.Get("en")
	var keys []string
	for _, base := range []string{
		"selfcare.lead", "selfcare.cta.body", "selfcare.dose.hold", "selfcare.dose.breaths", "selfcare.dose.spot", "selfcare.dose.reps",
		"selfcare.dose.reps.side", "selfcare.dose.spots", "selfcare.dose.spots.side", "selfcare.time.about",
		"player.live.hold", "journal.chart.summary",
	} {
		keys = append(keys, base+".one", base+".other")
	}
	for _, k := range []segKind{segHold, segRelax, segSwitch, segRest} {
		keys = append(keys, "player.state."+string(k))
	}
	keys = append(keys, "player.side.1", "player.side.2", "error.journal-pain.required")
	for _, id := range []string{"acute", "chronic", "athlete", "stress", "desk", "maintenance"} {
		keys = append(keys, "selfcare.frequency.why."+id, "frequency."+id)
	}
	for _, k := range keys {
		if !en.Has(k) {
			t.Errorf("catalog en has no key %q", k)
		}
	}
	// Every frequency triage can suggest has a reason for the client.
	seen := map[string]bool{}
	for _, a := range sampleFrequencies() {
		f := triage.Evaluate(a).Frequency
		if f == nil {
			t.Fatalf("no frequency for %+v", a)
		}
		seen[f.ID] = true
		if frequencyWhy(f) == "" {
			t.Errorf("frequency %s has no reason for the client", f.ID)
		}
	}
	if len(seen) != 6 {
		t.Errorf("the samples reach frequencies %v, want all 6 rows", seen)
	}
}

// sampleFrequencies are answers that reach each row of triage's frequency
// table, acute to maintenance.
func sampleFrequencies() []*intake.Answers {
	var out []*intake.Answers
	for _, f := range []func(a *intake.Answers){
		func(a *intake.Answers) { a.Duration, a.Onset = intake.DurDays, intake.OnsetLifting },
		func(a *intake.Answers) { a.Duration = intake.DurChronic },
		func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActTraining} },
		func(a *intake.Answers) { a.Goals = []intake.Goal{intake.GoalRelax} },
		func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActDesk} },
		func(a *intake.Answers) {},
	} {
		a := &intake.Answers{Duration: intake.DurDays, Onset: intake.OnsetGradual}
		f(a)
		out = append(out, a)
	}
	return out
}

func TestJournalChartLines(t *testing.T) {
	c := routine.Chart{Days: 30, Points: []routine.Point{{X: 0, Y: 5}, {X: 1, Y: 4}, {X: 2, Y: 4}, {X: 5, Y: 3}, {X: 7, Y: 2}, {X: 8, Y: 2}}}
	lines := jchartLines(c)
	if len(lines) != 2 {
		t.Fatalf("lines = %q, want 2 runs (days 0–2 and 7–8): a gap is never bridged", lines)
	}
	if n := len(strings.Fields(lines[0])); n != 3 {
		t.Errorf("first run has %d points, want 3", n)
	}
	if jchartY(0) != jchartBottom || jchartY(routine.MaxPain) != jchartTop {
		t.Errorf("y scale: 0 → %v, 10 → %v", jchartY(0), jchartY(routine.MaxPain))
	}
	if jchartX(29, 30) != jchartRight {
		t.Errorf("today is drawn at %v, want %v", jchartX(29, 30), jchartRight)
	}
}

func TestScDate(t *testing.T) {
	for in, want := range map[string]string{"2025-03-07": "7 Mar", "2024-12-31": "31 Dec", "bad": "bad", "2025-13-01": "2025-13-01"} {
		if got := scDate(in); got != want {
			t.Errorf("scDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDuration(t *testing.T) {
	for s, want := range map[int]string{40: "Takes under a minute.", 70: "Takes about 1 minute.", 102: "Takes about 2 minutes."} {
		if got := scDuration(s); got != want {
			t.Errorf("scDuration(%d) = %q, want %q", s, got, want)
		}
	}
}

// TestSelfCareReadsPlainly keeps the self-care screens' text (selfcare.json)
// at a reading age of about 9, as app/routine does for the library: short
// sentences, short words, no clinical labels.
func TestSelfCareReadsPlainly(t *testing.T) {
	b, err := os.ReadFile("../../i18n/locales/en/selfcare.json")
	if err != nil {
		t.Fatal(err)
	}
	var msgs map[string]string
	if err := json.Unmarshal(b, &msgs); err != nil {
		t.Fatal(err)
	}
	banned := []string{"lumbar", "thoracic", "flexion", "contraindicat", "osteopor", "supine", "prone", "repetition", "baseline"}
	for k, msg := range msgs {
		low := strings.ToLower(msg)
		for _, w := range banned {
			if strings.Contains(low, w) {
				t.Errorf("%s: %q uses the word %q", k, msg, w)
			}
		}
		for _, s := range strings.FieldsFunc(msg, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
			if n := len(strings.Fields(s)); n > 20 {
				t.Errorf("%s: a sentence of %d words (max 20): %q", k, n, s)
			}
		}
		for _, w := range strings.Fields(low) {
			if w = strings.Trim(w, ".,:;!?\"'(){}"); len([]rune(w)) > 12 {
				t.Errorf("%s: the long word %q", k, w)
			}
		}
	}
}
