package outcome

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/el"
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
	screened
}

// NewAdvice is the /advice page over st's answers.
func NewAdvice(st *store.Store) app.Composer { return &advicePage{screened: screened{st: st}} }

func (p *advicePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		if p.evaluate() == triage.Emergency {
			ctx.Navigate("/urgent")
			return
		}
		p.shown(ctx, "advice", kit.T(p.outcome.Tier.MsgKey()+".title"))
	})
}

func (p *advicePage) Render() app.UI {
	if !p.outcome.Tier.NoMassage() {
		return shell.NewFrame(p.st).Render(func() app.UI {
			return notNeeded("advice-none", kit.T("advice.none.title"), kit.T("advice.none.body"), kit.T("nav.continue"))
		})
	}
	return shell.NewFrame(p.st).Render(p.main)
}

// main: why a doctor comes first (or the massage waits), what to tell the
// doctor, and that the answers are kept.
func (p *advicePage) main() app.UI {
	o := p.outcome
	return kit.NewScreen("page page-advice tier-"+o.Tier.String()).
		Heading(kit.T(o.Tier.MsgKey()+".title")).Lead(kit.T(o.Tier.MsgKey()+".body")).Render(
		kit.ReasonList(o, o.Tier),
		app.If(len(o.DoctorList) > 0, func() app.UI {
			items := make([]app.UI, len(o.DoctorList))
			for i, k := range o.DoctorList {
				items[i] = el.Li().Text(kit.T(k))
			}
			return el.Div().Class("panel").Body(
				el.H2().Text(kit.T("advice.tell-doctor")),
				el.Ul().ID("doctor-list").Class("bullets").Body(items...),
			)
		}),
		el.P().Text(kit.T("advice.not-diagnosis")),
		el.H2().Text(kit.T("advice.keep.title")),
		el.P().Text(kit.T("advice.keep.body")),
		el.Div().Class("actions").Body(
			el.A().ID("advice-continue").Class("button").Attr("href", "/intake").Text(kit.T("advice.continue")),
			el.A().ID("advice-change").Class("button button--secondary").
				Attr("href", kit.StepURL(intake.StepSafety)).Text(kit.T("advice.change")),
		),
	)
}
