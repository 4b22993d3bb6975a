// Package intake is the client intake: the answers a client gives before a
// back massage, the order of the questions, which of them apply, and how
// answers are validated, saved as a draft and restored.
//
// It is pure Go with no UI import, so clinic tools (the `kneadform` CLI) and
// tests read the same model the browser fills. The JSON form is documented in
// docs/intake-format.md.
package intake

import "strings"

// Tri is a yes / no / not sure answer. The zero value means "not answered".
type Tri string

// Tri values. For red-flag questions "not sure" counts as yes (conservative
// by design; see app/triage).
const (
	Yes    Tri = "yes"
	No     Tri = "no"
	Unsure Tri = "unsure"
)

// Positive reports whether the answer is yes or not sure: the conservative
// reading used for every safety question.
func (t Tri) Positive() bool { return t == Yes || t == Unsure }

// Answers is everything the client answered. Fields are filled step by step;
// an empty field means "not answered yet" (or "not asked", when its step does
// not apply). Who may change it: only the client, through the intake.
type Answers struct {
	// About you.
	FirstName      string     `json:"firstName,omitempty"` // from older drafts only: the name is asked once, as the signature (CallName)
	AgeBand        AgeBand    `json:"ageBand,omitempty"`
	Pregnant       Tri        `json:"pregnant,omitempty"`       // asked when the age band makes it possible
	PregnancyWeeks int        `json:"pregnancyWeeks,omitempty"` // 1..MaxPregnancyWeeks, when Pregnant is yes
	Daily          []Activity `json:"daily,omitempty"`          // what fills your days (drives personalisation)

	// Safety questions (red flags), keyed by flag. See app/triage for the rules.
	RedFlags map[Flag]Tri `json:"redFlags,omitempty"`
	// Safety follow-ups (followups.go): optional; unanswered reads the
	// conservative way.
	BothLegs   LegsHistory `json:"bothLegs,omitempty"`   // when AsksBothLegs: new or worse, or known and stable
	NightEases Tri         `json:"nightEases,omitempty"` // when AsksNightEases: does night pain ease with a change of position

	// Where it hurts.
	Regions []Region       `json:"regions,omitempty"` // chosen on the body map or the checkbox list
	Pain    map[Region]int `json:"pain,omitempty"`    // pain now, 0..10, per chosen region

	// When and how it started.
	Duration Duration `json:"duration,omitempty"`
	Onset    Onset    `json:"onset,omitempty"`

	// What it feels like.
	Feelings []Feeling  `json:"feelings,omitempty"`
	Spread   Spread     `json:"spread,omitempty"` // does it spread into a leg
	Neck     []NeckSign `json:"neck,omitempty"`   // when AsksNeck: headaches, jaw, dizziness, arm symptoms, whiplash

	// What makes it worse or better.
	Worse  []Trigger `json:"worse,omitempty"`
	Better []Relief  `json:"better,omitempty"`

	// Movement self-checks (seed:000 "Intake and assessment": bend, twist, squat).
	Moves map[Move]MoveResult `json:"moves,omitempty"`

	// Everyday function baseline (seed:000 "Measuring Progress").
	Function map[Task]Ability `json:"function,omitempty"`
	Sleep    Quality          `json:"sleep,omitempty"`
	Stiff    Stiffness        `json:"stiffness,omitempty"` // morning stiffness

	// Goals for the visit.
	Goals []Goal `json:"goals,omitempty"`

	// Health.
	Conditions  []Condition `json:"conditions,omitempty"`
	SurgeryWhen SurgeryWhen `json:"surgeryWhen,omitempty"` // when Conditions has CondSurgery
	// SurgeryAreas is where the operation was, on the body map (when
	// AsksSurgeryAreas; empty: not on the back or legs, or not said).
	SurgeryAreas []Region `json:"surgeryAreas,omitempty"`
	// Reviewed: has a doctor checked the disc, stenosis or operation and
	// said it is stable (when AsksReviewed).
	Reviewed    Tri       `json:"reviewed,omitempty"`
	Medications string    `json:"medications,omitempty"` // free text, MaxTextLen
	Allergies   []Allergy `json:"allergies,omitempty"`

	// Skin and local issues to avoid, marked on the body map.
	Skin map[Region][]SkinIssue `json:"skin,omitempty"`
	// RashKnown: the rash is a long-term condition a doctor knows about that
	// does not spread by touch, such as eczema or psoriasis (when AsksRashKnown).
	RashKnown Tri `json:"rashKnown,omitempty"`

	// Recent hard training.
	Training Training `json:"training,omitempty"`

	// Session preferences.
	Talk   Talk     `json:"talk,omitempty"`
	Warmth Warmth   `json:"warmth,omitempty"`
	Oil    Oil      `json:"oil,omitempty"`
	Avoid  []Region `json:"avoid,omitempty"` // areas not to touch
	Focus  []Region `json:"focus,omitempty"` // areas to focus on
	// Comfort is how the client lies comfortably (face down, face cradle,
	// side-lying, pillows), for the therapist summary.
	Comfort []Comfort `json:"comfort,omitempty"`

	// Consent.
	Consent     bool   `json:"consent,omitempty"`
	ConsentName string `json:"consentName,omitempty"` // typed name: the accessible alternative to a signature
	ConsentAt   string `json:"consentAt,omitempty"`   // RFC 3339 time the client agreed, set by the app
}

