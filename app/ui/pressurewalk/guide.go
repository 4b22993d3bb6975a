package pressurewalk

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen 6: a short technique guide (pressure.Guide): the techniques triage
// chose for the client, each with its usual pressure in words, marked when a
// gentler version is used or it is left out, and the safety notes that
// always hold (no pressure on the spine, no tapping on the lower back, stop
// at any warning sign).

func spanText(s pressure.Span) string {
	word := func(w pressure.Word) string {
		if w == "" {
			return kit.LevelText(0)
		}
		return kit.T(w.Key())
	}
	return kit.T(s.Key(), "from", word(s.From), "to", word(s.To))
}

func (p *pressurePage) guideScreen() app.UI {
	guide := pressure.Guide(p.outcome, p.ceiling)
	cards := make([]app.UI, 0, len(guide))
	changed := false
	for _, g := range guide {
		changed = changed || g.Fit != pressure.FitUsual
		var badge app.UI
		switch g.Fit {
		case pressure.FitGentler:
			badge = el.Span().Class("badge badge--gentler").Text(kit.T("pressure.walk.guide.gentler"))
		case pressure.FitLeftOut:
			badge = el.Span().Class("badge badge--left-out").Text(kit.T("pressure.walk.guide.left-out"))
		}
		cls := "technique technique--" + string(g.Fit)
		cards = append(cards, el.Li().ID("technique-"+g.ID).Class(cls).Body(
			el.H3().Class("technique-name").Body(app.Text(kit.T(g.NameKey())), badge),
			el.P().Text(kit.T(g.DescKey())),
			el.P().Class("technique-pressure").Text(kit.T(g.Fit.Key(), "usual", spanText(g.Usual), "yours", spanText(g.Yours))),
			app.If(g.HoldSeconds > 0 && g.Fit != pressure.FitLeftOut, func() app.UI {
				return el.P().Text(kit.T(pressure.HoldKey, "seconds", g.HoldSeconds))
			}),
			app.If(g.Sustained && g.HoldSeconds == 0 && g.Fit != pressure.FitLeftOut, func() app.UI {
				return el.P().Text(kit.T(pressure.SustainedKey))
			}),
			app.If(g.AfterClearance, func() app.UI {
				return el.P().Class("technique-later").Text(kit.T("pressure.walk.guide.after-clearance"))
			}),
		))
	}
	var list app.UI = el.P().ID("guide-none").Text(kit.T("pressure.walk.guide.none"))
	if len(cards) > 0 {
		list = el.Ul().ID("technique-list").Class("technique-list").Body(cards...)
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.guide.lead")),
		app.If(changed, func() app.UI {
			return el.Div().ID("guide-why").Class("panel").Body(
				el.P().Text(kit.T("pressure.walk.guide.why")),
				el.Ul().Class("bullets").Body(reasonItems(p.ceiling.Reasons)...),
			)
		}),
		list,
		el.Section().ID("always").Class("panel").Aria("labelledby", "always-title").Body(
			el.H2().ID("always-title").Text(kit.T("pressure.walk.guide.always")),
			el.Ul().Class("bullets").Body(noteItems(p.ceiling.Notes, p.chosen())...),
		),
	)
}

// noteItems lists the safety notes for the whole back and for the chosen
// regions.
func noteItems(notes []pressure.Note, chosen []intake.Region) []app.UI {
	items := []app.UI{}
	for _, n := range notes {
		applies := len(n.Regions) == 0
		for _, r := range n.Regions {
			applies = applies || kit.Contains(chosen, r)
		}
		if applies {
			items = append(items, el.Li().Text(kit.T(n.Key())))
		}
	}
	return items
}

// Screen 7: done. What the client agreed, as the therapist will see it, and
// the way back to the summary.

func (p *pressurePage) doneScreen() app.UI {
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.done.lead")),
		pressureChoices(p.st, p.answers, p.st.Pressure.Prefs, p.ceiling, false),
	)
}
