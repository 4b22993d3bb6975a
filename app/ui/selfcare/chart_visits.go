package selfcare

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/outcome"
	"kneadform/app/routine"
	"kneadform/app/ui/kit"
	"kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The massage visits on the progress chart (issue 14): a dashed vertical
// line on each visit's day (outcome.Marks), so the client sees the pain
// before and after it, and, as text under the chart, each visit with the
// pain just before and after and the change since the first record
// (outcome.Log.Change: pain and the functional scale).

// jchartVisitMarks draws the visits inside chart c.
func jchartVisitMarks(c routine.Chart, l outcome.Log) []app.UI {
	var out []app.UI
	for _, m := range outcome.Marks(c, l.Visits) {
		x := scNum(jchartX(m.X, c.Days))
		out = append(out, kit.SVG("line").Class("chart-visit").DataSet("date", m.Date).
			Attr("x1", x).Attr("x2", x).Attr("y1", jchartTop).Attr("y2", jchartBottom).Attr("stroke-dasharray", "3 4"))
	}
	return out
}

// jchartScale draws the functional scale inside chart c: one dashed line
// per activity named in the first record (outcome.Scale, 0–10 on the same
// axis, higher is easier), its ratings as squares. The text under the
// chart (jchartVisitList) says the same in words.
func jchartScale(c routine.Chart, l outcome.Log) []app.UI {
	var out []app.UI
	for _, s := range outcome.Scale(c, l.Records) {
		pts := ""
		for i, pt := range s.Points {
			if i > 0 {
				pts += " "
			}
			pts += scNum(jchartX(pt.X, c.Days)) + "," + scNum(jchartY(pt.Y))
		}
		if len(s.Points) > 1 {
			out = append(out, kit.SVG("polyline").Class("chart-scale").Attr("points", pts).Attr("stroke-dasharray", "6 4"))
		}
		for _, pt := range s.Points {
			out = append(out, kit.SVG("rect").Class("chart-scale-point").DataSet("date", pt.Date).
				Attr("x", scNum(jchartX(pt.X, c.Days)-4)).Attr("y", scNum(jchartY(pt.Y)-4)).Attr("width", 8).Attr("height", 8))
		}
	}
	return out
}

// jchartVisitLegend explains the visit and functional-scale marks, when
// the chart shows any.
func jchartVisitLegend(c routine.Chart, l outcome.Log) app.UI {
	visits, scale := len(outcome.Marks(c, l.Visits)) > 0, len(outcome.Scale(c, l.Records)) > 0
	if !visits && !scale {
		return nil
	}
	return el.Ul().ID("chart-legend-visits").Class("chart-legend").Aria("hidden", "true").Body(
		app.If(visits, func() app.UI {
			return el.Li().Body(el.Span().Class("key key--visit"), app.Text(kit.T(visit.KeyChartVisit)))
		}),
		app.If(scale, func() app.UI {
			return el.Li().Body(el.Span().Class("key key--scale"), app.Text(kit.T("visitui.chart.key.scale")))
		}),
	)
}

// jchartVisitList is the text under the chart: the visits shown on it and
// the change since the first record; nothing when there is neither.
func jchartVisitList(c routine.Chart, l outcome.Log) app.UI {
	items := []app.UI{}
	for _, m := range outcome.Marks(c, l.Visits) {
		text := kit.T(visit.KeyChartVisit) + ", " + scDate(m.Date)
		if m.PainBefore != nil && m.PainAfter != nil {
			text += ": " + kit.T(visit.KeyChartPainPair, "before", strconv.Itoa(*m.PainBefore), "after", strconv.Itoa(*m.PainAfter))
		}
		items = append(items, el.Li().Class("journal-visit").Text(text))
	}
	for _, line := range l.Change().Lines(kit.Catalog()) {
		items = append(items, el.Li().Class("journal-change").Text(line))
	}
	if len(items) == 0 {
		return nil
	}
	return el.Ul().ID("journal-visits").Class("bullets").Body(items...)
}
