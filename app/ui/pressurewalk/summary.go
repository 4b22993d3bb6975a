package pressurewalk

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pressure part of the summary page, and the recap on the walkthrough's
// last screen: per region the usual and strongest pressure (already fitted
// under the caps, with the cap and why), tender spots, the stop signal, how
// often to check in, and whether the client likes to talk. The therapist
// reads it from the client's phone (issue 7 builds the therapist view on
// it).

// SummaryPanel is the walkthrough's panel on the summary page: a call to
// action until the client has agreed on pressure, then their choices with a
// Change link for each part. A panic here never takes the summary down.
func SummaryPanel(st *store.Store) func() app.UI {
	return func() app.UI {
		defer func() {
			if r := recover(); r != nil {
				app.Logf("kneadform: pressure summary: %v", r)
			}
		}()
		return summaryPanel(st)
	}
}

func summaryPanel(st *store.Store) app.UI {
	if app.IsServer || !st.Session.Draft.Done {
		return nil
	}
	a := st.Session.Answers()
	o := triage.Evaluate(a)
	c := pressure.Cap(a, o)
	head := el.H2().ID("pressure-summary-title").Text(kit.T("pressure.walk.summary.title"))
	section := el.Section().ID("pressure-summary").Class("pressure-summary").Aria("labelledby", "pressure-summary-title")
	if o.Tier.NoMassage() || c.NoMassage {
		return section.Body(head, el.P().ID("pressure-wait").Text(kit.T("pressure.walk.summary.wait")))
	}
	st.Pressure.Load()
	if !st.Pressure.Shown(a.Regions) {
		label := kit.T("pressure.walk.summary.cta")
		if st.Pressure.Saved {
			label = kit.T("pressure.walk.summary.continue")
		}
		return section.Class("panel pressure-cta").Body(
			head,
			kit.NoticeBox(st.Pressure.Notice), // damaged or cleaned choices (not taken: the walkthrough shows it too)
			el.P().Text(kit.T("pressure.walk.summary.cta.body")),
			el.A().ID("pressure-start").Class("button").Attr("href", pressureURL(pscreens[0].id)).Text(label),
		)
	}
	return section.Body(head, kit.NoticeBox(st.Pressure.Notice), pressureChoices(st, a, st.Pressure.Prefs, c, true))
}

// pressureChoices lists what the client agreed. With change, each part has
// a Change link to its screen, which then returns to the recap.
func pressureChoices(st *store.Store, a *intake.Answers, prefs pressure.Prefs, c pressure.Ceiling, change bool) app.UI {
	set, unset := kit.ChosenPrefs(prefs, a.Regions)
	sum := pressure.Summarize(set, c)
	l := choiceList{st: st, change: change}
	rows := []app.UI{
		l.row("limit", kit.T("pressure.walk.summary.limit"),
			el.P().Class("ps-level").Text(kit.LevelText(sum.Global)),
			el.Ul().Class("bullets").Body(reasonItems(sum.Reasons)...)),
	}
	rows = append(rows, l.regionRows(sum, c, unset)...)
	rows = append(rows,
		l.tenderRow(sum),
		l.row("stop", kit.T("pressure.walk.summary.stop"), el.P().Text(kit.StopText(sum.Stop)),
			l.changeLink("stop", "speak", kit.T("pressure.walk.summary.stop"))),
		l.row("checkin", kit.T("pressure.walk.summary.checkin"), el.P().Text(kit.T(sum.CheckInKey)),
			l.changeLink("checkin", "speak", kit.T("pressure.walk.summary.checkin"))),
	)
	talk := kit.T("answer.missing")
	if a.Talk != "" {
		talk = kit.T("talk." + string(a.Talk))
	}
	rows = append(rows, l.row("talk", kit.T("pressure.walk.summary.talk"), el.P().Text(talk)))
	return el.Dl().ID("pressure-choices").Class("summary-list pressure-choices").Body(rows...)
}

