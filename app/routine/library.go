package routine

import "kneadform/app/intake"

// Body-map groups the library is written with.
var (
	neck      = []intake.Region{intake.RegionNeck}
	shoulders = []intake.Region{intake.RegionShoulderLeft, intake.RegionShoulderRight}
	blades    = []intake.Region{intake.RegionBetweenBlades}
	mid       = []intake.Region{intake.RegionMidLeft, intake.RegionMidRight}
	low       = []intake.Region{intake.RegionLowLeft, intake.RegionLowRight, intake.RegionSacrum}
	glutes    = []intake.Region{intake.RegionGluteLeft, intake.RegionGluteRight}
	legs      = []intake.Region{intake.RegionLegLeft, intake.RegionLegRight}
)

func join(groups ...[]intake.Region) []intake.Region {
	var out []intake.Region
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// Short names for the goals, activities and triggers items suit.
const (
	relief, relax, posture, mobility, recovery = intake.GoalRelief, intake.GoalRelax, intake.GoalPosture, intake.GoalMobility, intake.GoalRecovery
	desk, physical, training, children, travel = intake.ActDesk, intake.ActPhysical, intake.ActTraining, intake.ActChildren, intake.ActTravel
	retired                                    = intake.ActRetired
	sitting, mornings, bending                 = intake.WorseSitting, intake.WorseMornings, intake.WorseBending
	headaches, jaw                             = intake.NeckHeadaches, intake.NeckJaw
)

// Library is the exercise library, in the order items appear within a phase.
// Doses are the starting dose (Dose.Source names where the numbers come
// from; "" = ours, for review). Nothing here rolls or presses on the lumbar
// spine (seed:000 Q5, seed:003: never foam-roll the lower back; tested) and
// nothing is done face-down (tested). docs/self-care.md renders this table.
var Library = []Item{
	// ── Warm-up: gentle movement. ─────────────────────────────────────────
	{ID: "cat-cow", Kind: KindMobility, Phase: PhaseWarmUp, Position: PosAllFours,
		Regions: join(blades, mid, low), Goals: gs(mobility, relax), Daily: as(retired), Worse: ws(mornings),
		Dose: Dose{Hold: 3, Reps: 5, RepsMax: 10}, Steps: 4,
		Contra: cs(osteoRange, legPain, stenosisArch, acuteGentle), Source: []string{"kneadform", "NHS-Inform"}},
	{ID: "pelvic-tilt", Kind: KindMobility, Phase: PhaseWarmUp, Position: PosOnBack,
		Regions: low, Goals: gs(relief), Daily: as(physical, children, retired), Worse: ws(mornings),
		Dose: Dose{Hold: 5, Reps: 5, RepsMax: 30, Source: "Mayo-back"}, Steps: 4,
		Contra: cs(laterPregnancy, acuteGentle), Source: []string{"Mayo-back", "NHS-Inform"}},
	{ID: "knee-rolls", Kind: KindMobility, Phase: PhaseWarmUp, Position: PosOnBack,
		Regions: low, Goals: gs(relief, mobility, relax), Daily: as(retired), Worse: ws(mornings),
		Dose: Dose{Hold: 5, HoldMax: 10, Reps: 2, RepsMax: 3, PerSide: true, Source: "Mayo-back"}, Steps: 4,
		Contra: cs(laterPregnancy, osteoRange, legPain, acuteGentle), Source: []string{"Mayo-back", "NHS-Inform"}},

	{ID: "shoulder-rolls", Kind: KindMobility, Phase: PhaseWarmUp, Position: PosSeated,
		Regions: join(neck, shoulders, blades), Goals: gs(relax, posture), Daily: as(desk, travel, children), Neck: ns(headaches, jaw),
		Dose: Dose{Hold: 2, Reps: 5, RepsMax: 10}, Steps: 3,
		Contra: cs(neckSmall, acuteGentle), Source: []string{"seed:003", "seed:000"}},

	// ── Release: self-massage, slow, pausing on tender spots. ─────────────
	{ID: "foam-roller-thoracic", Kind: KindRelease, Phase: PhaseRelease, Position: PosOnBack,
		Regions: join(blades, mid), Goals: gs(posture, recovery, relief), Daily: as(desk, training),
		Dose: Dose{Hold: 20, HoldMax: 40, Reps: 3, Source: "seed:000"}, Steps: 5,
		Contra: cs(osteoPressure, bleedingPressure, acutePressure, surgeryPressure, laterPregnancy, discTools, avoidArea, freshTraining),
		Source: []string{"seed:000", "seed:003"}},
	{ID: "tennis-ball-wall", Kind: KindRelease, Phase: PhaseRelease, Position: PosStanding,
		Regions: join(shoulders, blades), Goals: gs(relief), Daily: as(desk),
		Dose: Dose{Hold: 20, HoldMax: 40, Reps: 2, PerSide: true, Source: "seed:000"}, Steps: 4,
		Contra: cs(osteoPressure, bleedingPressure, acutePressure, surgeryPressure, avoidArea, freshTraining),
		Source: []string{"seed:003", "seed:000", "seed:001"}},
	{ID: "lacrosse-ball-glutes", Kind: KindRelease, Phase: PhaseRelease, Position: PosStanding,
		Regions: glutes, Goals: gs(recovery, relief), Daily: as(training, physical),
		Dose: Dose{Hold: 20, HoldMax: 40, Reps: 2, PerSide: true, Source: "seed:000"}, Steps: 4,
		Contra: cs(osteoPressure, bleedingPressure, acutePressure, surgeryPressure, discTools, sciaticaBall, avoidArea, freshTraining),
		Source: []string{"seed:000"}},

	// ── Mobility: turning and stretching. ─────────────────────────────────
	{ID: "thoracic-rotation", Kind: KindMobility, Phase: PhaseMobility, Position: PosSeated, Core: true,
		Regions: join(blades, mid), Goals: gs(mobility, posture), Daily: as(desk, travel),
		Dose: Dose{Hold: 3, Reps: 5, RepsMax: 10, PerSide: true}, Steps: 4,
		Contra: cs(osteoRange, acuteGentle), Source: []string{"seed:000"}},
	{ID: "childs-pose", Kind: KindStretch, Phase: PhaseMobility, Position: PosKneeling, Core: true,
		Regions: join(mid, low), Goals: gs(relax, relief), Worse: ws(mornings),
		Dose: Dose{Breaths: 1, Reps: 8, RepsMax: 10, Source: "NHS-exercises"}, Steps: 4,
		Contra: cs(osteoFlexion, discFlexion, acuteGentle), Source: []string{"seed:000", "NHS-exercises"}},
	{ID: "hip-flexor-stretch", Kind: KindStretch, Phase: PhaseMobility, Position: PosKneeling, Core: true,
		Regions: low, Goals: gs(posture, mobility), Daily: as(desk, travel, training), Worse: ws(sitting),
		Dose: Dose{Hold: 20, HoldMax: 30, Reps: 2, PerSide: true}, Steps: 4,
		Contra: cs(stenosisArch, acuteGentle), Source: []string{"seed:000", "seed:003"}},
	{ID: "chest-doorway-stretch", Kind: KindStretch, Phase: PhaseMobility, Position: PosStanding,
		Regions: join(neck, shoulders, blades), Goals: gs(posture), Daily: as(desk, children),
		Dose: Dose{Hold: 20, HoldMax: 30, Reps: 2}, Steps: 4,
		Contra: cs(acuteGentle), Source: []string{"seed:003"}},
	{ID: "upper-trap-stretch", Kind: KindStretch, Phase: PhaseMobility, Position: PosSeated,
		Regions: join(neck, shoulders), Goals: gs(relief, relax), Daily: as(desk, travel), Neck: ns(headaches, jaw),
		Dose: Dose{Hold: 20, HoldMax: 30, Reps: 2, PerSide: true}, Steps: 4,
		Contra: cs(neckStretch, osteoRange, acuteGentle), Source: []string{"seed:003", "seed:000"}},
	{ID: "levator-stretch", Kind: KindStretch, Phase: PhaseMobility, Position: PosSeated,
		Regions: join(neck, shoulders), Goals: gs(relief), Daily: as(desk), Neck: ns(headaches),
		Dose: Dose{Hold: 20, HoldMax: 30, Reps: 2, PerSide: true}, Steps: 4,
		Contra: cs(neckStretch, osteoRange, acuteGentle), Source: []string{"seed:003", "seed:000"}},
	{ID: "hamstring-stretch", Kind: KindStretch, Phase: PhaseMobility, Position: PosSeated,
		Regions: join(low, legs), Goals: gs(mobility, recovery), Daily: as(training, desk), Worse: ws(bending),
		Dose: Dose{Hold: 20, HoldMax: 30, Reps: 2, PerSide: true}, Steps: 4,
		Contra: cs(osteoRange, legPain, acuteGentle), Source: []string{"seed:003", "seed:002", "seed:000"}},
	{ID: "knee-to-chest", Kind: KindStretch, Phase: PhaseMobility, Position: PosOnBack,
		Regions: join(low, glutes), Goals: gs(relief, relax), Worse: ws(mornings),
		Dose: Dose{Hold: 5, Reps: 2, RepsMax: 3, PerSide: true, Source: "Mayo-back"}, Steps: 4,
		Contra: cs(laterPregnancy, osteoFlexion, discFlexion, acuteGentle), Source: []string{"Mayo-back"}},

	// ── Activation: holding the back steady. ─────────────────────────────
	{ID: "glute-bridge", Kind: KindStrength, Phase: PhaseActivation, Position: PosOnBack, Core: true,
		Regions: join(low, glutes), Goals: gs(posture, recovery), Daily: as(desk, physical, children, retired), Worse: ws(sitting),
		Dose: Dose{Breaths: 3, Reps: 5, RepsMax: 30, Source: "Mayo-back"}, Steps: 4,
		Contra: cs(laterPregnancy, stenosisArch, surgeryStrength, breathHold, acuteGentle), Source: []string{"seed:000", "Mayo-back"}},
	{ID: "bird-dog", Kind: KindStrength, Phase: PhaseActivation, Position: PosAllFours,
		Regions: join(low, glutes), Goals: gs(posture, relief), Daily: as(physical, children, training, retired), Worse: ws(bending),
		Dose: Dose{Hold: 5, HoldMax: 10, Reps: 6, PerSide: true, Source: "Mayo-back"}, Steps: 5,
		Contra: cs(stenosisArch, surgeryStrength, breathHold, acuteGentle), Source: []string{"Mayo-back", "seed:000"}},

	{ID: "chin-tuck", Kind: KindStrength, Phase: PhaseActivation, Position: PosSeated,
		Regions: neck, Goals: gs(posture), Daily: as(desk, travel), Neck: ns(headaches),
		Dose: Dose{Hold: 5, Reps: 5, RepsMax: 10}, Steps: 4,
		Contra: cs(neckSmall), Source: []string{"seed:003", "seed:000"}},
	{ID: "scapular-squeeze", Kind: KindStrength, Phase: PhaseActivation, Position: PosSeated,
		Regions: join(shoulders, blades), Goals: gs(posture), Daily: as(desk, children),
		Dose: Dose{Hold: 5, Reps: 5, RepsMax: 10}, Steps: 4,
		Contra: cs(breathHold, acuteGentle), Source: []string{"seed:000", "seed:001", "seed:003"}},

	// ── Habits: through the day, not timed. ──────────────────────────────
	{ID: "walking-break", Kind: KindHabit, Phase: PhaseHabit, Daily: as(desk, travel), Worse: ws(sitting),
		Dose: Dose{Minutes: 5, MinutesMax: 10, Every: 30, EveryMax: 60, Source: "HSE-DSE"}, Steps: 3,
		Source: []string{"seed:003", "HSE-DSE"}},
	{ID: "workstation-check", Kind: KindHabit, Phase: PhaseHabit, Daily: as(desk), Steps: 4,
		Source: []string{"seed:003"}},
	{ID: "heat-before-stretching", Kind: KindHabit, Phase: PhaseHabit, Always: true,
		Dose: Dose{Minutes: 10}, Steps: 3,
		Contra: cs(reducedFeeling, markedSkin), Source: []string{"seed:000", "seed:003", "seed:002"}},
	{ID: "ice-after-training", Kind: KindHabit, Phase: PhaseHabit, Goals: gs(recovery), Daily: as(training),
		Dose: Dose{Minutes: 10, MinutesMax: 20, Source: "NHS-sprains"}, Steps: 3,
		Contra: cs(reducedFeeling, markedSkin), Source: []string{"seed:000", "NHS-sprains"}},
	{ID: "recovery-window", Kind: KindHabit, Phase: PhaseHabit, Goals: gs(recovery), Daily: as(training), Steps: 3,
		Source: []string{"seed:000", "seed:003"}},
	{ID: "hydration-after-massage", Kind: KindHabit, Phase: PhaseHabit, Always: true, Steps: 3,
		Contra: cs(fluidLimit), Source: []string{"seed:001", "seed:003"}},
}

func gs(xs ...intake.Goal) []intake.Goal         { return xs }
func as(xs ...intake.Activity) []intake.Activity { return xs }
func ws(xs ...intake.Trigger) []intake.Trigger   { return xs }
func cs(xs ...*Contra) []*Contra                 { return xs }
func ns(xs ...intake.NeckSign) []intake.NeckSign { return xs }
