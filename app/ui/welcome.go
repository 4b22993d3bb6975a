package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// welcomePage is the first screen: what this is, how long it takes, and
// that answers stay on the device.
type welcomePage struct {
	app.Compo
}

func (p *welcomePage) Render() app.UI {
	return app.Main().ID("main").Body(
		app.H1().Text(t("welcome.title")),
		app.P().Class("lead").Text(t("welcome.lead")),
		app.P().Text(t("welcome.private")),
		app.Button().ID("start").Class("button").Text(t("welcome.start")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.Navigate("/intake/about") }),
	)
}
