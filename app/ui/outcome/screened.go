package outcome

import (
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// screened is what the emergency and advice pages share: the client's
// state, and the outcome of the clinical rules on their answers, evaluated
// again on every visit (the answers may have changed).
type screened struct {
	st      *store.Store // the client's state (app/ui/store)
	outcome triage.Outcome
}

// evaluate runs the rules on the client's answers and returns the tier.
func (s *screened) evaluate() triage.Tier {
	s.outcome = triage.Evaluate(s.st.Session.Answers())
	return s.outcome.Tier
}

// shown tells the embedding page which screen shows and the tier, sets the
// page title and moves focus to the heading.
func (s *screened) shown(ctx app.Context, step, title string) {
	shell.Step(step)
	shell.Tier(s.outcome.Tier)
	ctx.Page().SetTitle(title + " – " + kit.T("app.name"))
	kit.FocusID(ctx, "page-heading")
}
