package routine

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// propertyCases is how many random intakes the property test generates.
const propertyCases = 20000

// TestPropertySafeRoutines generates many random intakes and checks every
// routine against safety rules written independently of the library's
// Contra lists, so a contraindication missing from a row is caught too.
func TestPropertySafeRoutines(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 2026))
	tiers := map[triage.Tier]int{}
	fired := map[string]int{}
	short, minSec, maxSec := 0, MaxSeconds, 0
	for i := 0; i < propertyCases; i++ {
		a := randomAnswers(rng)
		o := triage.Evaluate(a)
		r := Generate(a, o)
		tiers[o.Tier]++
		checkRoutine(t, i, a, o, r)
		if t.Failed() {
			t.Fatalf("case %d: answers %+v", i, a)
		}
		if r.Advice == "" {
			short += btoi(r.Seconds < MinSeconds)
			minSec, maxSec = min(minSec, r.Seconds), max(maxSec, r.Seconds)
		}
		for _, c := range Contras {
			for j := range Library {
				if contains(Library[j].Contra, c) && c.When(a, &o, &Library[j]) {
					fired[c.ID]++
					break
				}
			}
		}
	}
	t.Logf("%d cases: tiers %v; routines %d–%d s, %d under %d s (too few safe items)", propertyCases, tiers, minSec, maxSec, short, MinSeconds)
	for _, c := range Contras {
		if fired[c.ID] == 0 {
			t.Errorf("contra %s never applied in %d cases: the generator does not exercise it", c.ID, propertyCases)
		}
	}
	for _, tier := range triage.Tiers {
		if tiers[tier] < propertyCases/100 {
			t.Errorf("only %d cases of tier %s: the generator is too narrow", tiers[tier], tier)
		}
	}
}

// checkRoutine asserts every invariant of Generate's result.
func checkRoutine(t *testing.T, i int, a *intake.Answers, o triage.Outcome, r Routine) {
	t.Helper()
	if !reflect.DeepEqual(r.Frequency, o.Frequency) {
		t.Errorf("case %d: frequency %+v, triage says %+v", i, r.Frequency, o.Frequency)
	}
	if o.Tier.NoMassage() {
		if r.Advice == "" || len(r.Exercises)+len(r.Habits)+len(r.Left) > 0 || r.Seconds != 0 {
			t.Errorf("case %d: tier %s got %d exercises, %d habits, advice %q", i, o.Tier, len(r.Exercises), len(r.Habits), r.Advice)
		}
		return
	}
	if r.Advice != "" {
		t.Errorf("case %d: tier %s got advice %q instead of a routine", i, o.Tier, r.Advice)
	}

	// Independent safety oracle.
	osteo := a.Has(intake.CondOsteoporosis)
	pregnant := a.Pregnant.Positive() && a.AgeBand != intake.Age65Plus
	laterPregnant := pregnant && !(a.PregnancyWeeks >= 1 && a.PregnancyWeeks < 14)
	bleeding := a.Has(intake.CondBleeding) || o.Has("bleeding-risk")
	disc := a.Has(intake.CondDisc)
	oneLeg := a.Spread == intake.SpreadOneLeg
	surgery := a.Has(intake.CondSurgery) && a.SurgeryWhen != intake.SurgeryOlder
	strain := o.Has("acute-strain")
	noTools := osteo || bleeding || strain || surgery
	lumbar := []intake.Region{intake.RegionLowLeft, intake.RegionLowRight, intake.RegionSacrum}

	seen := map[string]bool{}
	sum, tools := 0, 0
	for _, s := range append(append([]Step(nil), r.Exercises...), r.Habits...) {
		it, ok := Lookup(s.Item)
		if !ok || seen[s.Item] {
			t.Errorf("case %d: step %q is unknown or repeated", i, s.Item)
			continue
		}
		seen[s.Item] = true
		bad := func(why string) { t.Errorf("case %d: %s is in the routine although %s", i, s.Item, why) }
		release := it.Kind == KindRelease
		switch {
		case release && noTools:
			bad("ball or roller pressure is ruled out (osteoporosis, bleeding, fresh strain or surgery)")
		case osteo && (s.Item == "childs-pose" || s.Item == "knee-to-chest"):
			bad("osteoporosis rules out deep forward bending")
		case laterPregnant && (it.Position == PosOnBack || it.Position == PosFaceDown):
			bad("later pregnancy rules out lying flat on the back or face-down")
		case disc && (s.Item == "childs-pose" || s.Item == "knee-to-chest" || s.Item == "foam-roller-thoracic" || s.Item == "lacrosse-ball-glutes"):
			bad("a disc problem rules out forward bending and floor tools")
		case oneLeg && s.Item == "lacrosse-ball-glutes":
			bad("pain into a leg rules out the ball on the glutes")
		case release && overlaps(it.Regions, o.Avoid):
			bad("it presses on an area to avoid")
		case release && overlaps(it.Regions, areas(lumbar)):
			bad("it rolls or presses on the lumbar spine")
		}
		// The table's own verdict agrees: no excluding contra, every gentle one reported.
		excluded, gentle := check(it, a, &o)
		if excluded != nil {
			bad("contra " + excluded.ID + " excludes it")
		}
		if !reflect.DeepEqual(gentle, s.Gentle) {
			t.Errorf("case %d: %s gentle %v, want %v", i, s.Item, s.Gentle, gentle)
		}
		if it.Kind == KindHabit {
			if s.Seconds != 0 || !contains(ids(r.Habits), s.Item) {
				t.Errorf("case %d: habit %s is timed or among the exercises", i, s.Item)
			}
			continue
		}
		sum += s.Seconds
		tools += btoi(release)
	}
	for _, l := range r.Left {
		if seen[l.Item] || l.Rule == "" || l.Reason == "" {
			t.Errorf("case %d: left %+v is in the routine or lacks a reason", i, l)
		}
	}

	// Length and order.
	if sum != r.Seconds || r.Seconds > MaxSeconds || tools > MaxRelease {
		t.Errorf("case %d: %d s (steps add to %d), %d tools", i, r.Seconds, sum, tools)
	}
	if r.Seconds < MinSeconds { // only when nothing safe is left that would fit
		for j := range Library {
			it := &Library[j]
			if it.Kind == KindHabit || it.Kind == KindRelease || seen[it.ID] {
				continue
			}
			if ex, _ := check(it, a, &o); ex == nil && r.Seconds+it.Dose.Seconds() <= MaxSeconds {
				t.Errorf("case %d: %d s is under %d s, yet safe %s was not added", i, r.Seconds, MinSeconds, it.ID)
			}
		}
	}
	last := -1
	for _, s := range r.Exercises {
		if p := indexOf(Phases, s.Phase); p < last {
			t.Errorf("case %d: %v is not in phase order", i, ids(r.Exercises))
		} else {
			last = p
		}
	}
}

func overlaps(rs []intake.Region, areas []triage.Area) bool {
	for _, area := range areas {
		if contains(rs, area.Region) {
			return true
		}
	}
	return false
}

func areas(rs []intake.Region) []triage.Area {
	out := make([]triage.Area, len(rs))
	for i, r := range rs {
		out[i] = triage.Area{Region: r}
	}
	return out
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