// Limits on free-text answers, in characters (TooLong). They keep drafts and
// hand-off links small.
const (
	MaxNameLen        = 60
	MaxTextLen        = 500
	MaxPregnancyWeeks = 42
)

// AgeBand is the client's age range.
type AgeBand string

// Age bands. Age is a weak risk factor on its own (clinical-sources §1).
const (
	AgeUnder20 AgeBand = "under-20"
	Age20to34  AgeBand = "20-34"
	Age35to49  AgeBand = "35-49"
	Age50to64  AgeBand = "50-64"
	Age65Plus  AgeBand = "65-plus"
)

// AgeBands lists the bands in order.
var AgeBands = []AgeBand{AgeUnder20, Age20to34, Age35to49, Age50to64, Age65Plus}

// Activity is something that fills the client's days.
type Activity string

// Activities (seed:000 introduction: desk workers, athletes, parents lifting
// toddlers, frequent travellers).
const (
	ActDesk     Activity = "desk"
	ActPhysical Activity = "physical"
	ActTraining Activity = "training"
	ActChildren Activity = "children"
	ActTravel   Activity = "travel"
	ActRetired  Activity = "retired"
)

// Activities lists every activity in display order.
var Activities = []Activity{ActDesk, ActPhysical, ActTraining, ActChildren, ActTravel, ActRetired}

// Duration is how long the pain has lasted.
type Duration string

// Durations, mapped to phases by Phase.
const (
	DurDays    Duration = "days"     // under a week
	DurWeeks   Duration = "weeks"    // 1 to 6 weeks
	DurMonths  Duration = "months"   // 6 to 12 weeks
	DurChronic Duration = "3-months" // more than 12 weeks
)

// Durations lists every duration in order.
var Durations = []Duration{DurDays, DurWeeks, DurMonths, DurChronic}

// Phase is the clinical phase of the pain.
type Phase string

// Phases: acute < 6 weeks, subacute 6–12 weeks, chronic > 12 weeks.
const (
	PhaseAcute    Phase = "acute"
	PhaseSubacute Phase = "subacute"
	PhaseChronic  Phase = "chronic"
)

// Phase maps a duration to acute / subacute / chronic ("" when unanswered).
func (d Duration) Phase() Phase {
	switch d {
	case DurDays, DurWeeks:
		return PhaseAcute
	case DurMonths:
		return PhaseSubacute
	case DurChronic:
		return PhaseChronic
	}
	return ""
}

// Onset is how the pain started.
type Onset string

// Onsets (seed:003 lower back: "strain from lifting or sudden movements").
const (
	OnsetGradual  Onset = "gradual"
	OnsetLifting  Onset = "lifting"
	OnsetSudden   Onset = "sudden"
	OnsetTraining Onset = "training"
	OnsetFall     Onset = "fall" // a fall or accident
	OnsetUnknown  Onset = "unknown"
)

// Onsets lists every onset in display order.
var Onsets = []Onset{OnsetGradual, OnsetLifting, OnsetSudden, OnsetTraining, OnsetFall, OnsetUnknown}

// Feeling is what the pain feels like.
type Feeling string

// Feelings. Sharp, electric, numbness and tingling are the nerve-type words
// of seed:000 ("Pressure scale and safety cues") and seed:003.
const (
	FeelAching   Feeling = "aching"
	FeelStiff    Feeling = "stiff"
	FeelSharp    Feeling = "sharp"
	FeelBurning  Feeling = "burning"
	FeelShooting Feeling = "shooting"
	FeelTingling Feeling = "tingling"
	FeelNumb     Feeling = "numb"
)

// Feelings lists every feeling in display order.
var Feelings = []Feeling{FeelAching, FeelStiff, FeelSharp, FeelBurning, FeelShooting, FeelTingling, FeelNumb}

