package outcome

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// advicePage explains, calmly, why the client should see a doctor first or
// postpone the massage, and lists what to tell the doctor. The intake is
// kept: the client may finish it for later, or stop here.
type advicePage struct {
	app.Compo
	st      *store.Store // the client's state (app/ui/store)
	outcome triage.Outcome
}

// NewAdvice is the /advice page over st's answers.
func NewAdvice(st *store.Store) app.Composer { return &advicePage{st: st} }

func (p *advicePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.outcome = triage.Evaluate(p.st.Session.Answers())
		if p.outcome.Tier == triage.Emergency {
			ctx.Navigate("/urgent")
			return
		}
		shell.Step("advice")
		shell.Tier(p.outcome.Tier)
		ctx.Page().SetTitle(kit.T(p.outcome.Tier.MsgKey()+".title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *advicePage) Render() app.UI {
	if kit.Crashed() {
		return kit.CrashView()
	}
	o := p.outcome
	if !o.Tier.NoMassage() {
		return app.Div().Class("layout").Body(shell.Banner(), kit.Page("advice-none", kit.T("advice.none.title"),
			app.P().Text(kit.T("advice.none.body")),
			app.A().Class("button").Href("/intake").Text(kit.T("nav.continue")),
		), shell.Footer(p.st))
	}
	return app.Div().Class("layout").Body(
		shell.Banner(),
		app.Main().ID("main").Class("page page-advice tier-"+o.Tier.String()).Body(
			app.H1().ID("page-heading").TabIndex(-1).Text(kit.T(o.Tier.MsgKey()+".title")),
			app.P().Class("lead").Text(kit.T(o.Tier.MsgKey()+".body")),
			kit.ReasonList(o, o.Tier),
			app.If(len(o.DoctorList) > 0, func() app.UI {
				items := make([]app.UI, len(o.DoctorList))
				for i, k := range o.DoctorList {
					items[i] = app.Li().Text(kit.T(k))
				}
				return app.Div().Class("panel").Body(
					app.H2().Text(kit.T("advice.tell-doctor")),
					app.Ul().ID("doctor-list").Class("bullets").Body(items...),
				)
			}),
			app.P().Text(kit.T("advice.not-diagnosis")),
			app.H2().Text(kit.T("advice.keep.title")),
			app.P().Text(kit.T("advice.keep.body")),
			app.Div().Class("actions").Body(
				app.A().ID("advice-continue").Class("button").Href("/intake").Text(kit.T("advice.continue")),
				app.A().ID("advice-change").Class("button button--secondary").
					Href(kit.StepURL(intake.StepSafety)).Text(kit.T("advice.change")),
			),
		),
		shell.Footer(p.st),
	)
}
