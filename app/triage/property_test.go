package triage

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"

	"kneadform/app/intake"
)

// randomAnswers draws an intake from r: any subset of the valid values, with
// unanswered fields and the odd unknown value, as a partly filled or
// hand-edited intake would have.
func randomAnswers(r *rand.Rand) *intake.Answers {
	pick := func(n int) int { return r.IntN(n) }
	maybe := func() bool { return r.IntN(3) == 0 }
	a := &intake.Answers{RedFlags: map[intake.Flag]intake.Tri{}, Pain: map[intake.Region]int{}}
	tris := []intake.Tri{"", intake.No, intake.No, intake.No, intake.Yes, intake.Unsure, "maybe"}
	for _, f := range intake.Flags {
		if t := tris[pick(len(tris))]; t != "" {
			a.RedFlags[f] = t
		}
	}
	a.AgeBand = one(r, intake.AgeBands)
	a.Pregnant = tris[pick(len(tris))]
	a.PregnancyWeeks = pick(45)
	a.Daily = some(r, intake.Activities)
	a.Regions = some(r, intake.Regions)
	for _, reg := range a.Regions {
		a.Pain[reg] = pick(12) - 1
	}
	a.Duration = one(r, intake.Durations)
	a.Onset = one(r, intake.Onsets)
	a.Feelings = some(r, intake.Feelings)
	a.Spread = one(r, intake.Spreads)
	a.Worse = some(r, intake.Triggers)
	a.Better = some(r, intake.Reliefs)
	a.Moves = map[intake.Move]intake.MoveResult{}
	for _, m := range intake.Moves {
		a.Moves[m] = one(r, intake.MoveResults)
	}
	a.Function = map[intake.Task]intake.Ability{}
	for _, t := range intake.Tasks {
		a.Function[t] = one(r, intake.Abilities)
	}
	a.Stiff = one(r, intake.Stiffnesses)
	a.Goals = some(r, intake.Goals)
	if maybe() {
		a.Conditions = some(r, intake.Conditions)
	}
	a.SurgeryWhen = one(r, intake.SurgeryWhens)
	if maybe() {
		a.Medications = []string{"ibuprofen", "warfarin 3 mg", "", "Xarelto"}[pick(4)]
	}
	a.Allergies = some(r, intake.Allergies)
	if maybe() {
		a.Skin = map[intake.Region][]intake.SkinIssue{one(r, intake.Regions): some(r, intake.SkinIssues)}
	}
	a.Training = one(r, intake.Trainings)
	a.Avoid = some(r, intake.Regions)
	a.Focus = some(r, intake.Regions)
	a.BothLegs = one(r, intake.LegsHistories)
	a.NightEases = tris[pick(len(tris))]
	a.RashKnown = tris[pick(len(tris))]
	a.Reviewed = tris[pick(len(tris))]
	a.SurgeryAreas = some(r, intake.Regions)
	a.Neck = some(r, intake.NeckSigns)
	a.Comfort = some(r, intake.Comforts)
	return a
}

// one returns a random element of xs, or the zero value (unanswered) or an
// unknown value now and then.
func one[T ~string](r *rand.Rand, xs []T) T {
	switch n := r.IntN(len(xs) + 2); {
	case n < len(xs):
		return xs[n]
	case n == len(xs):
		return ""
	default:
		return "unknown"
	}
}

// some returns a random subset of xs (usually small).
func some[T any](r *rand.Rand, xs []T) []T {
	var out []T
	for _, x := range xs {
		if r.IntN(4) == 0 {
			out = append(out, x)
		}
	}
	return out
}

// clone deep-copies a: its maps and slices are fresh, so an escalation on
// the copy never touches the original.
func clone(a *intake.Answers) *intake.Answers {
	c := *a
	c.RedFlags = copyMap(a.RedFlags)
	if c.RedFlags == nil {
		c.RedFlags = map[intake.Flag]intake.Tri{}
	}
	c.Pain, c.Moves, c.Function = copyMap(a.Pain), copyMap(a.Moves), copyMap(a.Function)
	c.Skin = map[intake.Region][]intake.SkinIssue{}
	for r, xs := range a.Skin {
		c.Skin[r] = append([]intake.SkinIssue(nil), xs...)
	}
	c.Daily = append([]intake.Activity(nil), a.Daily...)
	c.Regions = append([]intake.Region(nil), a.Regions...)
	c.Feelings = append([]intake.Feeling(nil), a.Feelings...)
	c.Conditions = append([]intake.Condition(nil), a.Conditions...)
	c.Allergies = append([]intake.Allergy(nil), a.Allergies...)
	c.Neck = append([]intake.NeckSign(nil), a.Neck...)
	c.SurgeryAreas = append([]intake.Region(nil), a.SurgeryAreas...)
	c.Comfort = append([]intake.Comfort(nil), a.Comfort...)
	return &c
}

func copyMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// escalations lists every single change that makes an intake more worrying:
// a safety answer from no or unanswered to yes or not sure, a pregnancy
// answer likewise, an added condition, feeling, skin issue or allergy, pain
// spreading further, hard training more recent.
func escalations(a *intake.Answers) map[string]func(*intake.Answers) {
	out := map[string]func(*intake.Answers){}
	for _, f := range intake.Flags {
		if !a.Flag(f).Positive() {
			out["flag "+string(f)+" yes"] = setFlag(f, intake.Yes)
			out["flag "+string(f)+" unsure"] = setFlag(f, intake.Unsure)
		}
	}
	if !a.Pregnant.Positive() {
		out["pregnant yes"] = func(a *intake.Answers) { a.Pregnant = intake.Yes }
		out["pregnant unsure"] = func(a *intake.Answers) { a.Pregnant = intake.Unsure }
	}
	for _, c := range intake.Conditions {
		if !a.Has(c) {
			out["condition "+string(c)] = addCond(c)
		}
	}
	for _, f := range intake.Feelings {
		if !a.Feels(f) {
			out["feeling "+string(f)] = addFeel(f)
		}
	}
	for _, x := range intake.Allergies {
		if !a.AllergicTo(x) {
			out["allergy "+string(x)] = allergic(x)
		}
	}
	for _, x := range intake.SkinIssues {
		out["skin "+string(x)] = skin(intake.RegionMidLeft, x)
	}
	switch a.Spread {
	case intake.SpreadOneLeg:
		out["spread both"] = spread(intake.SpreadBoth)
	case intake.SpreadBoth:
	default:
		out["spread one"] = spread(intake.SpreadOneLeg)
		out["spread both"] = spread(intake.SpreadBoth)
	}
	if a.Training != intake.TrainedUnder24 {
		out["trained under 24h"] = trained(intake.TrainedUnder24)
	}
	for _, s := range intake.NeckSigns {
		if !a.HasNeckSign(s) {
			out["neck "+string(s)] = neckSigns(s)
		}
	}
	// Follow-ups turning less reassuring must never lower the tier: the
	// both-legs follow-up to new or worse, not sure or unanswered from any
	// other answer, and from "checked, on walking" to "not checked". (Tight
	// hamstrings and the long-standing answers are different stories, not
	// steps of one scale: tight hamstrings with a nerve-type feeling stay an
	// emergency, which "not checked" would not be.)
	for _, worse := range []intake.LegsHistory{intake.LegsNew, intake.LegsUnsure, ""} {
		if a.BothLegs != worse {
			out["both legs "+string(worse)] = legsHistory(worse)
		}
	}
	if a.BothLegs == intake.LegsWalking {
		out["both legs unchecked"] = legsHistory(intake.LegsUnchecked)
	}
	for name, set := range map[string]func(intake.Tri) func(*intake.Answers){"night eases": nightEases, "rash known": rashKnown, "reviewed": reviewed} {
		out[name+" no"], out[name+" unsure"], out[name+" unanswered"] = set(intake.No), set(intake.Unsure), set("")
	}
	return out
}

// TestTierMonotonic is the safety property: no escalation ever lowers the tier.
func TestTierMonotonic(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2026))
	checks := 0
	for i := 0; i < 3000; i++ {
		a := randomAnswers(r)
		before := Evaluate(a).Tier
		for name, esc := range escalations(a) {
			b := clone(a)
			esc(b)
			if after := Evaluate(b).Tier; before.MoreUrgent(after) {
				t.Fatalf("intake %d: %s lowered the tier from %s to %s\nbefore: %+v", i, name, before, after, a)
			}
			checks++
		}
	}
	t.Logf("%d escalations checked", checks)
}

// TestOutcomeInvariants checks, on random intakes, what must always hold.
func TestOutcomeInvariants(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for i := 0; i < 3000; i++ {
		a := randomAnswers(r)
		before, _ := json.Marshal(a)
		o := Evaluate(a)
		checkOutcome(t, a, o)
		if after, _ := json.Marshal(a); string(before) != string(after) {
			t.Fatalf("intake %d: Evaluate modified its answers", i)
		}
		if again := Evaluate(a); !reflect.DeepEqual(o, again) {
			t.Fatalf("intake %d: Evaluate is not deterministic", i)
		}
	}
}

