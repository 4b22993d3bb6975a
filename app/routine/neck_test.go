package routine

import (
	"testing"

	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/triage"
)

// routineFor generates the routine for a from its own triage outcome.
func routineFor(a *intake.Answers) Routine { return Generate(a, triage.Evaluate(a)) }

func has(r Routine, id string) bool {
	for _, s := range r.Exercises {
		if s.Item == id {
			return true
		}
	}
	return false
}

// TestNeckItems (issue 13): a desk worker with neck and shoulder pain and
// tension headaches gets neck and upper-back items with the headache reason;
// dizziness leaves the neck stretches out (with the reason) and makes the
// rest gentle; the library has neck and upper-trapezius items at all.
func TestNeckItems(t *testing.T) {
	a := intaketest.DeskWorker()
	a.Regions, a.Pain = []intake.Region{intake.RegionNeck, intake.RegionShoulderLeft}, map[intake.Region]int{intake.RegionNeck: 4, intake.RegionShoulderLeft: 4}
	a.Neck = []intake.NeckSign{intake.NeckHeadaches}
	r := routineFor(a)
	for _, id := range []string{"upper-trap-stretch", "levator-stretch", "chin-tuck"} {
		if !has(r, id) {
			t.Errorf("tension headaches, neck pain: %s missing from %+v", id, r.Exercises)
		}
	}
	headache := false
	for _, s := range r.Exercises {
		for _, k := range s.Why {
			headache = headache || k == "routine.why.neck.headaches"
		}
	}
	if !headache {
		t.Error("no item gives tension headaches as its reason")
	}

	a.Neck = append(a.Neck, intake.NeckDizzy)
	r = routineFor(a)
	for _, id := range []string{"upper-trap-stretch", "levator-stretch"} {
		if has(r, id) {
			t.Errorf("dizzy: %s still in the routine", id)
		}
		found := false
		for _, l := range r.Left {
			found = found || (l.Item == id && l.Rule == "neck-stretch")
		}
		if !found {
			t.Errorf("dizzy: %s not listed as left out by neck-stretch: %+v", id, r.Left)
		}
	}
	for _, s := range r.Exercises {
		if s.Item == "chin-tuck" && (len(s.Gentle) == 0 || s.Gentle[0] != "routine.contra.neck-small") {
			t.Errorf("dizzy: chin tuck without the gentle note: %+v", s.Gentle)
		}
	}

	for _, s := range []intake.NeckSign{intake.NeckArm, intake.NeckWhiplash} {
		a.Neck = []intake.NeckSign{s}
		if r := routineFor(a); len(r.Exercises) != 0 || r.Advice == "" {
			t.Errorf("%s: want advice only (see a doctor), got %d exercises", s, len(r.Exercises))
		}
	}
	// Negative: jaw clenching alone keeps the neck stretches.
	a.Neck = []intake.NeckSign{intake.NeckJaw}
	if r := routineFor(a); !has(r, "upper-trap-stretch") || !has(r, "levator-stretch") {
		t.Errorf("jaw clenching: neck stretches missing from %+v", r.Exercises)
	}
}