// Spread says whether the pain spreads into a leg.
type Spread string

// Spread values.
const (
	SpreadNo     Spread = "no"
	SpreadOneLeg Spread = "one-leg"
	SpreadBoth   Spread = "both-legs"
)

// Spreads lists the spread values in display order.
var Spreads = []Spread{SpreadNo, SpreadOneLeg, SpreadBoth}

// Trigger is something that makes the pain worse.
type Trigger string

// Triggers.
const (
	WorseSitting  Trigger = "sitting"
	WorseStanding Trigger = "standing"
	WorseBending  Trigger = "bending"
	WorseLifting  Trigger = "lifting"
	WorseTwisting Trigger = "twisting"
	WorseWalking  Trigger = "walking"
	WorseLying    Trigger = "lying"
	WorseMornings Trigger = "mornings"
	WorseNights   Trigger = "nights"
	WorseCoughing Trigger = "coughing"
)

// Triggers lists every trigger in display order.
var Triggers = []Trigger{WorseSitting, WorseStanding, WorseBending, WorseLifting, WorseTwisting,
	WorseWalking, WorseLying, WorseMornings, WorseNights, WorseCoughing}

// Relief is something that makes the pain better.
type Relief string

// Reliefs.
const (
	BetterHeat     Relief = "heat"
	BetterMovement Relief = "movement"
	BetterRest     Relief = "rest"
)

// Reliefs lists every relief in display order.
var Reliefs = []Relief{BetterHeat, BetterMovement, BetterRest}

// Move is a movement self-check.
type Move string

// Movement self-checks (seed:000: "simple movement tests (bend, twist, squat)").
const (
	MoveBend       Move = "bend"
	MoveTwistLeft  Move = "twist-left"
	MoveTwistRight Move = "twist-right"
	MoveSquat      Move = "squat"
)

// Moves lists the self-checks in order.
var Moves = []Move{MoveBend, MoveTwistLeft, MoveTwistRight, MoveSquat}

// MoveResult is how a self-check went.
type MoveResult string

// Self-check results.
const (
	MoveNoPain     MoveResult = "no-pain"
	MoveSomePain   MoveResult = "some-pain"
	MoveTooPainful MoveResult = "too-painful" // too painful to try
)

// MoveResults lists the results in order.
var MoveResults = []MoveResult{MoveNoPain, MoveSomePain, MoveTooPainful}

// Task is an everyday function item (seed:000 "Measuring Progress").
type Task string

// Function tasks.
const (
	TaskGroceries Task = "groceries"  // lift a bag of groceries
	TaskSideSleep Task = "side-sleep" // sleep on your side
	TaskSit30     Task = "sit-30"     // sit for 30 minutes
)

// Tasks lists the function tasks in order.
var Tasks = []Task{TaskGroceries, TaskSideSleep, TaskSit30}

// Ability is how well the client manages a task today.
type Ability string

// Abilities.
const (
	AbleEasy   Ability = "easy"
	AbleHard   Ability = "hard"
	AbleCannot Ability = "cannot"
)

// Abilities lists the abilities in order.
var Abilities = []Ability{AbleEasy, AbleHard, AbleCannot}

// Quality is sleep quality.
type Quality string

// Sleep qualities.
const (
	SleepGood Quality = "good"
	SleepFair Quality = "fair"
	SleepPoor Quality = "poor"
)

// Qualities lists sleep qualities in order.
var Qualities = []Quality{SleepGood, SleepFair, SleepPoor}

// Stiffness is how long morning stiffness lasts.
type Stiffness string

// Morning stiffness values.
const (
	StiffNone  Stiffness = "none"
	StiffShort Stiffness = "under-30"
	StiffLong  Stiffness = "over-30"
)

// Stiffnesses lists the values in order.
var Stiffnesses = []Stiffness{StiffNone, StiffShort, StiffLong}

// Goal is what the client wants from the visit.
type Goal string

// Goals (seed:003 "Back Massage Benefits at a Glance").
const (
	GoalRelief   Goal = "relief"
	GoalRelax    Goal = "relax"
	GoalPosture  Goal = "posture"
	GoalMobility Goal = "mobility"
	GoalRecovery Goal = "recovery"
)

// Goals lists the goals in display order.
var Goals = []Goal{GoalRelief, GoalRelax, GoalPosture, GoalMobility, GoalRecovery}

// Condition is a health condition from the checklist.
type Condition string

