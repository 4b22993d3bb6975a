package triage

import (
	"regexp"
	"testing"

	"kneadform/app/intake"
)

// ruleCases holds, for every rule id, answers that must fire it (pos) and
// near misses that must not (neg). TestEveryRuleHasCases fails when a rule
// lacks either.
var ruleCases = map[string]struct{ pos, neg []*intake.Answers }{
	"saddle-numbness": {
		pos: []*intake.Answers{with(setFlag(intake.FlagSaddle, intake.Yes)), with(setFlag(intake.FlagSaddle, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagSaddle, intake.No)), with(func(a *intake.Answers) { delete(a.RedFlags, intake.FlagSaddle) })},
	},
	"bladder-bowel": {
		pos: []*intake.Answers{with(setFlag(intake.FlagBladder, intake.Yes)), with(setFlag(intake.FlagBladder, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagBladder, intake.No))},
	},
	"both-legs": {
		pos: []*intake.Answers{with(setFlag(intake.FlagBothLegs, intake.Yes)), with(setFlag(intake.FlagBothLegs, intake.Unsure)), with(spread(intake.SpreadBoth))},
		neg: []*intake.Answers{with(spread(intake.SpreadOneLeg)), with(setFlag(intake.FlagBothLegs, intake.No))},
	},
	"worsening-weakness": {
		pos: []*intake.Answers{with(setFlag(intake.FlagWeakness, intake.Yes))},
		neg: []*intake.Answers{with(setFlag(intake.FlagWeakness, intake.No))},
	},
	"chest-pain": {
		pos: []*intake.Answers{with(setFlag(intake.FlagChestPain, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagChestPain, intake.No))},
	},
	"major-trauma": {
		pos: []*intake.Answers{with(setFlag(intake.FlagAccident, intake.Yes))},
		neg: []*intake.Answers{with(setFlag(intake.FlagAccident, intake.No)), with(onset(intake.OnsetLifting, intake.DurDays))},
	},
	"fever": {
		pos: []*intake.Answers{with(setFlag(intake.FlagFever, intake.Yes))},
		neg: []*intake.Answers{with(setFlag(intake.FlagIll, intake.Yes))},
	},
	"weight-loss": {
		pos: []*intake.Answers{with(setFlag(intake.FlagWeight, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagWeight, intake.No))},
	},
	"cancer-history": {
		pos: []*intake.Answers{with(setFlag(intake.FlagCancer, intake.Yes)), with(addCond(intake.CondCancer))},
		neg: []*intake.Answers{with(setFlag(intake.FlagCancer, intake.No), addCond(intake.CondDiabetes))},
	},
	"night-pain": {
		pos: []*intake.Answers{with(setFlag(intake.FlagNight, intake.Yes))},
		neg: []*intake.Answers{with(func(a *intake.Answers) { a.Worse = append(a.Worse, intake.WorseNights) })},
	},
	"infection-risk": {
		pos: []*intake.Answers{with(setFlag(intake.FlagImmune, intake.Yes))},
		neg: []*intake.Answers{with(setFlag(intake.FlagImmune, intake.No))},
	},
	"long-term-steroids": {
		pos: []*intake.Answers{with(setFlag(intake.FlagSteroids, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagSteroids, intake.No))},
	},
	"recent-surgery": {
		pos: []*intake.Answers{with(setFlag(intake.FlagSurgery, intake.Yes)), with(surgery(intake.SurgeryRecent))},
		neg: []*intake.Answers{with(surgery(intake.SurgeryYear)), with(surgery(intake.SurgeryOlder))},
	},
	"blood-clot": {
		pos: []*intake.Answers{with(setFlag(intake.FlagCalf, intake.Yes)), with(addCond(intake.CondClots))},
		neg: []*intake.Answers{with(addCond(intake.CondBleeding)), with(skin(intake.RegionLegLeft, intake.SkinVaricose))},
	},
	"injury-or-accident": {
		pos: []*intake.Answers{with(onset(intake.OnsetFall, intake.DurDays)), with(addCond(intake.CondInjury))},
		neg: []*intake.Answers{with(onset(intake.OnsetLifting, intake.DurDays)), with(skin(intake.RegionLowLeft, intake.SkinBruise))},
	},
	"fracture-risk": {
		pos: []*intake.Answers{
			with(addCond(intake.CondOsteoporosis), onset(intake.OnsetLifting, intake.DurDays)),
			with(age(intake.Age65Plus), onset(intake.OnsetSudden, intake.DurWeeks)),
		},
		neg: []*intake.Answers{
			with(addCond(intake.CondOsteoporosis)),                                  // gradual onset
			with(age(intake.Age65Plus)),                                             // age alone
			with(age(intake.Age50to64), onset(intake.OnsetLifting, intake.DurDays)), // under 65, bones not known weak
		},
	},
	"leg-nerve-symptoms": {
		pos: []*intake.Answers{with(spread(intake.SpreadOneLeg), addFeel(intake.FeelTingling)), with(spread(intake.SpreadOneLeg), addFeel(intake.FeelNumb))},
		neg: []*intake.Answers{with(spread(intake.SpreadOneLeg), addFeel(intake.FeelShooting)), with(addFeel(intake.FeelTingling))},
	},
	"numbness": {
		pos: []*intake.Answers{with(addFeel(intake.FeelNumb))},
		neg: []*intake.Answers{with(addFeel(intake.FeelTingling)), with(spread(intake.SpreadOneLeg), addFeel(intake.FeelNumb))},
	},
	"severe-pain": {
		pos: []*intake.Answers{with(pain(intake.RegionLowLeft, 9)), with(pain(intake.RegionNeck, 10))},
		neg: []*intake.Answers{
			with(pain(intake.RegionLowLeft, 8)),
			with(func(a *intake.Answers) { a.Pain[intake.RegionSacrum] = 10 }),        // not a chosen region: stale
			with(func(a *intake.Answers) { a.Pain[intake.RegionBetweenBlades] = 99 }), // out of range
		},
	},
	"limits-daily-life": {
		pos: []*intake.Answers{with(task(intake.TaskGroceries, intake.AbleCannot), task(intake.TaskSit30, intake.AbleCannot))},
		neg: []*intake.Answers{with(task(intake.TaskGroceries, intake.AbleCannot), task(intake.TaskSideSleep, intake.AbleHard))},
	},
	"acute-illness": {
		pos: []*intake.Answers{with(setFlag(intake.FlagIll, intake.Yes)), with(setFlag(intake.FlagIll, intake.Unsure))},
		neg: []*intake.Answers{with(setFlag(intake.FlagIll, intake.No))},
	},
	"contagious-skin": {
		pos: []*intake.Answers{with(skin(intake.RegionNeck, intake.SkinRash)), with(skin(intake.RegionMidLeft, intake.SkinInfection))},
		neg: []*intake.Answers{with(skin(intake.RegionNeck, intake.SkinBruise, intake.SkinWound))},
	},
	"pregnancy": {
		pos: []*intake.Answers{with(pregnantWeeks(intake.Yes, 20)), with(pregnantWeeks(intake.Unsure, 0))},
		neg: []*intake.Answers{with(pregnantWeeks(intake.No, 0)), with(age(intake.Age65Plus), pregnantWeeks(intake.Yes, 20))},
	},
	"osteoporosis": {
		pos: []*intake.Answers{with(addCond(intake.CondOsteoporosis))},
		neg: []*intake.Answers{with(addCond(intake.CondStenosis))},
	},
	"bleeding-risk": {
		pos: []*intake.Answers{with(addCond(intake.CondBleeding)), with(medicines("Eliquis 5 mg twice a day")), with(medicines("warfarin"))},
		neg: []*intake.Answers{with(medicines("aspirin when needed, vitamin D")), with(addCond(intake.CondClots))},
	},
	"disc": {
		pos: []*intake.Answers{with(addCond(intake.CondDisc))},
		neg: []*intake.Answers{with(addCond(intake.CondStenosis))},
	},
	"stenosis": {
		pos: []*intake.Answers{with(addCond(intake.CondStenosis))},
		neg: []*intake.Answers{with(addCond(intake.CondDisc))},
	},
	"acute-strain": {
		pos: []*intake.Answers{with(onset(intake.OnsetLifting, intake.DurDays)), with(onset(intake.OnsetTraining, intake.DurWeeks))},
		neg: []*intake.Answers{with(onset(intake.OnsetLifting, intake.DurChronic)), with(onset(intake.OnsetGradual, intake.DurDays))},
	},
	"hard-training": {
		pos: []*intake.Answers{with(trained(intake.TrainedUnder24))},
		neg: []*intake.Answers{with(trained(intake.Trained24to48))},
	},
	"surgery-past-year": {
		pos: []*intake.Answers{with(surgery(intake.SurgeryYear)), with(surgery(""))},
		neg: []*intake.Answers{with(surgery(intake.SurgeryOlder)), with(surgery(intake.SurgeryRecent))},
	},
	"skin-local": {
		pos: []*intake.Answers{with(skin(intake.RegionLowRight, intake.SkinVaricose)), with(skin(intake.RegionNeck, intake.SkinWound))},
		neg: []*intake.Answers{with(func(a *intake.Answers) {
			a.Skin = map[intake.Region][]intake.SkinIssue{"elbow": {intake.SkinWound}, intake.RegionNeck: {"tattoo"}}
		})},
	},
	"tingling": {
		pos: []*intake.Answers{with(addFeel(intake.FeelTingling))},
		neg: []*intake.Answers{with(spread(intake.SpreadOneLeg), addFeel(intake.FeelTingling)), with(spread(intake.SpreadBoth), addFeel(intake.FeelTingling)), with(addFeel(intake.FeelBurning))},
	},
	"sciatica-like": {
		pos: []*intake.Answers{with(spread(intake.SpreadOneLeg)), with(spread(intake.SpreadOneLeg), addFeel(intake.FeelShooting))},
		neg: []*intake.Answers{with(spread(intake.SpreadOneLeg), addFeel(intake.FeelNumb)), with(spread(intake.SpreadNo), addFeel(intake.FeelShooting))},
	},
	"heart": {
		pos: []*intake.Answers{with(addCond(intake.CondHeart))},
		neg: []*intake.Answers{with(addCond(intake.CondBloodPressure))},
	},
	"blood-pressure": {
		pos: []*intake.Answers{with(addCond(intake.CondBloodPressure))},
		neg: []*intake.Answers{with(addCond(intake.CondHeart))},
	},
	"diabetes": {
		pos: []*intake.Answers{with(addCond(intake.CondDiabetes))},
		neg: []*intake.Answers{with(addCond(intake.CondHeart))},
	},
	"nut-allergy": {
		pos: []*intake.Answers{with(allergic(intake.AllergyNutOil))},
		neg: []*intake.Answers{with(allergic(intake.AllergyFragrance))},
	},
	"fragrance-allergy": {
		pos: []*intake.Answers{with(allergic(intake.AllergyFragrance))},
		neg: []*intake.Answers{with(allergic(intake.AllergyLatex))},
	},
	"latex-allergy": {
		pos: []*intake.Answers{with(allergic(intake.AllergyLatex))},
		neg: []*intake.Answers{with(allergic(intake.AllergyNutOil))},
	},
}

