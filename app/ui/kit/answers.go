package kit

import (
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/ui/el"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AnswerRows renders one section's answers as the rows of a description
// list: the question, then the answer in words.
func AnswerRows(rows []summary.Row) []app.UI {
	out := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		out = append(out, el.Div().Class("summary-row").Body(
			el.Dt().Class("summary-key").Text(r.Label),
			el.Dd().Class("summary-value").Text(r.Value),
		))
	}
	return out
}

// AnswerList is the read-only list of every answer, a section per step
// (the summary page and the therapist summary).
func AnswerList(a *intake.Answers) app.UI {
	sections := summary.Sections(a, catalog)
	out := make([]app.UI, 0, len(sections))
	for _, s := range sections {
		out = append(out, el.Section().Class("summary-section").Body(
			el.H3().Text(s.Title),
			el.Dl().Class("summary-list").Body(AnswerRows(s.Rows)...),
		))
	}
	return el.Div().Class("check").Body(out...)
}
