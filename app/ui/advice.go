package ui

import (
	"kneadform/app/intake"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// advicePage explains, calmly, why the client should see a doctor first or
// postpone the massage, and lists what to tell the doctor. The intake is
// kept: the client may finish it for later, or stop here.
type advicePage struct {
	app.Compo
	outcome triage.Outcome
}

func (p *advicePage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.outcome = triage.Evaluate(sess.answers())
		if p.outcome.Tier == triage.Emergency {
			ctx.Navigate("/urgent")
			return
		}
		embedStep("advice")
		embedTier(p.outcome.Tier)
		ctx.Page().SetTitle(t(p.outcome.Tier.MsgKey()+".title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *advicePage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	o := p.outcome
	if !o.Tier.NoMassage() {
		return app.Div().Class("layout").Body(banner(), page("advice-none", t("advice.none.title"),
			app.P().Text(t("advice.none.body")),
			app.A().Class("button").Href("/intake").Text(t("nav.continue")),
		), footer())
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-advice tier-"+o.Tier.String()).Body(
			app.H1().ID("page-heading").TabIndex(-1).Text(t(o.Tier.MsgKey()+".title")),
			app.P().Class("lead").Text(t(o.Tier.MsgKey()+".body")),
			reasonList(o, o.Tier),
			app.If(len(o.DoctorList) > 0, func() app.UI {
				items := make([]app.UI, len(o.DoctorList))
				for i, k := range o.DoctorList {
					items[i] = app.Li().Text(t(k))
				}
				return app.Div().Class("panel").Body(
					app.H2().Text(t("advice.tell-doctor")),
					app.Ul().ID("doctor-list").Class("bullets").Body(items...),
				)
			}),
			app.P().Text(t("advice.not-diagnosis")),
			app.H2().Text(t("advice.keep.title")),
			app.P().Text(t("advice.keep.body")),
			app.Div().Class("actions").Body(
				app.A().ID("advice-continue").Class("button").Href("/intake").Text(t("advice.continue")),
				app.A().ID("advice-change").Class("button button--secondary").
					Href(stepURL(intake.StepSafety)).Text(t("advice.change")),
			),
		),
		footer(),
	)
}

// reasonList lists, in the client's words, the rules that set tier.
func reasonList(o triage.Outcome, tier triage.Tier) app.UI {
	items := []app.UI{}
	seen := map[string]bool{}
	for _, f := range o.Fired {
		if f.Tier == tier && !seen[f.ClientKey] {
			seen[f.ClientKey] = true
			items = append(items, app.Li().Text(t(f.ClientKey)))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Ul().ID("reasons").Class("bullets").Body(items...)
}
