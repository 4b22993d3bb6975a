package triage

import (
	"math/rand/v2"
	"testing"

	"kneadform/app/intake"
)

// checkExclusions asserts that the technique guide honours every fired rule:
// no suggested technique is excluded by a fired rule, every technique a
// fired rule excludes that the guide suggested is in Dropped naming the rule
// and its sources, and every limit of a fired rule on a suggested technique
// is attached to it. Used by TestOutcomeInvariants and the fuzz target.
func checkExclusions(t testing.TB, o Outcome) {
	t.Helper()
	dropped := map[string]Dropped{}
	for _, d := range o.Dropped {
		dropped[d.ID] = d
	}
	for _, f := range o.Fired {
		r, _ := Lookup(f.ID)
		for _, tech := range o.Techniques {
			if r.Excluded(tech.ID) {
				t.Fatalf("technique %s is suggested although fired rule %s excludes it", tech.ID, r.ID)
			}
			for _, x := range r.Excludes {
				if x.Technique == tech.ID && x.Limit != "" && !hasLimit(tech, r.ID, x.Limit) {
					t.Fatalf("technique %s lacks the limit of fired rule %s: %q", tech.ID, r.ID, x.Limit)
				}
			}
		}
		for _, x := range r.Excludes {
			if d, ok := dropped[x.Technique]; ok && x.Limit == "" && (!contains(d.Rules, r.ID) || len(d.Source) == 0) {
				t.Fatalf("dropped %s does not name excluding rule %s with sources: %+v", x.Technique, r.ID, d)
			}
		}
	}
}

func hasLimit(tech Technique, rule, note string) bool {
	for _, l := range tech.Limits {
		if l.Rule == rule && l.Note == note && len(l.Source) > 0 {
			return true
		}
	}
	return false
}

// TestExclusionsWellFormed: every exclusion names a known technique and
// known sources, no rule excludes Swedish (the gentle default), and the
// issue's two contradictions are now exclusions.
func TestExclusionsWellFormed(t *testing.T) {
	known := map[string]bool{}
	for _, tech := range techniqueTable {
		known[tech.id] = true
	}
	for _, r := range Rules {
		for _, x := range r.Excludes {
			if !known[x.Technique] {
				t.Errorf("rule %s: unknown technique %q", r.ID, x.Technique)
			}
			if x.Technique == "swedish" && x.Limit == "" {
				t.Errorf("rule %s excludes swedish, the gentle default", r.ID)
			}
			if len(x.Source) == 0 {
				t.Errorf("rule %s: exclusion of %s has no source", r.ID, x.Technique)
			}
			for _, s := range x.Source {
				if _, ok := Sources[s]; !ok {
					t.Errorf("rule %s: exclusion of %s cites unknown source %q", r.ID, x.Technique, s)
				}
			}
		}
	}
	for rule, tech := range map[string]string{"osteoporosis": "thoracic-mobilization", "disc": "mobilization", "bleeding-risk": "trigger-point"} {
		if r, _ := Lookup(rule); !r.Excluded(tech) {
			t.Errorf("rule %s must exclude %s", rule, tech)
		}
	}
}

// TestGuideHonoursRules: the cases. Osteoporosis with stiffness no
// longer gets thoracic mobilizations; a disc with restricted motion no
// longer gets joint mobilization; and each is reported as dropped by the rule.
func TestGuideHonoursRules(t *testing.T) {
	restricted := func(a *intake.Answers) {
		a.Duration, a.Feelings, a.Stiff = intake.DurMonths, []intake.Feeling{intake.FeelSharp}, intake.StiffNone
		a.Moves[intake.MoveTwistLeft] = intake.MoveSomePain
	}
	for _, tt := range []struct {
		name, rule, tech string
		a                *intake.Answers
	}{
		{"osteoporosis, stiff", "osteoporosis", "thoracic-mobilization", with(addCond(intake.CondOsteoporosis))},
		{"disc, restricted", "disc", "mobilization", with(addCond(intake.CondDisc), reviewed(intake.Yes), restricted)},
	} {
		o := Evaluate(tt.a)
		for _, tech := range o.Techniques {
			if tech.ID == tt.tech {
				t.Errorf("%s: %s still suggested", tt.name, tt.tech)
			}
		}
		found := false
		for _, d := range o.Dropped {
			found = found || (d.ID == tt.tech && contains(d.Rules, tt.rule))
		}
		if !found {
			t.Errorf("%s: %s not dropped by %s: %+v", tt.name, tt.tech, tt.rule, o.Dropped)
		}
	}
}

