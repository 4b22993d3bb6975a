package routine

import (
	"math/rand/v2"

	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
)

// deskWorker is intaketest.DeskWorker: an ordinary complete intake that
// fires no triage rule. Tests change one thing at a time from it.
func deskWorker() *intake.Answers { return intaketest.DeskWorker() }

// athlete trains hard, with tight glutes and lower back for months.
func athlete() *intake.Answers {
	return with(func(a *intake.Answers) {
		a.AgeBand, a.Daily = intake.Age20to34, []intake.Activity{intake.ActTraining}
		a.Regions = []intake.Region{intake.RegionLowLeft, intake.RegionGluteLeft, intake.RegionGluteRight}
		a.Pain = map[intake.Region]int{intake.RegionLowLeft: 3, intake.RegionGluteLeft: 5, intake.RegionGluteRight: 4}
		a.Duration, a.Training = intake.DurChronic, intake.Trained24to48
		a.Goals, a.Worse = []intake.Goal{intake.GoalRecovery, intake.GoalMobility}, []intake.Trigger{intake.WorseBending}
	})
}

// pregnantParent is 24 weeks pregnant, lifts a toddler, low back pain.
func pregnantParent() *intake.Answers {
	return with(func(a *intake.Answers) {
		a.AgeBand, a.Pregnant, a.PregnancyWeeks = intake.Age20to34, intake.Yes, 24
		a.Daily = []intake.Activity{intake.ActChildren}
		a.Regions = []intake.Region{intake.RegionLowLeft, intake.RegionLowRight, intake.RegionSacrum}
		a.Pain = map[intake.Region]int{intake.RegionLowLeft: 5, intake.RegionLowRight: 5, intake.RegionSacrum: 4}
		a.Goals, a.Worse = []intake.Goal{intake.GoalRelief}, []intake.Trigger{intake.WorseStanding}
	})
}

// with returns deskWorker changed by each of fs.
func with(fs ...func(a *intake.Answers)) *intake.Answers {
	a := deskWorker()
	for _, f := range fs {
		f(a)
	}
	return a
}

// randomAnswers draws an intake from r: mostly valid values, sometimes
// unanswered or unknown ones, red flags rare enough that most intakes get a
// routine, and health conditions common enough to test every rule.
func randomAnswers(r *rand.Rand) *intake.Answers {
	tris := []intake.Tri{"", intake.No, intake.Yes, intake.Unsure, "maybe"}
	a := &intake.Answers{RedFlags: map[intake.Flag]intake.Tri{}, Pain: map[intake.Region]int{}}
	for _, f := range intake.Flags {
		if r.IntN(150) == 0 {
			a.RedFlags[f] = tris[r.IntN(len(tris))]
		} else if r.IntN(2) == 0 {
			a.RedFlags[f] = intake.No
		}
	}
	a.AgeBand = one(r, intake.AgeBands)
	a.Pregnant = tris[r.IntN(len(tris))]
	a.PregnancyWeeks = r.IntN(46) - 1
	a.Daily = some(r, intake.Activities, 3)
	a.Regions = some(r, intake.Regions, 4)
	for _, reg := range a.Regions {
		a.Pain[reg] = r.IntN(9) + btoi(r.IntN(20) == 0) // 0..9; 9 alone fires severe-pain
	}
	a.Duration = one(r, intake.Durations)
	a.Onset = one(r, intake.Onsets)
	a.Feelings = some(r, intake.Feelings[:5], 4) // aching … shooting
	if r.IntN(10) == 0 {
		a.Feelings = append(a.Feelings, one(r, intake.Feelings[5:])) // tingling, numb
	}
	a.Spread = []intake.Spread{"", intake.SpreadNo, intake.SpreadNo, intake.SpreadOneLeg, intake.SpreadBoth, "unknown"}[r.IntN(6)]
	if a.Spread == intake.SpreadBoth && r.IntN(4) > 0 {
		a.Spread = intake.SpreadNo
	}
	a.Worse = some(r, intake.Triggers, 4)
	a.Stiff = one(r, intake.Stiffnesses)
	a.Sleep = one(r, intake.Qualities)
	a.Function = map[intake.Task]intake.Ability{}
	for _, t := range intake.Tasks {
		if r.IntN(4) > 0 {
			a.Function[t] = intake.Abilities[r.IntN(2)] // easy or hard: "cannot" twice is see-doctor
		}
	}
	a.Goals = some(r, intake.Goals, 3)
	a.Conditions = some(r, intake.Conditions, 8)
	a.SurgeryWhen = one(r, intake.SurgeryWhens)
	if r.IntN(8) == 0 {
		a.Medications = []string{"apixaban", "Warfarin 2mg", "ibuprofen"}[r.IntN(3)]
	}
	if r.IntN(5) == 0 {
		a.Skin = map[intake.Region][]intake.SkinIssue{one(r, intake.Regions): some(r, intake.SkinIssues, 3)}
	}
	a.Training = one(r, intake.Trainings)
	a.Avoid = some(r, intake.Regions, 8)
	a.Focus = some(r, intake.Regions, 6)
	a.Neck = some(r, intake.NeckSigns[:3], 4) // headaches, jaw, dizzy
	if r.IntN(20) == 0 {
		a.Neck = append(a.Neck, one(r, intake.NeckSigns[3:])) // arm, whiplash: see a doctor
	}
	return a
}

// one returns a random element of xs, now and then "" or an unknown value.
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

// some returns a random subset of xs, each element with chance 1/in.
func some[T any](r *rand.Rand, xs []T, in int) []T {
	var out []T
	for _, x := range xs {
		if r.IntN(in) == 0 {
			out = append(out, x)
		}
	}
	return out
}

// shuffled returns a copy of a with every list in another order.
func shuffled(r *rand.Rand, a *intake.Answers) *intake.Answers {
	c := *a
	c.Daily = shuffle(r, a.Daily)
	c.Regions = shuffle(r, a.Regions)
	c.Feelings = shuffle(r, a.Feelings)
	c.Worse = shuffle(r, a.Worse)
	c.Better = shuffle(r, a.Better)
	c.Goals = shuffle(r, a.Goals)
	c.Conditions = shuffle(r, a.Conditions)
	c.Allergies = shuffle(r, a.Allergies)
	c.Avoid = shuffle(r, a.Avoid)
	c.Focus = shuffle(r, a.Focus)
	return &c
}

func shuffle[T any](r *rand.Rand, xs []T) []T {
	if xs == nil {
		return nil
	}
	out := append([]T(nil), xs...)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
