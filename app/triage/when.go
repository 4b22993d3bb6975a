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

// legNerve: pain spreads into one leg with numbness or tingling.
func legNerve(a *intake.Answers) bool {
	return a.Spread == intake.SpreadOneLeg && (a.Feels(intake.FeelNumb) || a.Feels(intake.FeelTingling))
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

// ReasonClient is the avoid reason for an area the client asked us not to touch.
const ReasonClient = "client"

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