// TestExclusionProperty: over generated clients, no suggested technique is
// excluded by a fired rule, and every limit is attached (checkExclusions).
func TestExclusionProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 2026))
	suggested, excluded := 0, 0
	for i := 0; i < 5000; i++ {
		a := randomAnswers(r)
		if i%2 == 0 {
			a = cautionsClient(r)
		}
		o := Evaluate(a)
		checkExclusions(t, o)
		suggested += len(o.Techniques)
		for _, d := range o.Dropped {
			if len(d.Source) > 0 {
				excluded++
			}
		}
	}
	if suggested == 0 || excluded == 0 {
		t.Fatalf("the generator exercised nothing: %d suggested, %d excluded by rules", suggested, excluded)
	}
	t.Logf("%d techniques suggested, %d dropped by a rule's exclusion", suggested, excluded)
}

// cautionsClient draws a client who may be massaged: the desk worker with
// random conditions, feelings, timing, movement checks, goals, focus areas,
// neck signs and follow-ups that do not stop the session, so the guide and
// the rules' exclusions meet often.
func cautionsClient(r *rand.Rand) *intake.Answers {
	a := deskWorker()
	a.Conditions = some(r, []intake.Condition{intake.CondOsteoporosis, intake.CondStenosis, intake.CondDisc, intake.CondSurgery,
		intake.CondBleeding, intake.CondBloodPressure, intake.CondHeart, intake.CondDiabetes})
	a.SurgeryWhen = one(r, []intake.SurgeryWhen{intake.SurgeryYear, intake.SurgeryOlder})
	a.Reviewed = one(r, []intake.Tri{intake.Yes, intake.No})
	a.Duration = one(r, intake.Durations)
	a.Onset = one(r, []intake.Onset{intake.OnsetGradual, intake.OnsetLifting, intake.OnsetSudden, intake.OnsetTraining})
	a.Feelings = some(r, []intake.Feeling{intake.FeelAching, intake.FeelStiff, intake.FeelSharp, intake.FeelBurning, intake.FeelTingling})
	a.Stiff = one(r, intake.Stiffnesses)
	a.Worse = some(r, intake.Triggers)
	for _, m := range intake.Moves {
		a.Moves[m] = one(r, intake.MoveResults)
	}
	a.Goals = some(r, intake.Goals)
	if a.Focus = some(r, intake.Regions); r.IntN(2) == 0 {
		a.Focus = nil // no focus spots: the restricted-motion row of the guide
	}
	a.Regions = append(some(r, intake.Regions), intake.RegionMidLeft)
	a.Pain = map[intake.Region]int{}
	for _, reg := range a.Regions {
		a.Pain[reg] = r.IntN(8)
	}
	a.Neck = some(r, []intake.NeckSign{intake.NeckHeadaches, intake.NeckJaw, intake.NeckDizzy})
	a.Training = one(r, intake.Trainings)
	a.Pregnant = one(r, []intake.Tri{intake.No, intake.Yes})
	a.PregnancyWeeks = r.IntN(42)
	if r.IntN(4) == 0 {
		a.RedFlags[intake.FlagBothLegs], a.BothLegs = intake.Yes, one(r, []intake.LegsHistory{intake.LegsWalking, intake.LegsStretch})
	}
	if r.IntN(4) == 0 {
		a.Spread = intake.SpreadOneLeg
	}
	return a
}

// oldEmergency is the emergency screen as it was before issue 13 (its
// both-legs rule had no follow-up): the reference the new screen must match.
func oldEmergency(a *intake.Answers) bool {
	for _, f := range []intake.Flag{intake.FlagSaddle, intake.FlagBladder, intake.FlagBothLegs, intake.FlagWeakness, intake.FlagChestPain, intake.FlagAccident} {
		if a.Flag(f).Positive() {
			return true
		}
	}
	return a.Spread == intake.SpreadBoth
}

