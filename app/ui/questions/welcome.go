package questions

import (
	"kneadform/app/intake"
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
	notice string       // one-time notice about saved answers
}

// NewWelcome is the welcome page (/), reading the client's state from st.
func NewWelcome(st *store.Store) app.Composer { return &welcomePage{st: st} }

func (p *welcomePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.resume = p.st.Session.HasDraft()
		p.notice = p.st.Session.TakeNotice()
		if n := shell.KioskNotice(); n != "" {
			p.notice = n
		}
		shell.Step("welcome")
		ctx.Page().SetTitle(kit.T("app.title"))
	})
}

func (p *welcomePage) Render() app.UI { return shell.NewFrame(p.st).Render(p.main) }

// main says what this is, how long it takes, that answers stay on the
// device, and offers to start (or resume).
func (p *welcomePage) main() app.UI {
	return kit.NewScreen("page page-welcome").Notice(p.notice).
		Heading(kit.T("welcome.title")).Lead(kit.T("welcome.lead")).Render(
		app.Ul().Class("bullets").Body(
			app.Li().Text(kit.T("welcome.point.time")),
			app.Li().Text(kit.T("welcome.point.private")),
			app.Li().Text(kit.T("welcome.point.urgent")),
		),
		app.If(p.resume, func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().ID("resume").Class("button").Href("/intake").Text(kit.T("welcome.resume")),
			)
		}).Else(func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().ID("start").Class("button button--start").Href("/intake/" + string(intake.StepAbout)).
					Text(kit.T("welcome.start")),
			)
		}),
	)
}
