package questions

import (
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checkAnswers is the GOV.UK "check your answers" list (WCAG 3.3.4): every
// answer with a Change link back to its question. After a change, Continue
// brings the client back here (store.Session.FromCheck).
func (p *intakePage) checkAnswers(a *intake.Answers) app.UI {
	sections := byPage(summary.Sections(a, kit.Catalog()))
	out := make([]app.UI, 0, len(sections))
	for _, s := range sections {
		s := s
		out = append(out, el.Section().Class("summary-section").Body(
			el.Div().Class("summary-head").Body(
				el.H2().Text(s.Title),
				el.A().Class("change-link").Attr("href", kit.StepURL(s.Step)).
					OnClick(kit.On(func(ctx app.Context, e app.Event) { p.st.Session.FromCheck = true }), app.EventScope(string(s.Step))).Body(
					app.Text(kit.T("check.change")),
					el.Span().Class("visually-hidden").Text(" "+s.Title),
				),
			),
			el.Dl().Class("summary-list").Body(kit.AnswerRows(s.Rows)...),
		))
	}
	return el.Div().Class("check").Body(out...)
}

// byPage joins the sections of the steps asked on one page into one, under
// that page's title, with one Change link (issue 17: a shorter check page
// that matches the pages the client saw).
func byPage(sections []summary.Section) []summary.Section {
	var out []summary.Section
	at := map[intake.Step]int{}
	for _, s := range sections {
		page := s.Step.Page()
		if i, ok := at[page]; ok {
			out[i].Rows = append(out[i].Rows, s.Rows...)
			continue
		}
		at[page] = len(out)
		if page != s.Step {
			s.Title = pageTitle(page)
		}
		s.Step = page
		out = append(out, s)
	}
	// In the order of the pages (the skin rows, asked before the
	// preferences, are on the later areas page).
	sort.SliceStable(out, func(i, j int) bool { return out[i].Step.Before(out[j].Step) })
	return out
}
