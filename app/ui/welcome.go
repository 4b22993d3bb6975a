package ui

import (
	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// welcomePage is the first screen: what this is, how long it takes, that
// answers stay on the device, and, for a returning client, where to resume.
type welcomePage struct {
	app.Compo
	resume bool   // a draft exists on this device
	notice string // one-time notice about saved answers
}

func (p *welcomePage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.resume = sess.hasDraft()
		p.notice = sess.takeNotice()
		if n := kioskNotice(); n != "" {
			p.notice = n
		}
		embedStep("welcome")
		ctx.Page().SetTitle(t("app.title"))
	})
}

func (p *welcomePage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-welcome").Body(
			noticeBox(p.notice),
			app.H1().ID("page-heading").TabIndex(-1).Text(t("welcome.title")),
			app.P().Class("lead").Text(t("welcome.lead")),
			app.Ul().Class("bullets").Body(
				app.Li().Text(t("welcome.point.time")),
				app.Li().Text(t("welcome.point.private")),
				app.Li().Text(t("welcome.point.urgent")),
			),
			app.If(p.resume, func() app.UI {
				return app.Div().Class("actions").Body(
					app.A().ID("resume").Class("button").Href("/intake").Text(t("welcome.resume")),
				)
			}).Else(func() app.UI {
				return app.Div().Class("actions").Body(
					app.A().ID("start").Class("button button--start").Href("/intake/" + string(intake.StepAbout)).
						Text(t("welcome.start")),
				)
			}),
		),
		footer(),
	)
}
