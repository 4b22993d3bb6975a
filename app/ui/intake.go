package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// intakePage renders one intake step, chosen by the URL (/intake/<step>).
type intakePage struct {
	app.Compo
}

func (p *intakePage) Render() app.UI {
	return app.Main().ID("main").Body(app.H1().Text("intake"))
}