func TestRuleCases(t *testing.T) {
	for _, r := range Rules {
		c := ruleCases[r.ID]
		for i, a := range c.pos {
			if !r.When(a) {
				t.Errorf("%s: positive case %d does not fire", r.ID, i)
			}
			if o := Evaluate(a); !o.Has(r.ID) || r.Tier.MoreUrgent(o.Tier) {
				t.Errorf("%s: positive case %d: Evaluate fired %v at tier %s", r.ID, i, ids(o), o.Tier)
			}
		}
		for i, a := range c.neg {
			if r.When(a) {
				t.Errorf("%s: negative case %d fires", r.ID, i)
			}
		}
	}
}

// TestEveryRuleHasCases keeps ruleCases complete: a new rule needs a positive
// and a negative case, and a removed rule must lose its cases.
func TestEveryRuleHasCases(t *testing.T) {
	for _, r := range Rules {
		c, ok := ruleCases[r.ID]
		switch {
		case !ok:
			t.Errorf("rule %s has no test cases in ruleCases", r.ID)
		case len(c.pos) == 0:
			t.Errorf("rule %s has no positive case", r.ID)
		case len(c.neg) == 0:
			t.Errorf("rule %s has no negative case", r.ID)
		}
	}
	for id := range ruleCases {
		if _, ok := Lookup(id); !ok {
			t.Errorf("ruleCases has cases for %q, which is not a rule", id)
		}
	}
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestRuleTableWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for i, r := range Rules {
		if !kebab.MatchString(r.ID) {
			t.Errorf("rule %d: id %q is not kebab-case", i, r.ID)
		}
		if seen[r.ID] {
			t.Errorf("rule %s: duplicate id", r.ID)
		}
		seen[r.ID] = true
		if !r.Tier.Valid() || r.Tier == Proceed {
			t.Errorf("rule %s: tier %s (a rule must raise the tier)", r.ID, r.Tier)
		}
		if i > 0 && r.Tier.MoreUrgent(Rules[i-1].Tier) {
			t.Errorf("rule %s: table must be ordered most urgent first (%s after %s)", r.ID, r.Tier, Rules[i-1].Tier)
		}
		if r.When == nil || r.Describe == "" || r.Therapist == "" {
			t.Errorf("rule %s: When, Describe and Therapist are required", r.ID)
		}
		if len(r.Source) == 0 {
			t.Errorf("rule %s: no source", r.ID)
		}
		for _, s := range r.Source {
			if _, ok := Sources[s]; !ok {
				t.Errorf("rule %s: unknown source %q (add it to Sources)", r.ID, s)
			}
		}
		if r.Ceiling != 0 && r.Ceiling != CeilingLight && r.Ceiling != CeilingModerate {
			t.Errorf("rule %s: ceiling %d is not CeilingLight or CeilingModerate", r.ID, r.Ceiling)
		}
	}
}

// TestNoRuleFiresOnEmpty: an empty or nil intake is "proceed" with no rule.
func TestNoRuleFiresOnEmpty(t *testing.T) {
	for _, a := range []*intake.Answers{nil, {}, deskWorker()} {
		if o := Evaluate(a); o.Tier != Proceed || len(o.Fired) != 0 {
			t.Errorf("Evaluate(%v) = %s, fired %v; want proceed, none", a, o.Tier, ids(o))
		}
	}
}
