package outcome

import (
	"kneadform/app/clinic"
	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/el"
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
	screened
}

// NewUrgent is the /urgent page over st's answers.
func NewUrgent(st *store.Store) app.Composer { return &urgentPage{screened: screened{st: st}} }

func (p *urgentPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.evaluate()
		p.shown(ctx, "urgent", kit.T("urgent.title"))
	})
}

func (p *urgentPage) Render() app.UI {
	if p.outcome.Tier != triage.Emergency {
		// Reached by a stale link or after changing the answer.
		return shell.NewFrame(p.st).Render(func() app.UI {
			return notNeeded("urgent-none", kit.T("urgent.none.title"), kit.T("urgent.none.body"), kit.T("urgent.back"))
		})
	}
	return shell.NewFrame(p.st).Class("layout layout--urgent").NoBanner().Render(p.main)
}

// main: call the emergency number now, why, and that the answers are kept.
func (p *urgentPage) main() app.UI {
	number := emergencyConfig().EmergencyNumber()
	reasons := []app.UI{}
	for _, f := range p.outcome.Fired {
		if f.Tier == triage.Emergency {
			reasons = append(reasons, el.Li().Text(kit.T(f.ClientKey)))
		}
	}
	return kit.NewScreen("page page-urgent").Role("alert").
		Heading(kit.T("urgent.title")).Lead(kit.T("urgent.lead")).Render(
		el.A().ID("call-emergency").Class("button button--call").Attr("href", clinic.TelURI(number)).
			Text(kit.T("urgent.call", "number", number)),
		el.H2().Text(kit.T("urgent.why")),
		el.Ul().Class("bullets").Body(reasons...),
		el.P().Text(kit.T("urgent.not-massage")),
		app.If(clinic.Current.Phone != "", func() app.UI {
			return el.P().Body(
				app.Text(kit.T("urgent.clinic")+" "),
				el.A().ID("call-clinic").Attr("href", clinic.TelURI(clinic.Current.Phone)).Text(clinic.Current.Phone),
			)
		}),
		el.H2().Text(kit.T("urgent.saved.title")),
		el.P().Text(kit.T("urgent.saved.body")),
		el.Div().Class("actions").Body(
			el.A().ID("urgent-change").Class("button button--secondary").
				Attr("href", kit.StepURL(intake.StepSafety)).Text(kit.T("urgent.change")),
		),
	)
}

// notNeeded is the page shown when /urgent or /advice is reached but the
// answers do not call for it (a stale link, a changed answer): a way back
// to the intake.
func notNeeded(id, title, body, back string) app.UI {
	return kit.Page(id, title,
		el.P().Text(body),
		el.A().Class("button").Attr("href", "/intake").Text(back),
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
