package handoff

import (
	"strings"

	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// testSite is the clinic site used for the size figures: 22 characters,
// the length of a short real clinic domain.
const testSite = "https://clinic.example"

// typical is the complete example of docs/intake-format.md (a pregnant desk
// worker with a varicose vein to avoid) with pressure choices for her three
// regions, one tender spot and the default stop word.
func typical() Payload {
	a := intake.Answers{
		FirstName: "Maya", AgeBand: intake.Age35to49, Pregnant: intake.Yes, PregnancyWeeks: 22,
		Daily:    []intake.Activity{intake.ActDesk, intake.ActChildren},
		RedFlags: map[intake.Flag]intake.Tri{},
		Regions:  []intake.Region{intake.RegionBetweenBlades, intake.RegionLowLeft, intake.RegionLowRight},
		Pain:     map[intake.Region]int{intake.RegionBetweenBlades: 3, intake.RegionLowLeft: 5, intake.RegionLowRight: 4},
		Duration: intake.DurWeeks, Onset: intake.OnsetGradual,
		Feelings: []intake.Feeling{intake.FeelAching, intake.FeelStiff}, Spread: intake.SpreadNo,
		Worse:  []intake.Trigger{intake.WorseSitting, intake.WorseStanding},
		Better: []intake.Relief{intake.BetterHeat, intake.BetterMovement},
		Moves: map[intake.Move]intake.MoveResult{intake.MoveBend: intake.MoveSomePain, intake.MoveTwistLeft: intake.MoveNoPain,
			intake.MoveTwistRight: intake.MoveNoPain, intake.MoveSquat: intake.MoveSomePain},
		Function: map[intake.Task]intake.Ability{intake.TaskGroceries: intake.AbleHard, intake.TaskSideSleep: intake.AbleEasy, intake.TaskSit30: intake.AbleHard},
		Sleep:    intake.SleepFair, Stiff: intake.StiffShort,
		Goals:      []intake.Goal{intake.GoalRelief, intake.GoalRelax},
		Conditions: []intake.Condition{intake.CondSurgery}, SurgeryWhen: intake.SurgeryOlder,
		Medications: "prenatal vitamins",
		Allergies:   []intake.Allergy{intake.AllergyFragrance},
		Skin:        map[intake.Region][]intake.SkinIssue{intake.RegionLegLeft: {intake.SkinVaricose}},
		Training:    intake.TrainedNo, Talk: intake.TalkQuiet, Warmth: intake.WarmthWarm, Oil: intake.OilUnscented,
		Avoid: []intake.Region{intake.RegionNeck}, Focus: []intake.Region{intake.RegionLowLeft},
		Consent: true, ConsentName: "Maya Cohen", ConsentAt: "2025-03-04T09:15:00Z",
	}
	for _, f := range intake.Flags {
		a.RedFlags[f] = intake.No
	}
	p := pressure.Prefs{
		Regions: map[intake.Region]pressure.Setting{
			intake.RegionBetweenBlades: {Preferred: 4, Max: 5}, intake.RegionLowLeft: {Preferred: 3, Max: 4}, intake.RegionLowRight: {Preferred: 3, Max: 4},
		},
		Tender:  []pressure.TenderSpot{{Region: intake.RegionLowLeft, Note: "just above the hip"}},
		Stop:    pressure.Stop{Signal: pressure.SignalWord},
		CheckIn: pressure.CheckNowAndThen,
	}
	return Payload{Answers: a, Prefs: &p}
}

// maximal answers everything with the longest values the intake allows:
// every list full (in the client's own order, which costs more than table
// order), every region in pain and marked for every skin issue, every
// free text at its limit in ordinary English, and a tender note on every
// region. prose picks how the texts read: English sentences, or
// incompressible text (a worst case no real client types).
func maximal(incompressible bool) Payload {
	text := func(n int, seed string) string {
		if incompressible {
			return noise(n, seed)
		}
		return prose(n, seed)
	}
	a := intake.Answers{
		FirstName: text(intake.MaxNameLen, "Alexandra "), AgeBand: intake.Age50to64, Pregnant: intake.Unsure, PregnancyWeeks: 0,
		Daily:    reverse(intake.Activities),
		RedFlags: map[intake.Flag]intake.Tri{},
		Regions:  reverse(intake.Regions), Pain: map[intake.Region]int{},
		Duration: intake.DurChronic, Onset: intake.OnsetFall,
		Feelings: reverse(intake.Feelings), Spread: intake.SpreadBoth,
		Worse: reverse(intake.Triggers), Better: reverse(intake.Reliefs),
		Moves: map[intake.Move]intake.MoveResult{}, Function: map[intake.Task]intake.Ability{},
		Sleep: intake.SleepPoor, Stiff: intake.StiffLong,
		Goals: reverse(intake.Goals), Conditions: reverse(intake.Conditions), SurgeryWhen: intake.SurgeryRecent,
		Medications: text(intake.MaxTextLen, "warfarin 5 mg each evening, ibuprofen 400 mg when needed, omeprazole 20 mg in the morning; "),
		Allergies:   reverse(intake.Allergies), Skin: map[intake.Region][]intake.SkinIssue{},
		Training: intake.TrainedUnder24, Talk: intake.TalkEither, Warmth: intake.WarmthCool, Oil: intake.OilNone,
		Avoid: reverse(intake.Regions), Focus: reverse(intake.Regions),
		Consent: true, ConsentName: text(intake.MaxNameLen, "Alexandra Papadopoulou-Smith "), ConsentAt: "2025-03-04T09:15:00+05:30",
		BothLegs: intake.LegsUnsure, NightEases: intake.Unsure, Reviewed: intake.Unsure, RashKnown: intake.Unsure,
		Neck: reverse(intake.NeckSigns), SurgeryAreas: reverse(intake.Regions), Comfort: reverse(intake.Comforts),
	}
	for _, f := range intake.Flags {
		a.RedFlags[f] = intake.Unsure
	}
	for i, r := range intake.Regions {
		a.Pain[r] = 10 - i%3
		a.Skin[r] = reverse(intake.SkinIssues)
	}
	for _, m := range intake.Moves {
		a.Moves[m] = intake.MoveTooPainful
	}
	for _, t := range intake.Tasks {
		a.Function[t] = intake.AbleCannot
	}
	p := pressure.Prefs{Regions: map[intake.Region]pressure.Setting{}, Stop: pressure.Stop{Signal: pressure.SignalWord, Word: "pineapple-upside-dow"}, CheckIn: pressure.CheckOften, HapticsOff: true}
	for _, r := range intake.Regions {
		p.Regions[r] = pressure.Setting{Preferred: 3, Max: 6}
		p.Tender = append(p.Tender, pressure.TenderSpot{Region: r, Note: text(pressure.MaxNoteLen, "sore spot two fingers above the bony bit, "+string(r)+"; ")})
	}
	if incompressible {
		p.Stop.Word = "Zyxwvutsrqponmlkjihg"
	}
	return Payload{Answers: a, Prefs: &p}
}

// prose is n bytes of English words drawn from a small vocabulary (the
// way medication lists and notes read), different for every seed, so
// DEFLATE gets only what real text would give it.
func prose(n int, seed string) string {
	words := strings.Fields(`warfarin ibuprofen paracetamol omeprazole sertraline metformin amlodipine
		vitamin mg daily morning evening twice when needed after food tablet spray cream patch
		sore spot tender just above below the left right side hip shoulder blade spine near
		two fingers from bony bit under over it hurts when I bend twist lift sit since last
		week month year doctor said physio gave exercises please gentle there careful`)
	x := uint32(2166136261)
	for i := 0; i < len(seed); i++ {
		x = (x ^ uint32(seed[i])) * 16777619
	}
	var b strings.Builder
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteString(words[x%uint32(len(words))] + " ")
	}
	return b.String()[:n]
}

func reverse[T any](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// noise is n bytes of letters that DEFLATE cannot shrink much, derived from seed.
func noise(n int, seed string) string {
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "
	x := uint32(2166136261)
	for i := 0; i < len(seed); i++ {
		x = (x ^ uint32(seed[i])) * 16777619
	}
	b := make([]byte, n)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = letters[x%uint32(len(letters))]
	}
	return string(b)
}
