package e2e

import (
	"fmt"

	"kneadform/app/intake"
)

// completeAnswers is a client who has finished the intake, with no red
// flag and nothing that lowers the pressure: a desk worker with neck and
// lower-back (left) pain. Tests edit a copy for their case.
func completeAnswers() intake.Answers {
	a := intake.Answers{
		FirstName: "Ana", AgeBand: intake.Age35to49, Pregnant: intake.No,
		Daily:    []intake.Activity{intake.ActDesk},
		RedFlags: map[intake.Flag]intake.Tri{},
		Regions:  []intake.Region{intake.RegionNeck, intake.RegionLowLeft},
		Pain:     map[intake.Region]int{intake.RegionNeck: 3, intake.RegionLowLeft: 4},
		Duration: intake.DurChronic, Onset: intake.OnsetGradual,
		Feelings: []intake.Feeling{intake.FeelAching}, Spread: intake.SpreadNo,
		Moves: map[intake.Move]intake.MoveResult{intake.MoveBend: intake.MoveSomePain, intake.MoveTwistLeft: intake.MoveNoPain,
			intake.MoveTwistRight: intake.MoveNoPain, intake.MoveSquat: intake.MoveNoPain},
		Function: map[intake.Task]intake.Ability{intake.TaskGroceries: intake.AbleEasy, intake.TaskSideSleep: intake.AbleEasy, intake.TaskSit30: intake.AbleHard},
		Sleep:    intake.SleepFair, Stiff: intake.StiffShort,
		Goals:    []intake.Goal{intake.GoalRelief},
		Training: intake.TrainedNo, Talk: intake.TalkQuiet, Warmth: intake.WarmthWarm, Oil: intake.OilUnscented,
		Consent: true, ConsentName: "Ana Diaz", ConsentAt: "2025-01-01T10:00:00Z",
	}
	for _, f := range intake.Flags {
		a.RedFlags[f] = intake.No
	}
	return a
}

// seedDraft saves d on the device (from a page of the origin without the
// app: OpenBlank), as if the client had answered earlier; the next page
// load reads it.
func seedDraft(b *Browser, d intake.Draft) {
	b.t.Helper()
	raw, err := intake.EncodeDraft(d)
	if err != nil {
		b.t.Fatal(err)
	}
	b.OpenBlank()
	b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.draft", %q)`, raw), nil)
}
