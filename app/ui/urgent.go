package ui

import (
	"kneadform/app/clinic"
	"kneadform/app/intake"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// urgentPage interrupts the intake the moment an answer calls for
// emergency care (app/triage tier Emergency). It offers a tap-to-call link
// for the emergency number and the clinic; the answers stay saved.
type urgentPage struct {
	app.Compo
	outcome triage.Outcome
}

func (p *urgentPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.outcome = triage.Evaluate(sess.answers())
		embedStep("urgent")
		embedTier(p.outcome.Tier)
		ctx.Page().SetTitle(t("urgent.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *urgentPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if p.outcome.Tier != triage.Emergency {
		// Reached by a stale link or after changing the answer.
		return app.Div().Class("layout").Body(banner(), page("urgent-none", t("urgent.none.title"),
			app.P().Text(t("urgent.none.body")),
			app.A().Class("button").Href("/intake").Text(t("urgent.back")),
		), footer())
	}
	number := emergencyConfig().EmergencyNumber()
	reasons := []app.UI{}
	for _, f := range p.outcome.Fired {
		if f.Tier == triage.Emergency {
			reasons = append(reasons, app.Li().Text(t(f.ClientKey)))
		}
	}
	return app.Div().Class("layout layout--urgent").Body(
		app.Main().ID("main").Class("page page-urgent").Role("alert").Body(
			app.H1().ID("page-heading").TabIndex(-1).Text(t("urgent.title")),
			app.P().Class("lead").Text(t("urgent.lead")),
			app.A().ID("call-emergency").Class("button button--call").Href(clinic.TelURI(number)).
				Text(t("urgent.call", "number", number)),
			app.H2().Text(t("urgent.why")),
			app.Ul().Class("bullets").Body(reasons...),
			app.P().Text(t("urgent.not-massage")),
			app.If(clinic.Current.Phone != "", func() app.UI {
				return app.P().Body(
					app.Text(t("urgent.clinic")+" "),
					app.A().ID("call-clinic").Href(clinic.TelURI(clinic.Current.Phone)).Text(clinic.Current.Phone),
				)
			}),
			app.H2().Text(t("urgent.saved.title")),
			app.P().Text(t("urgent.saved.body")),
			app.Div().Class("actions").Body(
				app.A().ID("urgent-change").Class("button button--secondary").
					Href(stepURL(intake.StepSafety)).Text(t("urgent.change")),
			),
		),
		footer(),
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
