package ui

import (
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// summaryPage is shown when the client finishes: the outcome in plain words
// (what the therapist will adapt and why, or why a doctor comes first), a
// mini body map, and all the answers.
type summaryPage struct {
	app.Compo
	answers *intake.Answers
	outcome triage.Outcome
	done    bool
}

func (p *summaryPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.answers = sess.answers()
		p.done = sess.draft.Done
		if !p.done {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.outcome = triage.Evaluate(p.answers)
		embedStep("summary")
		ctx.Page().SetTitle(t("summary.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *summaryPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if !p.done || p.answers == nil {
		return page("summary", t("loading"))
	}
	a, o := p.answers, p.outcome
	avoid := map[intake.Region]bool{}
	for _, ar := range o.Avoid {
		avoid[ar.Region] = true
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-summary").Body(
			app.H1().ID("page-heading").TabIndex(-1).Text(t("summary.title")),
			app.P().Class("lead").Text(t("summary.lead")),
			outcomePanel(o),
			handoffPanel(),
			pressureSummary(),
			selfCareLink(),
			app.H2().Text(t("summary.map")),
			bodyMap("bodymap-summary", t("summary.map.caption"),
				func(r intake.Region) string {
					switch {
					case avoid[r]:
						return "avoid"
					case a.HasRegion(r):
						return "on"
					}
					return ""
				}, painLabel(a), nil),
			app.H2().Text(t("summary.answers")),
			checkList(a),
			app.Div().Class("actions").Body(
				app.A().ID("summary-change").Class("button button--secondary").
					Href(stepURL(intake.StepCheck)).Text(t("summary.change")),
			),
		),
		footer(),
	)
}

// outcomePanel tells the client, in plain words, what the screen found.
func outcomePanel(o triage.Outcome) app.UI {
	key := o.Tier.MsgKey()
	body := []app.UI{
		app.H2().Text(t(key + ".title")),
		app.P().Text(t(key + ".body")),
	}
	if o.Tier == triage.Cautions {
		items := []app.UI{}
		seen := map[string]bool{}
		for _, f := range o.Fired {
			if f.Tier == triage.Cautions && !seen[f.ClientKey] {
				seen[f.ClientKey] = true
				items = append(items, app.Li().Text(t(f.ClientKey)))
			}
		}
		body = append(body, app.Ul().ID("adaptations").Class("bullets").Body(items...))
		if len(o.Avoid) > 0 {
			areas := make([]app.UI, 0, len(o.Avoid))
			for _, ar := range o.Avoid {
				areas = append(areas, app.Li().Text(t("region."+string(ar.Region))))
			}
			body = append(body, app.H3().Text(t("summary.avoid")), app.Ul().ID("avoid-areas").Class("bullets").Body(areas...))
		}
	} else if o.Tier.NoMassage() || o.Tier == triage.Emergency {
		body = append(body, reasonList(o, o.Tier))
	}
	return app.Section().ID("outcome").Class("panel outcome tier-" + o.Tier.String()).Body(body...)
}

// checkList is the read-only list of answers.
func checkList(a *intake.Answers) app.UI {
	sections := summary.Sections(a, catalog)
	out := make([]app.UI, 0, len(sections))
	for _, s := range sections {
		rows := make([]app.UI, 0, len(s.Rows))
		for _, r := range s.Rows {
			rows = append(rows, app.Div().Class("summary-row").Body(
				app.Dt().Class("summary-key").Text(r.Label),
				app.Dd().Class("summary-value").Text(r.Value),
			))
		}
		out = append(out, app.Section().Class("summary-section").Body(
			app.H3().Text(s.Title),
			app.Dl().Class("summary-list").Body(rows...),
		))
	}
	return app.Div().Class("check").Body(out...)
}
