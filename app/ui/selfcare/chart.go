package selfcare

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/routine"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The progress chart: pain (0–10) for each of the last 30 days, against the
// pain the client gave in the intake. It is drawn from routine.NewChart as
// inline SVG with classes and SVG attributes only (the CSP allows no style
// attribute). The SVG is one image (role="img") with a short label; the
// summary sentence and the table right under it carry the same facts as
// text.

// Chart geometry, in viewBox units.
const (
	jchartW      = 340
	jchartH      = 210
	jchartLeft   = 34 // room for the 0–10 labels
	jchartRight  = 330
	jchartTop    = 12
	jchartBottom = 176
)

func jchartX(day, days int) float64 {
	if days <= 1 {
		return jchartLeft
	}
	return jchartLeft + float64(day)*float64(jchartRight-jchartLeft)/float64(days-1)
}

func jchartY(pain int) float64 {
	return jchartBottom - float64(pain)*float64(jchartBottom-jchartTop)/float64(routine.MaxPain)
}

func scNum(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// jchartLines joins the points of consecutive days; a day with no entry
// leaves a gap, so nothing is drawn that was not measured.
func jchartLines(c routine.Chart) []string {
	var out []string
	run := ""
	prev := -2
	n := 0
	for _, pt := range c.Points {
		xy := scNum(jchartX(pt.X, c.Days)) + "," + scNum(jchartY(pt.Y))
		if pt.X == prev+1 && run != "" {
			run += " " + xy
			n++
		} else {
			if n > 1 {
				out = append(out, run)
			}
			run, n = xy, 1
		}
		prev = pt.X
	}
	if n > 1 {
		out = append(out, run)
	}
	return out
}

// jchartSVG draws the chart, with marks (the visits) over the grid.
func jchartSVG(c routine.Chart, marks ...app.UI) app.UI {
	shapes := []app.UI{}
	for _, level := range []int{0, 5, 10} { // grid and scale
		y := scNum(jchartY(level))
		shapes = append(shapes,
			kit.SVG("line").Class("chart-grid").Attr("x1", jchartLeft).Attr("x2", jchartRight).Attr("y1", y).Attr("y2", y),
			kit.SVG("text").Class("chart-label").Attr("x", jchartLeft-8).Attr("y", scNum(jchartY(level)+5)).
				Attr("text-anchor", "end").Text(strconv.Itoa(level)),
		)
	}
	if c.Baseline != nil {
		y := scNum(jchartY(*c.Baseline))
		shapes = append(shapes,
			kit.SVG("line").ID("chart-baseline").Class("chart-baseline").Attr("x1", jchartLeft).Attr("x2", jchartRight).
				Attr("y1", y).Attr("y2", y).Attr("stroke-dasharray", "8 6"),
		)
	}
	shapes = append(shapes, marks...)
	for _, pts := range jchartLines(c) {
		shapes = append(shapes, kit.SVG("polyline").Class("chart-line").Attr("points", pts))
	}
	for _, pt := range c.Points {
		cls := "chart-point"
		if pt.Done {
			cls += " chart-point--done"
		}
		shapes = append(shapes, kit.SVG("circle").Class(cls).DataSet("date", pt.Date).
			Attr("cx", scNum(jchartX(pt.X, c.Days))).Attr("cy", scNum(jchartY(pt.Y))).Attr("r", 5))
	}
	shapes = append(shapes,
		kit.SVG("text").Class("chart-label").Attr("x", jchartLeft).Attr("y", jchartH-8).Text(scDate(c.From)),
		kit.SVG("text").Class("chart-label").Attr("x", jchartRight).Attr("y", jchartH-8).Attr("text-anchor", "end").
			Text(kit.T("journal.chart.today")),
	)
	return kit.SVG("svg").ID("journal-chart").Class("chart").Attr("viewBox", "0 0 "+strconv.Itoa(jchartW)+" "+strconv.Itoa(jchartH)).
		Attr("focusable", "false").Role("img").Aria("label", jchartLabel(c)).Body(shapes...)
}

// jchartLabel is the chart's accessible name: what it shows, in one line.
func jchartLabel(c routine.Chart) string {
	return kit.T("journal.chart.label", "days", c.Days)
}

// jchartSummary says what the chart shows, as text.
func jchartSummary(c routine.Chart) string {
	if c.Entries == 0 {
		return kit.T("journal.chart.empty")
	}
	s := kit.T(scPlural("journal.chart.summary", c.Entries), "n", c.Entries, "average", kit.Catalog().Decimal(c.AveragePain, 1), "done", c.DoneDays)
	if c.Baseline != nil {
		s += " " + kit.T("journal.chart.baseline", "pain", *c.Baseline)
	}
	return s
}

// jchartLegend explains the marks.
func jchartLegend(c routine.Chart) app.UI {
	return el.Ul().Class("chart-legend").Aria("hidden", "true").Body(
		el.Li().Body(el.Span().Class("key key--done"), app.Text(kit.T("journal.chart.key.done"))),
		el.Li().Body(el.Span().Class("key key--point"), app.Text(kit.T("journal.chart.key.point"))),
		app.If(c.Baseline != nil, func() app.UI {
			return el.Li().Body(el.Span().Class("key key--baseline"), app.Text(kit.T("journal.chart.key.baseline")))
		}),
	)
}

// jchartTable is the table alternative: one row per check-in, newest first.
func jchartTable(c routine.Chart) app.UI {
	if len(c.Rows) == 0 {
		return nil
	}
	rows := make([]app.UI, 0, len(c.Rows))
	for i := len(c.Rows) - 1; i >= 0; i-- {
		r := c.Rows[i]
		done := kit.T("tri.no")
		if r.Done {
			done = kit.T("tri.yes")
		}
		rows = append(rows, el.Tr().DataSet("date", r.Date).Body(
			el.Th().Attr("scope", "row").Body(el.Time().Attr("datetime", r.Date).Text(scDate(r.Date))),
			el.Td().Class("journal-pain-cell").Text(strconv.Itoa(r.Pain)),
			el.Td().Text(scValueOr("stiffness", string(r.Stiffness))),
			el.Td().Text(scValueOr("sleep", string(r.Sleep))),
			el.Td().Text(done),
		))
	}
	return el.Div().Class("table-wrap").Body(
		el.Table().ID("journal-table").Class("journal-table").Body(
			el.Caption().Text(kit.T("journal.table.caption")),
			el.THead().Body(el.Tr().Body(
				el.Th().Attr("scope", "col").Text(kit.T("journal.table.date")),
				el.Th().Attr("scope", "col").Text(kit.T("journal.table.pain")),
				el.Th().Attr("scope", "col").Text(kit.T("journal.table.stiffness")),
				el.Th().Attr("scope", "col").Text(kit.T("journal.table.sleep")),
				el.Th().Attr("scope", "col").Text(kit.T("journal.table.done")),
			)),
			el.TBody().Body(rows...),
		),
	)
}

// scValueOr is the label of an answer, or a dash when it was not given.
func scValueOr(prefix, v string) string {
	if v == "" {
		return "–"
	}
	return kit.T(prefix + "." + v)
}

// scDate writes a YYYY-MM-DD date as the reader's language does ("3 Mar",
// "3 mar", "3 มี.ค."); anything else is shown as it is.
func scDate(d string) string { return kit.Catalog().Day(d) }
