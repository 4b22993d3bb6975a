package questions

import (
	"kneadform/app/intake"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// welcomePage is the first screen: what this is, how long it takes, that
// answers stay on the device, and, for a returning client, where to resume.
type welcomePage struct {
	app.Compo
	st     *store.Store // the client's state (app/ui/store)
	resume bool         // a draft exists on this device
	done   bool         // the client finished the intake on this device
	notice string       // one-time notice about saved answers
}

// NewWelcome is the welcome page (/), reading the client's state from st.
func NewWelcome(st *store.Store) app.Composer { return &welcomePage{st: st} }

func (p *welcomePage) OnNav(ctx app.Context) {
	resume, done, notice := p.resume, p.done, p.notice
	kit.Guard(ctx, func() {
		p.resume = p.st.Session.HasDraft()
		p.done = p.resume && p.st.Session.Draft.Done
		p.notice = p.st.Session.TakeNotice()
		if n := shell.KioskNotice(); n != "" {
			p.notice = n
		}
		shell.Step("welcome")
		ctx.Page().SetTitle(kit.T("app.title"))
		kit.FocusID(ctx, "page-heading")
	})
	if p.resume == resume && p.done == done && p.notice == notice {
		kit.Unchanged(ctx) // a new client: the page as mounted
	}
}

func (p *welcomePage) Render() app.UI { return shell.NewFrame(p.st).Render(p.main) }

// main says what this is, how long it takes, that answers stay on the
// device, and offers to start (or resume).
func (p *welcomePage) main() app.UI {
	return kit.NewScreen("page page-welcome").Notice(p.notice).
		Heading(kit.T("welcome.title")).Lead(kit.T("welcome.lead")).Render(
		el.Ul().Class("bullets").Body(
			el.Li().Text(kit.T("welcome.point.time")),
			el.Li().Text(kit.T("welcome.point.private")),
			el.Li().Text(kit.T("welcome.point.urgent")),
		),
		app.If(p.done, p.finished).ElseIf(p.resume, func() app.UI {
			return el.Div().Class("actions").Body(
				el.A().ID("resume").Class("button").Attr("href", "/intake").Text(kit.T("welcome.resume")),
			)
		}).Else(func() app.UI {
			return el.Div().Class("actions").Body(
				el.A().ID("start").Class("button button--start").Attr("href", "/intake/"+string(intake.StepAbout)).
					Text(kit.T("welcome.start")),
			)
		}),
	)
}

// Where a finished client goes from the welcome page, one tap each. The
// paths are the routes of the outcome, share and selfcare features
// (app/ui/routes.go), which this feature does not import.
const (
	pathSummary = "/summary"
	pathShare   = "/share"
	pathRoutine = "/self-care"
)

// finished offers a client who has finished the intake their summary, the
// share page and their routine (never a loop back into the questions).
func (p *welcomePage) finished() app.UI {
	return el.Div().Class("actions").Body(
		el.A().ID("welcome-summary").Class("button").Attr("href", pathSummary).Text(kit.T("welcome.done.summary")),
		el.A().ID("welcome-share").Class("button button--secondary").Attr("href", pathShare).Text(kit.T("welcome.done.share")),
		el.A().ID("welcome-routine").Class("button button--secondary").Attr("href", pathRoutine).Text(kit.T("welcome.done.routine")),
	)
}
