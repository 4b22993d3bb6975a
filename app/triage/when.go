package triage

import (
	"strings"

	"kneadform/app/intake"
)

// Small predicates the rule table is written with. Each tolerates any
// Answers value: nil maps, unknown strings, out-of-range numbers.

// flag reports whether the client answered yes or not sure to safety
// question f: "not sure" counts as yes.
func flag(f intake.Flag) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool { return a.Flag(f).Positive() }
}

// has reports whether the client ticked condition c.
func has(c intake.Condition) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool { return a.Has(c) }
}

// anyOf fires when any of ps fires.
func anyOf(ps ...func(*intake.Answers) bool) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool {
		for _, p := range ps {
			if p(a) {
				return true
			}
		}
		return false
	}
}

// pregnant reports a pregnancy answered yes or not sure, when the pregnancy
// step applies to the client's age band (a stale answer does not count).
func pregnant(a *intake.Answers) bool {
	return a.Pregnant.Positive() && intake.StepPregnancy.Applies(a)
}

// maxPain is the highest valid pain level among the chosen regions (0 when none).
func maxPain(a *intake.Answers) int {
	max := 0
	for _, r := range a.Regions {
		if p, ok := a.Pain[r]; ok && p >= 0 && p <= 10 && p > max {
			max = p
		}
	}
	return max
}

// countTasks counts the everyday tasks the client rated x.
func countTasks(a *intake.Answers, x intake.Ability) int {
	n := 0
	for _, t := range intake.Tasks {
		if a.Function[t] == x {
			n++
		}
	}
	return n
}

// legNerve: pain spreads into a leg (one, or both) with numbness or tingling.
// With both legs it matters only when the both-legs follow-up has ruled out
// the emergency: then nerve-type symptoms in the legs still need a doctor.
func legNerve(a *intake.Answers) bool {
	spreads := a.Spread == intake.SpreadOneLeg || a.Spread == intake.SpreadBoth
	return spreads && (a.Feels(intake.FeelNumb) || a.Feels(intake.FeelTingling))
}

// bothLegs: symptoms in both legs, from the safety question (yes or not
// sure) or from where the pain spreads.
func bothLegs(a *intake.Answers) bool {
	return a.Flag(intake.FlagBothLegs).Positive() || a.Spread == intake.SpreadBoth
}

// legsKnown is the both-legs follow-up answer when it may soften the
// emergency, else "". It never does when the safety question is "not
// sure", when the follow-up is new or worse, not sure or unanswered, or, for
// tight hamstrings, when the pain has a nerve-type feeling (numb, tingling,
// shooting, burning): those stay possible cauda equina (NICE CKS, NHS).
func legsKnown(a *intake.Answers) intake.LegsHistory {
	if !bothLegs(a) || a.Flag(intake.FlagBothLegs) == intake.Unsure {
		return ""
	}
	switch a.BothLegs {
	case intake.LegsUnchecked, intake.LegsWalking:
		return a.BothLegs
	case intake.LegsStretch:
		for _, f := range []intake.Feeling{intake.FeelNumb, intake.FeelTingling, intake.FeelShooting, intake.FeelBurning} {
			if a.Feels(f) {
				return ""
			}
		}
		return intake.LegsStretch
	}
	return ""
}

// bothLegsNew: symptoms in both legs that the follow-up has not shown to be
// long-standing and known: the emergency.
func bothLegsNew(a *intake.Answers) bool { return bothLegs(a) && legsKnown(a) == "" }

// bothLegsIs fires when the both-legs follow-up softens the outcome to h.
func bothLegsIs(h intake.LegsHistory) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool { return legsKnown(a) == h }
}

// nightPositional: bad night pain (answered yes, not "not sure") that eases
// with a change of position: mechanical, not the red flag of unremitting
// night pain (seed:000; NICE CKS).
func nightPositional(a *intake.Answers) bool {
	return a.Flag(intake.FlagNight) == intake.Yes && a.NightEases == intake.Yes
}

// neck fires when the client ticked neck sign s.
func neck(s intake.NeckSign) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool { return a.HasNeckSign(s) }
}

// unreviewed: a disc problem or stenosis, or an operation in the past year
// (or undated), that a doctor has not checked and called stable (no, not
// sure or unanswered).
func unreviewed(a *intake.Answers) bool {
	surgery := a.Has(intake.CondSurgery) && a.SurgeryWhen != intake.SurgeryOlder
	return (a.Has(intake.CondDisc) || a.Has(intake.CondStenosis) || surgery) && a.Reviewed != intake.Yes
}

// surgeryAreas lists the regions where the operation was, in body-map order.
func surgeryAreas(a *intake.Answers) []Area {
	var out []Area
	for _, r := range intake.Regions {
		for _, x := range a.SurgeryAreas {
			if x == r {
				out = append(out, Area{Region: r, Reasons: []string{avoidKey(ReasonSurgery)}})
				break
			}
		}
	}
	return out
}

// strainOnset: the pain began while lifting, suddenly, or in training.
func strainOnset(a *intake.Answers) bool {
	switch a.Onset {
	case intake.OnsetLifting, intake.OnsetSudden, intake.OnsetTraining:
		return true
	}
	return false
}

// skinWith reports whether any region is marked with one of the issues.
func skinWith(issues ...intake.SkinIssue) func(*intake.Answers) bool {
	return func(a *intake.Answers) bool {
		for _, r := range intake.Regions {
			for _, x := range a.Skin[r] {
				for _, want := range issues {
					if x == want {
						return true
					}
				}
			}
		}
		return false
	}
}

// skinAreas lists every region marked with a known skin issue, in body-map
// order, with one reason key per issue.
func skinAreas(a *intake.Answers) []Area {
	var out []Area
	for _, r := range intake.Regions {
		var reasons []string
		for _, x := range intake.SkinIssues {
			for _, got := range a.Skin[r] {
				if got == x {
					reasons = append(reasons, avoidKey(string(x)))
					break
				}
			}
		}
		if len(reasons) > 0 {
			out = append(out, Area{Region: r, Reasons: reasons})
		}
	}
	return out
}

// avoidKey is the catalog key of a reason to avoid an area.
func avoidKey(reason string) string { return "triage.avoid." + reason }

// Avoid reasons that are not skin issues: an area the client asked us not to
// touch, and where an operation was.
const (
	ReasonClient  = "client"
	ReasonSurgery = "surgery"
)

// anticoagulants are medicine names (generic and common brand names, lower
// case) that mean a bleeding risk when found in the free-text medicines.
// Aspirin is left out on purpose: it is often taken for pain alone.
var anticoagulants = []string{
	"blood thinner", "anticoagulant",
	"warfarin", "coumadin", "jantoven", "acenocoumarol", "phenprocoumon",
	"apixaban", "eliquis", "rivaroxaban", "xarelto", "dabigatran", "pradaxa",
	"edoxaban", "lixiana", "savaysa", "heparin", "enoxaparin", "clexane",
	"lovenox", "dalteparin", "fragmin", "tinzaparin",
	"clopidogrel", "plavix", "ticagrelor", "brilinta", "prasugrel",
}

// takesAnticoagulant reports whether the medicines text names a blood thinner.
func takesAnticoagulant(a *intake.Answers) bool {
	if a.Medications == "" {
		return false
	}
	m := strings.ToLower(a.Medications)
	for _, name := range anticoagulants {
		if strings.Contains(m, name) {
			return true
		}
	}
	return false
}
