package triage

import (
	"testing"

	"kneadform/app/intake"
)

// Cases for the rules and follow-ups of issue 13, added to ruleCases.
func init() {
	both := setFlag(intake.FlagBothLegs, intake.Yes)
	walking, stretch, unchecked := legsHistory(intake.LegsWalking), legsHistory(intake.LegsStretch), legsHistory(intake.LegsUnchecked)
	add := func(id string, pos, neg []*intake.Answers) {
		c := ruleCases[id]
		c.pos, c.neg = append(c.pos, pos...), append(c.neg, neg...)
		ruleCases[id] = c
	}
	add("both-legs", []*intake.Answers{
		with(both, legsHistory(intake.LegsNew)), with(both, legsHistory(intake.LegsUnsure)), with(both, legsHistory("")),
		with(setFlag(intake.FlagBothLegs, intake.Unsure), walking), // "not sure" is never followed up
		with(spread(intake.SpreadBoth), legsHistory(intake.LegsNew)),
		with(both, stretch, addFeel(intake.FeelTingling)), with(both, stretch, addFeel(intake.FeelShooting)),
		with(both, legsHistory("made-up")),
	}, []*intake.Answers{
		with(both, walking), with(both, stretch), with(both, unchecked), with(spread(intake.SpreadBoth), walking),
		with(setFlag(intake.FlagBothLegs, intake.No), legsHistory(intake.LegsNew)), // a stale follow-up fires nothing
	})
	add("both-legs-unchecked", []*intake.Answers{with(both, unchecked), with(spread(intake.SpreadBoth), unchecked)},
		[]*intake.Answers{with(both, walking), with(setFlag(intake.FlagBothLegs, intake.Unsure), unchecked), with(unchecked)})
	add("both-legs-walking", []*intake.Answers{with(both, walking), with(spread(intake.SpreadBoth), walking, addCond(intake.CondStenosis))},
		[]*intake.Answers{with(both, unchecked), with(walking), with(setFlag(intake.FlagBothLegs, intake.Unsure), walking)})
	add("tight-hamstrings", []*intake.Answers{with(both, stretch)},
		[]*intake.Answers{with(both, stretch, addFeel(intake.FeelNumb)), with(stretch), with(both, walking)})
	add("night-pain", []*intake.Answers{
		with(setFlag(intake.FlagNight, intake.Yes), nightEases(intake.No)), with(setFlag(intake.FlagNight, intake.Yes), nightEases(intake.Unsure)),
		with(setFlag(intake.FlagNight, intake.Unsure), nightEases(intake.Yes)),
	}, []*intake.Answers{with(setFlag(intake.FlagNight, intake.Yes), nightEases(intake.Yes))})
	add("night-pain-positional", []*intake.Answers{with(setFlag(intake.FlagNight, intake.Yes), nightEases(intake.Yes))},
		[]*intake.Answers{with(setFlag(intake.FlagNight, intake.Unsure), nightEases(intake.Yes)), with(nightEases(intake.Yes)),
			with(setFlag(intake.FlagNight, intake.Yes), nightEases(intake.Unsure))})
	rash := skin(intake.RegionNeck, intake.SkinRash)
	add("contagious-skin", []*intake.Answers{with(rash, rashKnown(intake.No)), with(rash, rashKnown(intake.Unsure)),
		with(rash, rashKnown(intake.Yes), skin(intake.RegionMidLeft, intake.SkinInfection))},
		[]*intake.Answers{with(rash, rashKnown(intake.Yes))})
	add("skin-local", []*intake.Answers{with(rash, rashKnown(intake.Yes))}, nil)
	add("not-reviewed", []*intake.Answers{with(addCond(intake.CondDisc)), with(addCond(intake.CondStenosis), reviewed(intake.Unsure)),
		with(surgery(intake.SurgeryYear), reviewed(intake.No)), with(surgery(""))},
		[]*intake.Answers{with(addCond(intake.CondDisc), reviewed(intake.Yes)), with(surgery(intake.SurgeryOlder)), with(reviewed(intake.No))})
	add("injury-or-accident", []*intake.Answers{with(neckSigns(intake.NeckWhiplash))}, []*intake.Answers{with(neckSigns(intake.NeckHeadaches, intake.NeckJaw))})
	add("arm-nerve-symptoms", []*intake.Answers{with(neckSigns(intake.NeckArm))}, []*intake.Answers{with(neckSigns(intake.NeckHeadaches, intake.NeckDizzy))})
	add("neck-dizziness", []*intake.Answers{with(neckSigns(intake.NeckDizzy))}, []*intake.Answers{with(neckSigns(intake.NeckJaw))})
	add("leg-nerve-symptoms", []*intake.Answers{with(both, walking, spread(intake.SpreadBoth), addFeel(intake.FeelTingling))}, nil)
}

func nightEases(t intake.Tri) func(*intake.Answers) {
	return func(a *intake.Answers) { a.NightEases = t }
}
func rashKnown(t intake.Tri) func(*intake.Answers) {
	return func(a *intake.Answers) { a.RashKnown = t }
}