// Health conditions (clinical-sources §1 "Proceed with cautions"; seed:003
// "When Massage Might Not Be Enough": osteoporosis, spinal stenosis).
const (
	CondOsteoporosis  Condition = "osteoporosis"
	CondStenosis      Condition = "stenosis"
	CondDisc          Condition = "disc" // herniated or bulging disc
	CondSurgery       Condition = "surgery"
	CondCancer        Condition = "cancer"   // now or before
	CondClots         Condition = "clots"    // blood clots / DVT
	CondBleeding      Condition = "bleeding" // bleeding disorder or blood thinners
	CondBloodPressure Condition = "blood-pressure"
	CondHeart         Condition = "heart"
	CondDiabetes      Condition = "diabetes"
	CondInjury        Condition = "injury" // recent injury or accident
)

// Conditions lists the conditions in display order.
var Conditions = []Condition{CondOsteoporosis, CondStenosis, CondDisc, CondSurgery, CondCancer,
	CondClots, CondBleeding, CondBloodPressure, CondHeart, CondDiabetes, CondInjury}

// SurgeryWhen is how long ago the surgery was.
type SurgeryWhen string

// Surgery timing. Surgery in the last ~6 weeks needs a doctor first (clinical-sources §1).
const (
	SurgeryRecent SurgeryWhen = "under-6-weeks"
	SurgeryYear   SurgeryWhen = "under-1-year"
	SurgeryOlder  SurgeryWhen = "over-1-year"
)

// SurgeryWhens lists the timings in order.
var SurgeryWhens = []SurgeryWhen{SurgeryRecent, SurgeryYear, SurgeryOlder}

// Allergy is an allergy relevant to massage products.
type Allergy string

// Allergies (seed:001: coconut, almond oil, unscented lotion).
const (
	AllergyNutOil    Allergy = "nut-oils" // almond, coconut and other nut oils
	AllergyFragrance Allergy = "fragrance"
	AllergyLatex     Allergy = "latex"
)

// Allergies lists the allergies in display order.
var Allergies = []Allergy{AllergyNutOil, AllergyFragrance, AllergyLatex}

// SkinIssue is a local skin or tissue problem the therapist must avoid.
type SkinIssue string

// Skin issues (seed:002 "Safety and When to Stop": avoid these areas).
const (
	SkinWound     SkinIssue = "wound" // open or healing
	SkinRash      SkinIssue = "rash"
	SkinInfection SkinIssue = "infection"
	SkinSwelling  SkinIssue = "swelling"
	SkinBruise    SkinIssue = "bruise"
	SkinVaricose  SkinIssue = "varicose"
	SkinInjury    SkinIssue = "injury"
)

// SkinIssues lists the skin issues in display order.
var SkinIssues = []SkinIssue{SkinWound, SkinRash, SkinInfection, SkinSwelling, SkinBruise, SkinVaricose, SkinInjury}

// Training is how recently the client trained hard.
type Training string

// Training recency (seed:000 FAQ Q4: wait 24–48 h after intense exercise).
const (
	TrainedUnder24 Training = "under-24h"
	Trained24to48  Training = "24-48h"
	TrainedNo      Training = "no"
)

// Trainings lists the values in order.
var Trainings = []Training{TrainedUnder24, Trained24to48, TrainedNo}

// Talk is whether the client likes to talk during the session.
type Talk string

// Talk preferences (seed:001: quiet helps relaxation; check-ins only).
const (
	TalkYes    Talk = "talk"
	TalkQuiet  Talk = "quiet"
	TalkEither Talk = "either"
)

// Talks lists the values in order.
var Talks = []Talk{TalkQuiet, TalkYes, TalkEither}

// Warmth is the preferred room warmth.
type Warmth string

// Warmth preferences (seed:001: warmth helps muscles relax).
const (
	WarmthWarm   Warmth = "warm"
	WarmthNormal Warmth = "normal"
	WarmthCool   Warmth = "cool"
)

// Warmths lists the values in order.
var Warmths = []Warmth{WarmthWarm, WarmthNormal, WarmthCool}

// Oil is the preferred massage medium.
type Oil string

// Oil preferences (seed:001: oil, or a basic unscented lotion).
const (
	OilAny       Oil = "oil"
	OilUnscented Oil = "unscented"
	OilNone      Oil = "no-preference"
)

// Oils lists the values in order.
var Oils = []Oil{OilAny, OilUnscented, OilNone}

// CallName is what to call the client: the first name an older draft asked
// for, else the first word of the typed signature (issue 17: the name is
// asked once, at the agreement), or "" before the client has signed.
func (a *Answers) CallName() string {
	if n := strings.TrimSpace(a.FirstName); n != "" {
		return n
	}
	if f := strings.Fields(a.ConsentName); len(f) > 0 {
		return f[0]
	}
	return ""
}