// choiceList builds the rows of pressureChoices.
type choiceList struct {
	st     *store.Store
	change bool // each part has a Change link
}

// changeLink leads to a screen of the walkthrough, which then returns to
// the recap (Pressure.FromSummary); nothing without change.
func (l choiceList) changeLink(id, screen, what string) app.UI {
	if !l.change {
		return nil
	}
	st := l.st
	return el.A().ID("change-"+id).Class("change-link").Attr("href", pressureURL(screen)).Body(
		app.Text(kit.T("pressure.walk.summary.change")),
		el.Span().Class("visually-hidden").Text(" "+what),
	).OnClick(kit.On(func(ctx app.Context, e app.Event) { st.Pressure.FromSummary = true }), app.EventScope("pressure-change-"+id))
}

// row is one part of the list: its name, then its value.
func (l choiceList) row(id, key string, value ...app.UI) app.UI {
	return el.Div().ID("ps-"+id).Class("summary-row").Body(
		el.Dt().Class("summary-key").Text(key),
		el.Dd().Class("summary-value").Body(value...),
	)
}

// regionRows: per chosen region the usual and strongest pressure (or why it
// is not touched), its own cap and why, then the regions not set yet.
func (l choiceList) regionRows(sum pressure.Summary, c pressure.Ceiling, unset []intake.Region) []app.UI {
	var rows []app.UI
	for _, rr := range sum.Regions {
		name := kit.T(rr.Region.MsgKey())
		var value []app.UI
		if rr.Cap <= pressure.MinLevel {
			value = []app.UI{el.P().Text(kit.T("pressure.walk.region.avoid")), el.Ul().Class("bullets").Body(reasonItems(rr.CapReasons)...)}
		} else {
			value = []app.UI{el.P().Text(kit.T("pressure.walk.summary.region", "usual", kit.LevelText(rr.Preferred), "max", kit.LevelText(rr.Max)))}
			if rr.Cap < sum.Global || ownCap(c, rr.Region) {
				value = append(value, el.P().Class("hint").Text(kit.T("pressure.walk.region.cap", "level", kit.LevelText(rr.Cap))),
					el.Ul().Class("bullets").Body(reasonItems(rr.CapReasons)...))
			}
			if rr.Adjusted {
				value = append(value, el.P().Class("hint").Text(kit.T("pressure.walk.summary.adjusted")))
			}
		}
		value = append(value, l.changeLink("region-"+string(rr.Region), "regions", name))
		rows = append(rows, l.row("region-"+string(rr.Region), name, value...))
	}
	for _, r := range unset {
		name := kit.T(r.MsgKey())
		rows = append(rows, l.row("region-"+string(r), name, el.P().Text(kit.T("pressure.walk.summary.not-set")),
			l.changeLink("region-"+string(r), "regions", name)))
	}
	return rows
}

// tenderRow lists the tender spots, with the client's notes.
func (l choiceList) tenderRow(sum pressure.Summary) app.UI {
	tender := []app.UI{}
	for _, s := range sum.Tender {
		text := kit.T(s.Region.MsgKey())
		if s.Note != "" {
			text = kit.T("pressure.walk.summary.tender-note", "region", text, "note", s.Note)
		}
		tender = append(tender, el.Li().Text(text))
	}
	var tenderValue app.UI = el.P().Text(kit.T("pressure.walk.summary.none"))
	if len(tender) > 0 {
		tenderValue = el.Ul().Class("bullets").Body(tender...)
	}
	return l.row("tender", kit.T("pressure.walk.summary.tender"), tenderValue,
		l.changeLink("tender", "tender", kit.T("pressure.walk.summary.tender")))
}

// ownCap reports whether region r has a cap of its own.
func ownCap(c pressure.Ceiling, r intake.Region) bool {
	for _, rc := range c.Regions {
		if rc.Region == r {
			return true
		}
	}
	return false
}
