package therapist

import (
	"kneadform/app/ui/el"
	"strconv"
	"strings"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// therapistPressure is the pressure the client agreed, per area, under the
// limits the rules set, with the stop signal and how often to check in.
func therapistPressure(d Data) app.UI {
	a, o := d.Answers, d.Outcome
	c := pressure.Cap(a, o)
	body := []app.UI{}
	if o.Tier.NoMassage() {
		body = append(body, el.P().Class("t-strong").Text(kit.T("handoff.therapist.no-massage")))
	}
	rows := []app.UI{tRow(kit.T("handoff.therapist.limit"), el.Span().ID("t-limit").Text(limitText(c)))}
	if d.Prefs == nil {
		rows = append(rows, tRow(kit.T("handoff.therapist.choices"), app.Text(kit.T("handoff.therapist.no-choices"))))
		body = append(body, tList(rows...))
		return tCard("t-pressure", kit.T("handoff.therapist.pressure"), body...)
	}
	set, unset := kit.ChosenPrefs(*d.Prefs, a.Regions)
	sum := pressure.Summarize(set, c)
	if trs := regionRows(sum, unset); len(trs) > 0 {
		body = append(body, pressureTable(trs))
	}
	if elsewhere := tenderElsewhere(sum, set); len(elsewhere) > 0 {
		rows = append(rows, tRow(kit.T("pressure.walk.summary.tender"), app.Text(strings.Join(elsewhere, "; "))))
	}
	rows = append(rows,
		tRow(kit.T("pressure.walk.summary.stop"), el.Span().ID("t-stop").Text(kit.StopText(sum.Stop))),
		tRow(kit.T("handoff.therapist.checkin"), el.Span().ID("t-checkin").Text(kit.T(sum.CheckInKey))),
	)
	body = append(body, tList(rows...))
	return tCard("t-pressure", kit.T("handoff.therapist.pressure"), body...)
}

// limitText is the most pressure the rules allow, with the rules that set it.
func limitText(c pressure.Ceiling) string {
	var rules []string
	for _, r := range c.Reasons {
		if r.Rule != "" {
			rules = append(rules, r.Rule)
		}
	}
	limit := kit.LevelText(c.Global)
	if len(rules) > 0 {
		limit = kit.T("handoff.therapist.limit-rules", "level", limit, "rules", strings.Join(rules, ", "))
	}
	return limit
}

// regionRows are the pressure table's rows: usual, strongest and limit per
// chosen region (or "do not touch"), then the chosen regions not set yet.
func regionRows(sum pressure.Summary, unset []intake.Region) []app.UI {
	var trs []app.UI
	for _, rr := range sum.Regions {
		name := []app.UI{app.Text(kit.T(rr.Region.MsgKey()))}
		if rr.Tender {
			note := kit.T("handoff.therapist.tender")
			if rr.TenderNote != "" {
				note = kit.T("handoff.therapist.tender-note", "note", rr.TenderNote)
			}
			name = append(name, el.Span().Class("t-tender").Text(note))
		}
		if rr.Cap <= pressure.MinLevel {
			trs = append(trs, el.Tr().Body(
				el.Th().Attr("scope", "row").Body(name...),
				el.Td().Attr("colspan", 3).Text(kit.T("handoff.therapist.do-not-touch")),
			))
			continue
		}
		trs = append(trs, el.Tr().Body(
			el.Th().Attr("scope", "row").Body(name...),
			el.Td().Text(strconv.Itoa(int(rr.Preferred))),
			el.Td().Text(strconv.Itoa(int(rr.Max))),
			el.Td().Text(strconv.Itoa(int(rr.Cap))),
		))
	}
	for _, r := range unset {
		trs = append(trs, el.Tr().Body(
			el.Th().Attr("scope", "row").Text(kit.T(r.MsgKey())),
			el.Td().Attr("colspan", 3).Text(kit.T("pressure.walk.summary.not-set")),
		))
	}
	return trs
}

// pressureTable is the table of regionRows under its column headings.
func pressureTable(trs []app.UI) app.UI {
	return el.Table().ID("t-pressure-table").Class("t-table").Body(
		el.Caption().Class("visually-hidden").Text(kit.T("handoff.therapist.table-caption")),
		el.THead().Body(el.Tr().Body(
			el.Th().Attr("scope", "col").Text(kit.T("handoff.therapist.col-area")),
			el.Th().Attr("scope", "col").Text(kit.T("handoff.therapist.col-usual")),
			el.Th().Attr("scope", "col").Text(kit.T("handoff.therapist.col-max")),
			el.Th().Attr("scope", "col").Text(kit.T("handoff.therapist.col-limit")),
		)),
		el.TBody().Body(trs...),
	)
}

// tenderElsewhere lists the tender spots outside the chosen regions.
func tenderElsewhere(sum pressure.Summary, set pressure.Prefs) []string {
	var elsewhere []string
	for _, s := range sum.Tender {
		if _, ok := set.Regions[s.Region]; ok {
			continue
		}
		x := kit.T(s.Region.MsgKey())
		if s.Note != "" {
			x = kit.T("pressure.walk.summary.tender-note", "region", x, "note", s.Note)
		}
		elsewhere = append(elsewhere, x)
	}
	return elsewhere
}
