// Package intaketest holds intake fixtures shared by the tests of the
// packages that read answers (triage, routine, ...). Only tests import it,
// so it never reaches the wasm.
package intaketest

import "kneadform/app/intake"

// DeskWorker returns a complete, ordinary intake that fires no triage rule: a desk worker
// with aching, stiff pain between the shoulder blades for a few weeks. Tests
// change one thing at a time from it, so a negative case is a near miss.
func DeskWorker() *intake.Answers {
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
