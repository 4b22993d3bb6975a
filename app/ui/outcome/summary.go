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

// summaryPage is shown when the client finishes: the outcome in plain words
// (what the therapist will adapt and why, or why a doctor comes first), a
// mini body map, and all the answers.
type summaryPage struct {
	app.Compo
	st      *store.Store // the client's state (app/ui/store)
	answers *intake.Answers
	outcome triage.Outcome
	done    bool
	panels  []Panel // what other features add under the outcome
}

// Panel is a section another feature adds to the summary page, under the
// outcome (the hand-off, the pressure choices, the self-care routine). It
// renders nothing (nil) when it has nothing to say.
type Panel func() app.UI

// NewSummary is the summary page (/summary) over st's answers, with the
// panels in the order given.
func NewSummary(st *store.Store, panels ...Panel) app.Composer {
	return &summaryPage{st: st, panels: panels}
}

func (p *summaryPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.answers = p.st.Session.Answers()
		p.done = p.st.Session.Draft.Done
		if !p.done {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.outcome = triage.Evaluate(p.answers)
		shell.Step("summary")
		ctx.Page().SetTitle(kit.T("summary.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *summaryPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.done || p.answers == nil, "summary").Render(p.main)
}

// main: the outcome, the other features' panels, the body map and every
// answer.
func (p *summaryPage) main() app.UI {
	a, o := p.answers, p.outcome
	body := []app.UI{outcomePanel(o)}
	for _, panel := range p.panels {
		body = append(body, panel())
	}
	body = append(body,
		el.H2().Text(kit.T("summary.map")),
		kit.BodyMap("bodymap-summary", kit.T("summary.map.caption"), outcomeRegions(a, o), kit.PainLabel(a), nil),
		el.H2().Text(kit.T("summary.answers")),
		kit.AnswerList(a),
		el.Div().Class("actions").Body(
			el.A().ID("summary-change").Class("button button--secondary").
				Attr("href", kit.StepURL(intake.StepCheck)).Text(kit.T("summary.change")),
		),
	)
	return kit.NewScreen("page page-summary").Heading(kit.T("summary.title")).Lead(kit.T("summary.lead")).Render(body...)
}

// outcomeRegions marks, on the summary's body map, the regions to avoid and
// the ones the client chose.
func outcomeRegions(a *intake.Answers, o triage.Outcome) func(intake.Region) string {
	avoid := map[intake.Region]bool{}
	for _, ar := range o.Avoid {
		avoid[ar.Region] = true
	}
	return func(r intake.Region) string {
		switch {
		case avoid[r]:
			return "avoid"
		case a.HasRegion(r):
			return "on"
		}
		return ""
	}
}

// outcomePanel tells the client, in plain words, what the screen found.
func outcomePanel(o triage.Outcome) app.UI {
	key := o.Tier.MsgKey()
	body := []app.UI{
		el.H2().Text(kit.T(key + ".title")),
		el.P().Text(kit.T(key + ".body")),
	}
	if o.Tier == triage.Cautions {
		items := []app.UI{}
		seen := map[string]bool{}
		for _, f := range o.Fired {
			if f.Tier == triage.Cautions && !seen[f.ClientKey] {
				seen[f.ClientKey] = true
				items = append(items, el.Li().Text(kit.T(f.ClientKey)))
			}
		}
		body = append(body, el.Ul().ID("adaptations").Class("bullets").Body(items...))
		if len(o.Avoid) > 0 {
			areas := make([]app.UI, 0, len(o.Avoid))
			for _, ar := range o.Avoid {
				areas = append(areas, el.Li().Text(kit.T("region."+string(ar.Region))))
			}
			body = append(body, el.H3().Text(kit.T("summary.avoid")), el.Ul().ID("avoid-areas").Class("bullets").Body(areas...))
		}
	} else if o.Tier.NoMassage() || o.Tier == triage.Emergency {
		body = append(body, kit.ReasonList(o, o.Tier))
	}
	body = append(body, frequencyView(o.Frequency))
	return el.Section().ID("outcome").Class("panel outcome tier-" + o.Tier.String()).Body(body...)
}

// frequencyView is how often to come and every reason for it (one per
// frequency row that shaped it: the course, then the rhythm), or nothing
// when the rules suggest no frequency (see a doctor, emergency).
func frequencyView(f *triage.Frequency) app.UI {
	if f == nil {
		return nil
	}
	why := make([]app.UI, len(f.WhyKeys))
	for i, k := range f.WhyKeys {
		why[i] = el.Li().Text(kit.T(k))
	}
	return el.Div().ID("summary-frequency").Class("summary-frequency").Body(
		el.H3().Text(kit.T("summary.frequency")),
		el.P().ID("summary-frequency-text").Text(kit.T(f.ClientKey)),
		app.If(len(why) > 0, func() app.UI {
			return el.Div().Body(
				el.P().Text(kit.T("summary.frequency.why")),
				el.Ul().ID("summary-frequency-why").Class("bullets").Body(why...),
			)
		}),
	)
}
