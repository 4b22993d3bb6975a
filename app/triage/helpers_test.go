package triage

import "kneadform/app/intake"

// deskWorker is a complete, ordinary intake that fires no rule: a desk worker
// with aching, stiff pain between the shoulder blades for a few weeks. Tests
// change one thing at a time from it, so a negative case is a near miss.
func deskWorker() *intake.Answers {
	a := &intake.Answers{
		FirstName: "Sam",
		AgeBand:   intake.Age35to49,
		Pregnant:  intake.No,
		Daily:     []intake.Activity{intake.ActDesk},
		RedFlags:  map[intake.Flag]intake.Tri{},
		Regions:   []intake.Region{intake.RegionBetweenBlades, intake.RegionShoulderLeft},
		Pain:      map[intake.Region]int{intake.RegionBetweenBlades: 4, intake.RegionShoulderLeft: 3},
		Duration:  intake.DurWeeks,
		Onset:     intake.OnsetGradual,
		Feelings:  []intake.Feeling{intake.FeelAching, intake.FeelStiff},
		Spread:    intake.SpreadNo,
		Worse:     []intake.Trigger{intake.WorseSitting},
		Better:    []intake.Relief{intake.BetterHeat, intake.BetterMovement},
		Moves: map[intake.Move]intake.MoveResult{
			intake.MoveBend: intake.MoveNoPain, intake.MoveTwistLeft: intake.MoveNoPain,
			intake.MoveTwistRight: intake.MoveNoPain, intake.MoveSquat: intake.MoveNoPain,
		},
		Function: map[intake.Task]intake.Ability{
			intake.TaskGroceries: intake.AbleEasy, intake.TaskSideSleep: intake.AbleEasy, intake.TaskSit30: intake.AbleHard,
		},
		Sleep:    intake.SleepFair,
		Stiff:    intake.StiffShort,
		Goals:    []intake.Goal{intake.GoalRelief, intake.GoalPosture},
		Training: intake.TrainedNo,
		Talk:     intake.TalkQuiet,
		Warmth:   intake.WarmthWarm,
		Oil:      intake.OilAny,
	}
	for _, f := range intake.Flags {
		a.RedFlags[f] = intake.No
	}
	return a
}

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
