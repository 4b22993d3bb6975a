package outcome

import (
	"kneadform/app/clinic"
	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// urgentPage interrupts the intake the moment an answer calls for
// emergency care (app/triage tier Emergency). It offers a tap-to-call link
// for the emergency number and the clinic; the answers stay saved.
type urgentPage struct {
	app.Compo
	st      *store.Store // the client's state (app/ui/store)
	outcome triage.Outcome
}

// NewUrgent is the /urgent page over st's answers.
func NewUrgent(st *store.Store) app.Composer { return &urgentPage{st: st} }

func (p *urgentPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.outcome = triage.Evaluate(p.st.Session.Answers())
		shell.Step("urgent")
		shell.Tier(p.outcome.Tier)
		ctx.Page().SetTitle(kit.T("urgent.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *urgentPage) Render() app.UI {
	if kit.Crashed() {
		return kit.CrashView()
	}
	if p.outcome.Tier != triage.Emergency {
		// Reached by a stale link or after changing the answer.
		return app.Div().Class("layout").Body(shell.Banner(), kit.Page("urgent-none", kit.T("urgent.none.title"),
			app.P().Text(kit.T("urgent.none.body")),
			app.A().Class("button").Href("/intake").Text(kit.T("urgent.back")),
		), shell.Footer(p.st))
	}
	number := emergencyConfig().EmergencyNumber()
	reasons := []app.UI{}
	for _, f := range p.outcome.Fired {
		if f.Tier == triage.Emergency {
			reasons = append(reasons, app.Li().Text(kit.T(f.ClientKey)))
		}
	}
	return app.Div().Class("layout layout--urgent").Body(
		app.Main().ID("main").Class("page page-urgent").Role("alert").Body(
			app.H1().ID("page-heading").TabIndex(-1).Text(kit.T("urgent.title")),
			app.P().Class("lead").Text(kit.T("urgent.lead")),
			app.A().ID("call-emergency").Class("button button--call").Href(clinic.TelURI(number)).
				Text(kit.T("urgent.call", "number", number)),
			app.H2().Text(kit.T("urgent.why")),
			app.Ul().Class("bullets").Body(reasons...),
			app.P().Text(kit.T("urgent.not-massage")),
			app.If(clinic.Current.Phone != "", func() app.UI {
				return app.P().Body(
					app.Text(kit.T("urgent.clinic")+" "),
					app.A().ID("call-clinic").Href(clinic.TelURI(clinic.Current.Phone)).Text(clinic.Current.Phone),
				)
			}),
			app.H2().Text(kit.T("urgent.saved.title")),
			app.P().Text(kit.T("urgent.saved.body")),
			app.Div().Class("actions").Body(
				app.A().ID("urgent-change").Class("button button--secondary").
					Href(kit.StepURL(intake.StepSafety)).Text(kit.T("urgent.change")),
			),
		),
		shell.Footer(p.st),
	)
}

// emergencyConfig is the clinic configuration, with the region taken from
// the browser's language ("en-US" → US) when the clinic did not set one.
func emergencyConfig() clinic.Config {
	c := clinic.Current
	if c.Region == "" && app.IsClient {
		func() {
			defer func() { _ = recover() }()
			c.Region = clinic.RegionFromLocale(app.Window().Get("navigator").Get("language").String())
		}()
	}
	return c
}