// checkOutcome asserts the invariants of an outcome (also used by the fuzz target).
func checkOutcome(t testing.TB, a *intake.Answers, o Outcome) {
	t.Helper()
	want := Proceed
	for _, f := range o.Fired {
		if f.Tier.MoreUrgent(want) {
			want = f.Tier
		}
	}
	if o.Tier != want {
		t.Fatalf("tier %s, but the most urgent fired rule is %s", o.Tier, want)
	}
	if IsEmergency(a) != (o.Tier == Emergency) {
		t.Fatalf("IsEmergency disagrees with tier %s", o.Tier)
	}
	if o.PressureCeiling < 1 || o.PressureCeiling > NoCeiling {
		t.Fatalf("pressure ceiling %d out of range", o.PressureCeiling)
	}
	if (o.PressureCeiling == NoCeiling) != (len(o.CeilingReasons) == 0) {
		t.Fatalf("ceiling %d with reasons %v", o.PressureCeiling, o.CeilingReasons)
	}
	for _, tech := range o.Techniques {
		if tech.Pressure.Max > o.PressureCeiling || tech.Pressure.Min > tech.Pressure.Max {
			t.Fatalf("technique %s band %v over ceiling %d", tech.ID, tech.Pressure, o.PressureCeiling)
		}
	}
	if o.Tier >= SeeDoctor && (len(o.Techniques) > 0 || o.Frequency != nil) {
		t.Fatalf("tier %s must have no techniques or frequency", o.Tier)
	}
	if o.Tier < SeeDoctor && (len(o.Techniques) == 0 || o.Frequency == nil) {
		t.Fatalf("tier %s must have techniques and a frequency", o.Tier)
	}
	checkExclusions(t, o)
	last := -1
	for _, ar := range o.Avoid {
		i := indexOf(intake.Regions, ar.Region)
		if i <= last || len(ar.Reasons) == 0 {
			t.Fatalf("avoid list not in body-map order, duplicated or without reason: %v", o.Avoid)
		}
		last = i
	}
	if _, err := json.Marshal(o); err != nil {
		t.Fatalf("outcome does not encode: %v", err)
	}
}

func indexOf[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// TestUnsureIsYes: "not sure" on any safety question gives the same outcome as yes.
func TestUnsureIsYes(t *testing.T) {
	for _, f := range intake.Flags {
		yes, unsure := Evaluate(with(setFlag(f, intake.Yes))), Evaluate(with(setFlag(f, intake.Unsure)))
		if !reflect.DeepEqual(yes, unsure) {
			t.Errorf("flag %s: yes gives %s %v, not sure gives %s %v", f, yes.Tier, ids(yes), unsure.Tier, ids(unsure))
		}
		if yes.Tier == Proceed {
			t.Errorf("flag %s: yes fires nothing", f)
		}
	}
	for _, tri := range []intake.Tri{intake.Yes, intake.Unsure} {
		if o := Evaluate(with(pregnantWeeks(tri, 0))); o.Tier != Cautions || !o.Has("pregnancy") {
			t.Errorf("pregnant %s: got %s %v", tri, o.Tier, ids(o))
		}
	}
}

// TestDeskWorkerBetweenBlades: pain between the shoulder blades from desk
// work is ordinary tension (seed:003) and never escalates on its own.
func TestDeskWorkerBetweenBlades(t *testing.T) {
	for _, d := range intake.Durations {
		for _, p := range []int{1, 5, 8} {
			for _, feel := range [][]intake.Feeling{{intake.FeelAching}, {intake.FeelStiff}, {intake.FeelAching, intake.FeelStiff}, {intake.FeelSharp}, {intake.FeelBurning}} {
				a := with(func(a *intake.Answers) {
					a.Regions = []intake.Region{intake.RegionBetweenBlades}
					a.Pain = map[intake.Region]int{intake.RegionBetweenBlades: p}
					a.Duration, a.Feelings = d, feel
					a.Worse = []intake.Trigger{intake.WorseSitting, intake.WorseMornings}
					a.Stiff = intake.StiffLong
				})
				for _, ab := range []intake.AgeBand{intake.Age20to34, intake.Age50to64, intake.Age65Plus} {
					a.AgeBand = ab
					if o := Evaluate(a); o.Tier != Proceed {
						t.Errorf("desk worker, %s, pain %d, %v, age %s: tier %s, fired %v", d, p, feel, ab, o.Tier, ids(o))
					}
				}
			}
		}
	}
}

// TestAgeAloneNeverEscalates: no age band changes the outcome of an intake
// whose onset is gradual (age is a weak flag only combined with others).
func TestAgeAloneNeverEscalates(t *testing.T) {
	for _, ab := range intake.AgeBands {
		if o := Evaluate(with(age(ab))); o.Tier != Proceed {
			t.Errorf("age %s alone: tier %s %v", ab, o.Tier, ids(o))
		}
	}
}