// TestEmergencyNotWeakened: over generated clients, the screen finds every
// emergency the old screen found, except where the client explicitly said
// the symptoms in both legs are long-standing and known: the both-legs
// question answered yes (never "not sure"), a known follow-up, no other
// emergency sign, and for tight hamstrings no nerve-type feeling. With the
// follow-up new or worse, not sure or unanswered, the screen is exactly the
// old one.
func TestEmergencyNotWeakened(t *testing.T) {
	r := rand.New(rand.NewPCG(99, 13))
	softened := 0
	for i := 0; i < 20000; i++ {
		a := randomAnswers(r)
		for _, h := range []intake.LegsHistory{intake.LegsNew, intake.LegsUnsure, ""} {
			b := clone(a)
			b.BothLegs = h
			if got, want := IsEmergency(b), oldEmergency(b); got != want || (Evaluate(b).Tier == Emergency) != want {
				t.Fatalf("intake %d, follow-up %q: emergency %v, the old screen says %v\n%+v", i, h, got, want, b)
			}
		}
		if !oldEmergency(a) || IsEmergency(a) {
			continue
		}
		softened++
		otherSign := false
		for _, f := range []intake.Flag{intake.FlagSaddle, intake.FlagBladder, intake.FlagWeakness, intake.FlagChestPain, intake.FlagAccident} {
			otherSign = otherSign || a.Flag(f).Positive()
		}
		nerve := a.Feels(intake.FeelNumb) || a.Feels(intake.FeelTingling) || a.Feels(intake.FeelShooting) || a.Feels(intake.FeelBurning)
		explicit := a.BothLegs == intake.LegsWalking || a.BothLegs == intake.LegsUnchecked || (a.BothLegs == intake.LegsStretch && !nerve)
		if otherSign || a.Flag(intake.FlagBothLegs) == intake.Unsure || !explicit {
			t.Fatalf("intake %d: the old emergency is gone without an explicit known answer\n%+v", i, a)
		}
		if o := Evaluate(a); o.Tier < Cautions {
			t.Fatalf("intake %d: known bilateral symptoms give %s, want cautions or more", i, o.Tier)
		}
	}
	if softened == 0 {
		t.Fatal("the generator never produced a known, long-standing answer")
	}
	t.Logf("%d generated clients had known, long-standing symptoms in both legs", softened)
}

// TestEachExclusionPositiveNegative: for every exclusion and limit of every
// rule that can let the session go ahead, a generated client whose answers
// suggest the technique and fire the rule has it dropped (or limited), and a
// client whose answers suggest it without the rule keeps it as usual.
func TestEachExclusionPositiveNegative(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 13))
	type client struct {
		suggested []Technique // the guide before any rule or ceiling
		o         Outcome
	}
	var clients []client
	for i := 0; i < 6000; i++ {
		a := cautionsClient(r)
		if o := Evaluate(a); o.Tier < SeeDoctor {
			s, _ := techniques(a, NoCeiling, nil, nil)
			clients = append(clients, client{s, o})
		}
	}
	for _, rule := range Rules {
		if rule.Tier >= SeeDoctor {
			continue // no techniques for these tiers
		}
		for _, x := range rule.Excludes {
			pos, neg := false, false
			for _, c := range clients {
				if !hasTech(c.suggested, x.Technique) {
					continue
				}
				o := c.o
				got, fired := findTech(o, x.Technique), o.Has(rule.ID)
				switch {
				case fired && x.Limit == "":
					pos = pos || got == nil
				case fired:
					pos = pos || (got != nil && hasLimit(*got, rule.ID, x.Limit))
				case got != nil:
					for _, l := range got.Limits {
						if l.Rule == rule.ID {
							t.Errorf("%s: limit on %s without the rule firing", rule.ID, x.Technique)
						}
					}
					neg = true
				}
			}
			if !pos || !neg {
				t.Errorf("rule %s, %s %s: positive case found %v, negative case found %v", rule.ID, kind(x), x.Technique, pos, neg)
			}
		}
	}
}

func kind(x Exclusion) string {
	if x.Limit == "" {
		return "excludes"
	}
	return "limits"
}

func hasTech(ts []Technique, id string) bool { return findTech(Outcome{Techniques: ts}, id) != nil }

func findTech(o Outcome, id string) *Technique {
	for i := range o.Techniques {
		if o.Techniques[i].ID == id {
			return &o.Techniques[i]
		}
	}
	return nil
}

// TestDroppedExcluded: Dropped.Excluded tells a fired rule's exclusion from
// the pressure ceiling (the therapist summary words them differently).
func TestDroppedExcluded(t *testing.T) {
	o := Evaluate(with(addCond(intake.CondOsteoporosis)))
	if len(o.Dropped) == 0 {
		t.Fatal("osteoporosis drops nothing")
	}
	for _, d := range o.Dropped {
		if !d.Excluded() {
			t.Errorf("%s dropped by %v: Excluded() false", d.ID, d.Rules)
		}
	}
	if (Dropped{ID: "deep-tissue", Rules: []string{"long-term-steroids"}}).Excluded() {
		t.Error("a ceiling drop (long-term-steroids sets a light ceiling, excludes nothing) reads as an exclusion")
	}
}
