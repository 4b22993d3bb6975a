package pressurewalk

import (
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *pressurePage) Render() app.UI {
	if kit.Crashed() {
		return kit.CrashView()
	}
	if p.screen == "" {
		return kit.Page("pressure", kit.T("loading"))
	}
	if p.wait {
		return p.waitView()
	}
	i := pscreenIndex(p.screen)
	back := "/summary"
	if i > 0 {
		back = pressureURL(pscreens[i-1].id)
	}
	label := kit.T("nav.continue")
	if p.screen == "done" {
		label = kit.T("pressure.walk.done.back")
	}
	return app.Div().Class("layout").Body(
		shell.Banner(),
		app.Main().ID("main").Class("page page-pressure pressure-"+p.screen).Body(
			app.A().Class("back-link").Href(back).Text(kit.T("nav.back")),
			kit.NoticeBox(p.notice),
			app.P().Class("progress").Text(kit.T("progress", "n", i+1, "total", len(pscreens))),
			kit.ErrorSummary(p.errors, p.fieldLabels(), func(ctx app.Context, id string) { kit.FocusID(ctx, id) }),
			app.H1().ID("page-heading").TabIndex(-1).Class("step-heading").Text(kit.T(pscreens[i].title)),
			app.Form().ID("pressure-form").Attr("novalidate", true).
				OnSubmit(kit.On(func(ctx app.Context, ev app.Event) {
					ev.PreventDefault()
					p.next(ctx)
				})).Body(
				p.screenBody(),
				app.Div().Class("actions").Body(
					kit.SubmitButton("continue", label),
				),
			),
		),
		shell.Footer(p.st),
	)
}

func (p *pressurePage) screenBody() app.UI {
	switch p.screen {
	case "scale":
		return p.scaleScreen()
	case "signs":
		return p.signsScreen()
	case "speak":
		return p.speakScreen()
	case "regions":
		return p.regionsScreen()
	case "tender":
		return p.tenderScreen()
	case "techniques":
		return p.guideScreen()
	case "done":
		return p.doneScreen()
	}
	return nil
}

// waitView is shown instead of every screen when there is no massage today.
func (p *pressurePage) waitView() app.UI {
	o := p.outcome
	primary := app.A().ID("pressure-back").Class("button").Href("/summary").Text(kit.T("pressure.walk.done.back"))
	var urgent app.UI
	if o.Tier == triage.Emergency {
		urgent = app.A().ID("pressure-urgent").Class("button button--warning").Href("/urgent").Text(kit.T("pressure.walk.wait.urgent"))
		primary = primary.Class("button--secondary")
	}
	return app.Div().Class("layout").Body(
		shell.Banner(),
		app.Main().ID("main").Class("page page-pressure pressure-wait").Body(
			app.A().Class("back-link").Href("/summary").Text(kit.T("nav.back")),
			app.H1().ID("page-heading").TabIndex(-1).Class("step-heading").Text(kit.T("pressure.walk.wait.title")),
			app.P().Class("lead").Text(kit.T("pressure.walk.wait.body")),
			kit.ReasonList(o, o.Tier),
			app.P().Text(kit.T("pressure.walk.wait.later")),
			app.Div().Class("actions").Body(urgent, primary),
		),
		shell.Footer(p.st),
	)
}
