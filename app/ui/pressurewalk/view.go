package pressurewalk

import (
	"kneadform/app/triage"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *pressurePage) Render() app.UI {
	f := shell.NewFrame(p.st).Loading(p.screen == "", "pressure")
	if p.wait {
		return f.Render(p.waitView)
	}
	return f.Render(p.main)
}

// main is one screen of the walkthrough: back, where the client is, the
// errors, the heading, and the screen's content in a form.
func (p *pressurePage) main() app.UI {
	i := pscreenIndex(p.screen)
	back := "/summary"
	if i > 0 {
		back = pressureURL(pscreens[i-1].id)
	}
	label := kit.T("nav.continue")
	if p.screen == "done" {
		label = kit.T("pressure.walk.done.back")
	}
	return kit.NewScreen("page page-pressure pressure-"+p.screen).Back(back, kit.T("nav.back")).
		Notice(p.notice).Progress(kit.T("progress", "n", i+1, "total", len(pscreens))).
		Errors(p.errors, p.fieldLabels()).Heading(kit.T(pscreens[i].title), "step-heading").
		Render(kit.StepForm("pressure-form", label, p.next, p.screenBody()))
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
	primary := el.A().ID("pressure-back").Class("button").Attr("href", "/summary").Text(kit.T("pressure.walk.done.back"))
	var urgent app.UI
	if o.Tier == triage.Emergency {
		urgent = el.A().ID("pressure-urgent").Class("button button--warning").Attr("href", "/urgent").Text(kit.T("pressure.walk.wait.urgent"))
		primary = primary.Class("button--secondary")
	}
	return kit.NewScreen("page page-pressure pressure-wait").Back("/summary", kit.T("nav.back")).
		Heading(kit.T("pressure.walk.wait.title"), "step-heading").Lead(kit.T("pressure.walk.wait.body")).Render(
		kit.ReasonList(o, o.Tier),
		el.P().Text(kit.T("pressure.walk.wait.later")),
		el.Div().Class("actions").Body(urgent, primary),
	)
}
