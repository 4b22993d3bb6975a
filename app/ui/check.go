package ui

import (
	"kneadform/app/intake"
	"kneadform/app/summary"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checkAnswers is the GOV.UK "check your answers" list (WCAG 3.3.4): every
// answer with a Change link back to its question. After a change, Continue
// brings the client back here (session.fromCheck).
func checkAnswers(a *intake.Answers) app.UI {
	sections := summary.Sections(a, catalog)
	out := make([]app.UI, 0, len(sections))
	for _, s := range sections {
		s := s
		rows := make([]app.UI, 0, len(s.Rows))
		for _, r := range s.Rows {
			rows = append(rows, app.Div().Class("summary-row").Body(
				app.Dt().Class("summary-key").Text(r.Label),
				app.Dd().Class("summary-value").Text(r.Value),
			))
		}
		out = append(out, app.Section().Class("summary-section").Body(
			app.Div().Class("summary-head").Body(
				app.H2().Text(s.Title),
				app.A().Class("change-link").Href(stepURL(s.Step)).
					OnClick(on(func(ctx app.Context, e app.Event) { sess.fromCheck = true }), app.EventScope(string(s.Step))).Body(
					app.Text(t("check.change")),
					app.Span().Class("visually-hidden").Text(" "+s.Title),
				),
			),
			app.Dl().Class("summary-list").Body(rows...),
		))
	}
	return app.Div().Class("check").Body(out...)
}