// TestKnownBilateralIsNotAnEmergency: the cases, a diagnosed and
// stable spinal stenosis with legs that ache on walking, and tight
// hamstrings on both sides, get cautions, not the emergency screen; the same
// answers with the follow-up "new or worse" or "not sure" stay emergencies.
func TestKnownBilateralIsNotAnEmergency(t *testing.T) {
	stenosis := func(a *intake.Answers) {
		a.RedFlags[intake.FlagBothLegs], a.Spread = intake.Yes, intake.SpreadBoth
		a.Conditions, a.Reviewed, a.Duration = []intake.Condition{intake.CondStenosis}, intake.Yes, intake.DurChronic
		a.Worse = append(a.Worse, intake.WorseWalking)
	}
	hamstrings := func(a *intake.Answers) { a.RedFlags[intake.FlagBothLegs] = intake.Yes }
	for _, tt := range []struct {
		name  string
		setup func(*intake.Answers)
		h     intake.LegsHistory
		want  Tier
		rule  string
	}{
		{"stenosis, walking", stenosis, intake.LegsWalking, Cautions, "both-legs-walking"},
		{"hamstrings", hamstrings, intake.LegsStretch, Cautions, "tight-hamstrings"},
		{"stenosis, unchecked", stenosis, intake.LegsUnchecked, SeeDoctor, "both-legs-unchecked"},
		{"stenosis, new", stenosis, intake.LegsNew, Emergency, "both-legs"},
		{"stenosis, not sure", stenosis, intake.LegsUnsure, Emergency, "both-legs"},
		{"hamstrings, unanswered", hamstrings, "", Emergency, "both-legs"},
	} {
		a := with(tt.setup, legsHistory(tt.h))
		o := Evaluate(a)
		if o.Tier != tt.want || !o.Has(tt.rule) || IsEmergency(a) != (tt.want == Emergency) {
			t.Errorf("%s: tier %s fired %v, want %s with %s", tt.name, o.Tier, ids(o), tt.want, tt.rule)
		}
	}
}

// TestKnownRashIsAvoided: a rash the client knows is not contagious is an
// area to avoid (cautions), not a reason to postpone.
func TestKnownRashIsAvoided(t *testing.T) {
	o := Evaluate(with(skin(intake.RegionMidLeft, intake.SkinRash), rashKnown(intake.Yes)))
	if o.Tier != Cautions || o.Has("contagious-skin") || len(o.Avoid) != 1 || o.Avoid[0].Region != intake.RegionMidLeft {
		t.Errorf("known rash: tier %s fired %v avoid %v", o.Tier, ids(o), o.Avoid)
	}
	for _, tri := range []intake.Tri{intake.No, intake.Unsure, ""} {
		if o := Evaluate(with(skin(intake.RegionMidLeft, intake.SkinRash), rashKnown(tri))); o.Tier != Postpone {
			t.Errorf("rash, known %q: tier %s, want postpone", tri, o.Tier)
		}
	}
}

// TestSurgeryAreasAvoided: where the operation was is avoided while the
// surgery is recent (under a year or undated), with the surgery reason.
func TestSurgeryAreasAvoided(t *testing.T) {
	areas := func(a *intake.Answers) { a.SurgeryAreas = []intake.Region{intake.RegionLowRight, "nowhere"} }
	o := Evaluate(with(surgery(intake.SurgeryYear), areas))
	if len(o.Avoid) != 1 || o.Avoid[0].Region != intake.RegionLowRight || o.Avoid[0].Reasons[0] != avoidKey(ReasonSurgery) {
		t.Errorf("surgery in the past year: avoid %v", o.Avoid)
	}
	if o := Evaluate(with(surgery(intake.SurgeryOlder), areas)); len(o.Avoid) != 0 {
		t.Errorf("surgery over a year ago: avoid %v, want none", o.Avoid)
	}
}

// TestComfortOnSummary: each comfort need becomes a positioning note with
// its client key and a therapist note, after the rules' own notes.
func TestComfortOnSummary(t *testing.T) {
	a := with(pregnantWeeks(intake.Yes, 20), func(a *intake.Answers) {
		a.Comfort = []intake.Comfort{intake.ComfortPillows, intake.ComfortReflux, "unknown"}
	})
	o := Evaluate(a)
	var got []string
	for _, n := range o.Positioning {
		got = append(got, n.Rule+":"+n.Key)
		if n.Therapist == "" {
			t.Errorf("note %s has no therapist text", n.Key)
		}
	}
	want := []string{"pregnancy:triage.position.pregnancy", "comfort:triage.comfort.reflux", "comfort:triage.comfort.pillows"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("positioning %v, want %v", got, want)
	}
	if o.Tier != Cautions || o.Has(ComfortRule) {
		t.Errorf("comfort must not fire a rule: %s %v", o.Tier, ids(o))
	}
}

// TestAwaitsLegsFollowUp: the intake may hold the emergency interruption
// only while the both-legs follow-up is unanswered and nothing else is an
// emergency; it is an emergency meanwhile, and "not sure" never waits.
func TestAwaitsLegsFollowUp(t *testing.T) {
	yes := setFlag(intake.FlagBothLegs, intake.Yes)
	for _, tt := range []struct {
		name string
		a    *intake.Answers
		want bool
	}{
		{"yes, unanswered", with(yes), true},
		{"spread both, unanswered", with(spread(intake.SpreadBoth)), true},
		{"not sure", with(setFlag(intake.FlagBothLegs, intake.Unsure)), false},
		{"yes, new", with(yes, legsHistory(intake.LegsNew)), false},
		{"yes, known", with(yes, legsHistory(intake.LegsWalking)), false},
		{"yes and saddle numbness", with(yes, setFlag(intake.FlagSaddle, intake.Yes)), false},
		{"no", with(setFlag(intake.FlagBothLegs, intake.No)), false},
		{"nil", nil, false},
	} {
		if got := AwaitsLegsFollowUp(tt.a); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if tt.want && !IsEmergency(tt.a) {
			t.Errorf("%s: must stay an emergency while the follow-up is unanswered", tt.name)
		}
	}
}
