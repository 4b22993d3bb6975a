package intake

// complete returns answers that validate on every step: a desk worker with
// upper-back pain, no red flags.
func complete() Answers {
	return Answers{
		FirstName: "Ana", AgeBand: Age35to49, Pregnant: No,
		Daily:    []Activity{ActDesk},
		RedFlags: allFlags(No),
		Regions:  []Region{RegionBetweenBlades, RegionShoulderRight},
		Pain:     map[Region]int{RegionBetweenBlades: 5, RegionShoulderRight: 3},
		Duration: DurChronic, Onset: OnsetGradual,
		Feelings: []Feeling{FeelAching, FeelStiff}, Spread: SpreadNo,
		Worse: []Trigger{WorseSitting}, Better: []Relief{BetterHeat, BetterMovement},
		Moves:    map[Move]MoveResult{MoveBend: MoveNoPain, MoveTwistLeft: MoveSomePain, MoveTwistRight: MoveSomePain, MoveSquat: MoveNoPain},
		Function: map[Task]Ability{TaskGroceries: AbleEasy, TaskSideSleep: AbleEasy, TaskSit30: AbleHard},
		Sleep:    SleepFair, Stiff: StiffShort,
		Goals:    []Goal{GoalRelief, GoalPosture},
		Training: TrainedNo, Talk: TalkQuiet, Warmth: WarmthWarm, Oil: OilUnscented,
		Consent: true, ConsentName: "Ana Pérez",
	}
}

func allFlags(t Tri) map[Flag]Tri {
	m := map[Flag]Tri{}
	for _, f := range Flags {
		m[f] = t
	}
	return m
}
