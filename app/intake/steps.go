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
	StepSafety2   Step = "safety-more" // the second half of the safety questions
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
	StepAbout, StepPregnancy, StepDaily, StepSafety, StepSafety2, StepWhere, StepPain, StepOnset, StepFeel,
	StepWorse, StepMoves, StepFunction, StepGoals, StepHealth, StepMedicines, StepSkin,
	StepTraining, StepPrefs, StepAreas, StepCheck, StepConsent,
}

// pageOf names the step whose page also shows a step's questions: short
// related steps share a page (issue 17: fewer pages, fewer taps). Each
// step keeps its own questions, validation and place in the summary.
var pageOf = map[Step]Step{
	// Pregnancy is a row of the second safety page's tick list (flow3).
	StepPregnancy: StepSafety2, StepDaily: StepAbout,
	StepOnset: StepPain,
	// What makes it worse or better, after the everyday tasks, with what
	// the client hopes for (flow3: the short option lists in two columns).
	StepWorse:     StepGoals,
	StepMedicines: StepHealth, StepTraining: StepHealth,
	// Where to avoid is asked once: the skin problems fold into the areas
	// page, on its body map (issue 17).
	StepSkin: StepAreas,
}

// Before reports whether page s comes before page t in the intake.
func (s Step) Before(t Step) bool { return indexOf(Steps, s) < indexOf(Steps, t) }

// Page returns the step whose page shows s's questions (s itself, unless
// s is asked on an earlier step's page).
func (s Step) Page() Step {
	if p, ok := pageOf[s]; ok {
		return p
	}
	return s
}

// Sections returns the steps whose questions page p shows, in order.
func Sections(p Step) []Step {
	var out []Step
	for _, s := range Steps {
		if s.Page() == p {
			out = append(out, s)
		}
	}
	return out
}

// ValidatePage is Validate for every step page p shows that applies to a.
func ValidatePage(a *Answers, p Step) []FieldError {
	var errs []FieldError
	for _, s := range Sections(p) {
		if s.Applies(a) {
			errs = append(errs, Validate(a, s)...)
		}
	}
	return errs
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

// Flow returns the pages that apply to a, in order (a step asked on an
// earlier step's page is not in it).
func Flow(a *Answers) []Step {
	out := make([]Step, 0, len(Steps))
	for _, s := range Steps {
		if s.onPage(a) {
			out = append(out, s)
		}
	}
	return out
}

// Asked returns every step that applies to a, in order, the steps asked on
// another's page included: the sections of the summary.
func Asked(a *Answers) []Step {
	out := make([]Step, 0, len(Steps))
	for _, s := range Steps {
		if s.Applies(a) {
			out = append(out, s)
		}
	}
	return out
}

// onPage reports whether s is a page of a's flow.
func (s Step) onPage(a *Answers) bool { return s.Page() == s && s.Applies(a) }

// Position returns s's 1-based place in a's flow and the flow's length. A
// step that does not apply gets the place of the next step that does; a
// step asked on another's page, that page's place.
func Position(a *Answers, s Step) (n, total int) {
	flow := Flow(a)
	idx := indexOf(Steps, s.Page())
	for i, f := range flow {
		if indexOf(Steps, f) >= idx {
			return i + 1, len(flow)
		}
	}
	return len(flow), len(flow)
}

// Next returns the page after s's page that applies to a, or "" after the last.
func Next(a *Answers, s Step) Step {
	for i := indexOf(Steps, s) + 1; i < len(Steps); i++ {
		if Steps[i].onPage(a) && Steps[i] != s.Page() {
			return Steps[i]
		}
	}
	return ""
}

// Prev returns the page before s's page that applies to a, or "" before the first.
func Prev(a *Answers, s Step) Step {
	for i := indexOf(Steps, s.Page()) - 1; i >= 0; i-- {
		if Steps[i].onPage(a) {
			return Steps[i]
		}
	}
	return ""
}

// FirstIncomplete returns the first page of a's flow whose answers do not
// validate, or "" when every page is complete.
func FirstIncomplete(a *Answers) Step {
	for _, s := range Flow(a) {
		if len(ValidatePage(a, s)) > 0 {
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
