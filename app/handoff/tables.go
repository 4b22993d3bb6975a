package handoff

// The value lists format version 1 was defined with, frozen here: the
// format stores a value as its index in one of these lists, so the lists
// must never change under version 1. TestTablesMatchIntake fails as soon as
// app/intake or app/pressure adds, removes or reorders a value; then
// copy these lists into v1 decoding tables, define version 2 with the new
// lists and bump FormatVersion (docs/handoff-format.md, "Versions").
var (
	v1AgeBands     = []string{"under-20", "20-34", "35-49", "50-64", "65-plus"}
	v1Tris         = []string{"yes", "no", "unsure"}
	v1Activities   = []string{"desk", "physical", "training", "children", "travel", "retired"}
	v1Flags        = []string{"saddle", "bladder", "both-legs", "weakness", "chest-pain", "accident", "fever", "weight", "cancer", "night", "calf", "surgery", "steroids", "immune", "ill"}
	v1Regions      = []string{"neck", "shoulder-left", "shoulder-right", "between-blades", "mid-left", "mid-right", "low-left", "low-right", "sacrum", "glute-left", "glute-right", "leg-left", "leg-right"}
	v1Durations    = []string{"days", "weeks", "months", "3-months"}
	v1Onsets       = []string{"gradual", "lifting", "sudden", "training", "fall", "unknown"}
	v1Feelings     = []string{"aching", "stiff", "sharp", "burning", "shooting", "tingling", "numb"}
	v1Spreads      = []string{"no", "one-leg", "both-legs"}
	v1Triggers     = []string{"sitting", "standing", "bending", "lifting", "twisting", "walking", "lying", "mornings", "nights", "coughing"}
	v1Reliefs      = []string{"heat", "movement", "rest"}
	v1Moves        = []string{"bend", "twist-left", "twist-right", "squat"}
	v1MoveResults  = []string{"no-pain", "some-pain", "too-painful"}
	v1Tasks        = []string{"groceries", "side-sleep", "sit-30"}
	v1Abilities    = []string{"easy", "hard", "cannot"}
	v1Qualities    = []string{"good", "fair", "poor"}
	v1Stiffnesses  = []string{"none", "under-30", "over-30"}
	v1Goals        = []string{"relief", "relax", "posture", "mobility", "recovery"}
	v1Conditions   = []string{"osteoporosis", "stenosis", "disc", "surgery", "cancer", "clots", "bleeding", "blood-pressure", "heart", "diabetes", "injury"}
	v1SurgeryWhens = []string{"under-6-weeks", "under-1-year", "over-1-year"}
	v1Allergies    = []string{"nut-oils", "fragrance", "latex"}
	v1SkinIssues   = []string{"wound", "rash", "infection", "swelling", "bruise", "varicose", "injury"}
	v1Trainings    = []string{"under-24h", "24-48h", "no"}
	v1Talks        = []string{"quiet", "talk", "either"}
	v1Warmths      = []string{"warm", "normal", "cool"}
	v1Oils         = []string{"oil", "unscented", "no-preference"}
	v1Signals      = []string{"word", "hand"}
	v1CheckIns     = []string{"often", "now-and-then", "only-if-i-say"}
)

// v1MaxLevel is the top of the pressure scale and of the pain scale (0–10).
const v1MaxLevel = 10

// v1MaxWeeks is intake.MaxPregnancyWeeks when version 1 was defined.
const v1MaxWeeks = 42

// indexOf returns v's index in table, or -1.
func indexOf[T ~string](table []string, v T) int {
	for i, s := range table {
		if s == string(v) {
			return i
		}
	}
	return -1
}
