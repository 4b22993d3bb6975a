package triage

import (
	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
)

// deskWorker is intaketest.DeskWorker: an ordinary complete intake that
// fires no triage rule. Tests change one thing at a time from it.
func deskWorker() *intake.Answers { return intaketest.DeskWorker() }

// with returns deskWorker changed by each of fs.
func with(fs ...func(a *intake.Answers)) *intake.Answers {
	a := deskWorker()
	for _, f := range fs {
		f(a)
	}
	return a
}

func setFlag(f intake.Flag, t intake.Tri) func(*intake.Answers) {
	return func(a *intake.Answers) { a.RedFlags[f] = t }
}

func addCond(cs ...intake.Condition) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Conditions = append(a.Conditions, cs...) }
}

func addFeel(fs ...intake.Feeling) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Feelings = append(a.Feelings, fs...) }
}

func spread(s intake.Spread) func(*intake.Answers) { return func(a *intake.Answers) { a.Spread = s } }

func onset(o intake.Onset, d intake.Duration) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Onset, a.Duration = o, d }
}

func age(b intake.AgeBand) func(*intake.Answers) { return func(a *intake.Answers) { a.AgeBand = b } }

func skin(r intake.Region, xs ...intake.SkinIssue) func(*intake.Answers) {
	return func(a *intake.Answers) {
		if a.Skin == nil {
			a.Skin = map[intake.Region][]intake.SkinIssue{}
		}
		a.Skin[r] = append(a.Skin[r], xs...)
	}
}

func allergic(x intake.Allergy) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Allergies = append(a.Allergies, x) }
}

func surgery(w intake.SurgeryWhen) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Conditions, a.SurgeryWhen = append(a.Conditions, intake.CondSurgery), w }
}

func medicines(s string) func(*intake.Answers) { return func(a *intake.Answers) { a.Medications = s } }

func pain(r intake.Region, p int) func(*intake.Answers) {
	return func(a *intake.Answers) {
		if !a.HasRegion(r) {
			a.Regions = append(a.Regions, r)
		}
		a.Pain[r] = p
	}
}

func task(t intake.Task, x intake.Ability) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Function[t] = x }
}

func pregnantWeeks(t intake.Tri, weeks int) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Pregnant, a.PregnancyWeeks = t, weeks }
}

func trained(t intake.Training) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Training = t }
}

func ids(o Outcome) []string {
	out := make([]string, len(o.Fired))
	for i, f := range o.Fired {
		out[i] = f.ID
	}
	return out
}

func reviewed(t intake.Tri) func(*intake.Answers) { return func(a *intake.Answers) { a.Reviewed = t } }

func neckSigns(xs ...intake.NeckSign) func(*intake.Answers) {
	return func(a *intake.Answers) { a.Neck = append(a.Neck, xs...) }
}

func legsHistory(h intake.LegsHistory) func(*intake.Answers) {
	return func(a *intake.Answers) { a.BothLegs = h }
}
