package ui

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pressure part of the summary page, and the recap on the walkthrough's
// last screen: per region the usual and strongest pressure (already fitted
// under the caps, with the cap and why), tender spots, the stop signal, how
// often to check in, and whether the client likes to talk. The therapist
// reads it from the client's phone (issue 7 builds the therapist view on
// it).

// renderPressureSummary is the summary page's pressure section: a call to
// action until the client has agreed on pressure, then their choices.
func renderPressureSummary() app.UI {
	if app.IsServer || !sess.draft.Done {
		return nil
	}
	a := sess.answers()
	o := triage.Evaluate(a)
	c := pressure.Cap(a, o)
	head := app.H2().ID("pressure-summary-title").Text(t("pressure.walk.summary.title"))
	section := app.Section().ID("pressure-summary").Class("pressure-summary").Aria("labelledby", "pressure-summary-title")
	if o.Tier.NoMassage() || c.NoMassage {
		return section.Body(head, app.P().ID("pressure-wait").Text(t("pressure.walk.summary.wait")))
	}
	pstore.load()
	if !pstore.shown(a.Regions) {
		label := t("pressure.walk.summary.cta")
		if pstore.saved {
			label = t("pressure.walk.summary.continue")
		}
		return section.Class("panel pressure-cta").Body(
			head,
			noticeBox(pstore.notice), // damaged or cleaned choices (not taken: the walkthrough shows it too)
			app.P().Text(t("pressure.walk.summary.cta.body")),
			app.A().ID("pressure-start").Class("button").Href(pressureURL(pscreens[0].id)).Text(label),
		)
	}
	return section.Body(head, noticeBox(pstore.notice), pressureChoices(a, pstore.prefs, c, true))
}

// pressureChoices lists what the client agreed. With change, each part has
// a Change link to its screen, which then returns to the recap.
func pressureChoices(a *intake.Answers, prefs pressure.Prefs, c pressure.Ceiling, change bool) app.UI {
	// Only the regions chosen now: the body map may have changed since.
	set := prefs
	set.Regions = map[intake.Region]pressure.Setting{}
	var unset []intake.Region
	for _, r := range a.Regions {
		if s, ok := prefs.Regions[r]; ok {
			set.Regions[r] = s
		} else if r.Valid() {
			unset = append(unset, r)
		}
	}
	sum := pressure.Summarize(set, c)
	changeLink := func(id, screen, what string) app.UI {
		if !change {
			return nil
		}
		return app.A().ID("change-"+id).Class("change-link").Href(pressureURL(screen)).Body(
			app.Text(t("pressure.walk.summary.change")),
			app.Span().Class("visually-hidden").Text(" "+what),
		).OnClick(on(func(ctx app.Context, e app.Event) { fromSummary = true }), app.EventScope("pressure-change-"+id))
	}
	row := func(id, key string, value ...app.UI) app.UI {
		return app.Div().ID("ps-"+id).Class("summary-row").Body(
			app.Dt().Class("summary-key").Text(key),
			app.Dd().Class("summary-value").Body(value...),
		)
	}
	rows := []app.UI{
		row("limit", t("pressure.walk.summary.limit"),
			app.P().Class("ps-level").Text(levelText(sum.Global)),
			app.Ul().Class("bullets").Body(reasonItems(sum.Reasons)...)),
	}
	for _, rr := range sum.Regions {
		name := t(rr.Region.MsgKey())
		var value []app.UI
		if rr.Cap <= pressure.MinLevel {
			value = []app.UI{app.P().Text(t("pressure.walk.region.avoid")), app.Ul().Class("bullets").Body(reasonItems(rr.CapReasons)...)}
		} else {
			value = []app.UI{app.P().Text(t("pressure.walk.summary.region", "usual", levelText(rr.Preferred), "max", levelText(rr.Max)))}
			if rr.Cap < sum.Global || ownCap(c, rr.Region) {
				value = append(value, app.P().Class("hint").Text(t("pressure.walk.region.cap", "level", levelText(rr.Cap))),
					app.Ul().Class("bullets").Body(reasonItems(rr.CapReasons)...))
			}
			if rr.Adjusted {
				value = append(value, app.P().Class("hint").Text(t("pressure.walk.summary.adjusted")))
			}
		}
		value = append(value, changeLink("region-"+string(rr.Region), "regions", name))
		rows = append(rows, row("region-"+string(rr.Region), name, value...))
	}
	for _, r := range unset {
		name := t(r.MsgKey())
		rows = append(rows, row("region-"+string(r), name, app.P().Text(t("pressure.walk.summary.not-set")),
			changeLink("region-"+string(r), "regions", name)))
	}
	tender := []app.UI{}
	for _, s := range sum.Tender {
		text := t(s.Region.MsgKey())
		if s.Note != "" {
			text = t("pressure.walk.summary.tender-note", "region", text, "note", s.Note)
		}
		tender = append(tender, app.Li().Text(text))
	}
	var tenderValue app.UI = app.P().Text(t("pressure.walk.summary.none"))
	if len(tender) > 0 {
		tenderValue = app.Ul().Class("bullets").Body(tender...)
	}
	rows = append(rows, row("tender", t("pressure.walk.summary.tender"), tenderValue,
		changeLink("tender", "tender", t("pressure.walk.summary.tender"))))
	stop := t(sum.Stop.Key)
	switch {
	case sum.Stop.Word != "":
		stop = t("pressure.walk.summary.stop-word", "signal", stop, "word", sum.Stop.Word)
	case sum.Stop.WordKey != "":
		stop = t("pressure.walk.summary.stop-word", "signal", stop, "word", t(sum.Stop.WordKey))
	}
	rows = append(rows,
		row("stop", t("pressure.walk.summary.stop"), app.P().Text(stop),
			changeLink("stop", "speak", t("pressure.walk.summary.stop"))),
		row("checkin", t("pressure.walk.summary.checkin"), app.P().Text(t(sum.CheckInKey)),
			changeLink("checkin", "speak", t("pressure.walk.summary.checkin"))),
	)
	talk := t("answer.missing")
	if a.Talk != "" {
		talk = t("talk." + string(a.Talk))
	}
	rows = append(rows, row("talk", t("pressure.walk.summary.talk"), app.P().Text(talk)))
	return app.Dl().ID("pressure-choices").Class("summary-list pressure-choices").Body(rows...)
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
