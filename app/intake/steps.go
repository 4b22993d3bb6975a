package intake

// Step is one page of the intake ("one thing per page"). Its id appears in the
// page URL (/intake/<id>), never an answer.
type Step string

// The intake steps.
const (
	StepAbout     Step = "about"
	StepPregnancy Step = "pregnancy"
	StepDaily     Step = "daily"
	StepSafety    Step = "safety"
	StepWhere     Step = "where"
	StepPain      Step = "pain"
	StepOnset     Step = "onset"
	StepFeel      Step = "feel"
	StepWorse     Step = "worse"
	StepMoves     Step = "moves"
	StepFunction  Step = "function"
	StepGoals     Step = "goals"
	StepHealth    Step = "health"
	StepMedicines Step = "medicines"
	StepSkin      Step = "skin"
	StepTraining  Step = "training"
	StepPrefs     Step = "preferences"
	StepAreas     Step = "areas"
	StepCheck     Step = "check"
	StepConsent   Step = "consent"
)

// Steps is every step in order. The safety questions come early so an
// emergency interrupts before the client has typed much.
var Steps = []Step{
	StepAbout, StepPregnancy, StepDaily, StepSafety, StepWhere, StepPain, StepOnset, StepFeel,
	StepWorse, StepMoves, StepFunction, StepGoals, StepHealth, StepMedicines, StepSkin,
	StepTraining, StepPrefs, StepAreas, StepCheck, StepConsent,
}

// Valid reports whether s is one of Steps.
func (s Step) Valid() bool { return contains(Steps, s) }

// Applies reports whether step s is asked, given the answers so far.
// Conditional steps are asked only when relevant. (The pain step always
// applies: the body-map step requires at least one region, so counting it
// from the start keeps "Step n of N" steady.)
func (s Step) Applies(a *Answers) bool {
	switch s {
	case StepPregnancy:
		// Not asked of the 65+ band; asked of everyone else, including
		// those who have not chosen an age band yet.
		return a.AgeBand != Age65Plus
	}
	return s.Valid()
}

// Flow returns the steps that apply to a, in order.
func Flow(a *Answers) []Step {
	out := make([]Step, 0, len(Steps))
	for _, s := range Steps {
		if s.Applies(a) {
			out = append(out, s)
		}
	}
	return out
}

// Position returns s's 1-based place in a's flow and the flow's length. A
// step that does not apply gets the place of the next step that does.
func Position(a *Answers, s Step) (n, total int) {
	flow := Flow(a)
	idx := indexOf(Steps, s)
	for i, f := range flow {
		if indexOf(Steps, f) >= idx {
			return i + 1, len(flow)
		}
	}
	return len(flow), len(flow)
}

// Next returns the step after s that applies to a, or "" after the last.
func Next(a *Answers, s Step) Step {
	for i := indexOf(Steps, s) + 1; i < len(Steps); i++ {
		if Steps[i].Applies(a) {
			return Steps[i]
		}
	}
	return ""
}

// Prev returns the step before s that applies to a, or "" before the first.
func Prev(a *Answers, s Step) Step {
	for i := indexOf(Steps, s) - 1; i >= 0; i-- {
		if Steps[i].Applies(a) {
			return Steps[i]
		}
	}
	return ""
}

// FirstIncomplete returns the first applicable step whose answers do not
// validate, or "" when every step before consent is complete.
func FirstIncomplete(a *Answers) Step {
	for _, s := range Flow(a) {
		if len(Validate(a, s)) > 0 {
			return s
		}
	}
	return ""
}

func indexOf[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}
