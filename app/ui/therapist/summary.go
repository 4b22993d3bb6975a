package therapist

import (
	"kneadform/app/ui/el"
	"strings"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/summary"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Summary is the summary itself: the result and why, then cards
// (where, pressure, the pain, comfort, health, plan) in a grid that prints
// in two columns, then the consent. Every part is text; the mini body map
// repeats, for the eye, what the "Where" card says in words.
func Summary(d Data) app.UI {
	a, o := d.Answers, d.Outcome
	return el.Div().ID("therapist-summary").Class("therapist").Body(
		therapistHead(a),
		therapistTier(o),
		el.Div().Class("t-grid").Body(
			therapistAreas(a, o),
			therapistPressure(d),
			tCard("t-pain", kit.T("handoff.therapist.pain"), tRowsFrom(a, intake.StepOnset, intake.StepFeel, intake.StepWorse)),
			therapistComfort(a, o),
			therapistHealth(a),
			therapistPlan(a, o),
			lastVisit(d.LastVisit),
			progressCard(d.Progress),
		),
		therapistConsent(a),
		el.Details().ID("t-all").Class("t-all no-print").Body(
			el.Summary().Text(kit.T("handoff.therapist.all")),
			kit.AnswerList(a),
		),
	)
}

// tCard is one titled card of the summary.
func tCard(id, title string, body ...app.UI) app.UI {
	return el.Section().ID(id).Class("t-card").Aria("labelledby", id+"-title").Body(
		append([]app.UI{el.H2().ID(id + "-title").Class("t-card-title").Text(title)}, body...)...,
	)
}

// tRow is one label and value.
func tRow(label string, value ...app.UI) app.UI {
	return el.Div().Class("t-row").Body(
		el.Dt().Class("t-key").Text(label),
		el.Dd().Class("t-value").Body(value...),
	)
}

func tList(rows ...app.UI) app.UI { return el.Dl().Class("t-list").Body(rows...) }

// tRowsFrom lists, as rows, the answers of the given intake steps, exactly
// as "check your answers" words them.
func tRowsFrom(a *intake.Answers, steps ...intake.Step) app.UI {
	want := map[intake.Step]bool{}
	for _, s := range steps {
		want[s] = true
	}
	var rows []app.UI
	for _, s := range summary.Sections(a, kit.Catalog()) {
		if !want[s.Step] {
			continue
		}
		for _, r := range s.Rows {
			rows = append(rows, tRow(r.Label, app.Text(r.Value)))
		}
	}
	return tList(rows...)
}

// therapistHead names the client.
func therapistHead(a *intake.Answers) app.UI {
	name := a.CallName()
	if name == "" {
		name = kit.T("handoff.therapist.no-name")
	}
	parts := []app.UI{el.Span().ID("t-name").Class("t-name").Text(name)}
	if a.AgeBand != "" {
		parts = append(parts, el.Span().Class("t-age").Text(kit.T("age."+string(a.AgeBand))))
	}
	return el.P().ID("t-client").Class("t-client").Body(parts...)
}

// therapistTier is the result banner: the tier, then every rule that fired
// with the therapist's note, its id and its sources.
func therapistTier(o triage.Outcome) app.UI {
	var flags app.UI = el.P().ID("t-no-flags").Text(kit.T("handoff.therapist.no-flags"))
	if len(o.Fired) > 0 {
		items := make([]app.UI, 0, len(o.Fired))
		for _, f := range o.Fired {
			meta := kit.T("handoff.therapist.rule", "rule", f.ID)
			if len(f.Source) > 0 {
				meta += " · " + kit.T("handoff.therapist.sources", "sources", strings.Join(f.Source, ", "))
			}
			items = append(items, el.Li().Class("t-flag t-flag--"+f.Tier.String()).Body(
				el.Span().Class("t-flag-tier").Text(kit.T("handoff.tier."+f.Tier.String())),
				el.Span().Class("t-flag-note").Text(inClinicLanguage(f.TherapistKey, f.Therapist)),
				el.Span().Class("t-meta").Text(meta),
			))
		}
		flags = el.Ul().ID("t-flags").Class("t-flags").Body(items...)
	}
	return el.Section().ID("t-tier").Class("t-tier tier-"+o.Tier.String()).Aria("labelledby", "t-tier-title").Body(
		el.H2().ID("t-tier-title").Class("t-tier-title").Body(
			el.Span().Class("t-tier-label").Text(kit.T("handoff.tier."+o.Tier.String())),
			app.Text(" "),
			el.Span().Class("t-tier-text").Text(kit.T("handoff.therapist.tier-read", "text", kit.T(o.Tier.MsgKey()+".title"))),
		),
		flags,
	)
}

// therapistAreas is the mini body map and, in words, pain per region, the
// areas not to touch (and why) and where the client wants focus.
func therapistAreas(a *intake.Answers, o triage.Outcome) app.UI {
	avoid := map[intake.Region]bool{}
	var avoidItems []app.UI
	for _, ar := range o.Avoid {
		avoid[ar.Region] = true
		why := make([]string, len(ar.Reasons))
		for i, k := range ar.Reasons {
			why[i] = kit.T(k)
		}
		avoidItems = append(avoidItems, el.Li().Text(kit.T("handoff.therapist.avoid-item", "region", kit.T(ar.Region.MsgKey()), "why", strings.Join(why, "; "))))
	}
	var pain []app.UI
	for _, r := range a.Regions {
		if p, ok := a.Pain[r]; ok {
			pain = append(pain, el.Li().Text(kit.T("handoff.therapist.pain-item", "region", kit.T(r.MsgKey()), "n", p)))
		} else {
			pain = append(pain, el.Li().Text(kit.T(r.MsgKey())))
		}
	}
	var painValue app.UI = el.Span().ID("t-pain-where").Text(kit.T("answer.none"))
	if len(pain) > 0 {
		painValue = el.Ul().ID("t-pain-where").Class("t-plain").Body(pain...)
	}
	rows := []app.UI{tRow(kit.T("handoff.therapist.pain-where"), painValue)}
	if len(avoidItems) > 0 {
		rows = append(rows, tRow(kit.T("handoff.therapist.avoid"), el.Ul().ID("t-avoid").Class("t-bullets").Body(avoidItems...)))
	} else {
		rows = append(rows, tRow(kit.T("handoff.therapist.avoid"), app.Text(kit.T("answer.none"))))
	}
	if len(a.Focus) > 0 {
		focus := make([]string, len(a.Focus))
		for i, r := range a.Focus {
			focus[i] = kit.T(r.MsgKey())
		}
		rows = append(rows, tRow(kit.T("handoff.therapist.focus"), app.Text(strings.Join(focus, ", "))))
	}
	return tCard("t-areas", kit.T("handoff.therapist.areas"),
		el.Div().Class("t-areas").Body(
			kit.BodyMap("bodymap-therapist", kit.T("handoff.therapist.map"), func(r intake.Region) string {
				switch {
				case avoid[r]:
					return "avoid"
				case a.HasRegion(r):
					return "on"
				}
				return ""
			}, kit.PainLabel(a), nil),
			tList(rows...),
		),
	)
}

// lastVisit is the "last visit" card: pain before and after, the latest
// check-in, what is new, the client's note (visit.LastVisitNotes).
func lastVisit(notes []string) app.UI {
	if len(notes) == 0 {
		return nil
	}
	items := make([]app.UI, len(notes))
	for i, n := range notes {
		items[i] = el.Li().Text(n)
	}
	return tCard("t-last-visit", kit.T("handoff.therapist.last-visit"), el.Ul().Class("bullets").Body(items...))
}

// progressCard is the functional scale (app/outcome; Stratford et al.
// 1995): each activity the client named with today's score and, when it
// was rated before, the first, so the change since the first rating shows.
func progressCard(acts []outcome.Tracked) app.UI {
	if len(acts) == 0 {
		return nil
	}
	items := make([]app.UI, len(acts))
	for i, a := range acts {
		text := kit.T("handoff.therapist.activity", "name", a.Name, "score", a.Score)
		if a.First != nil {
			text = kit.T("handoff.therapist.activity-first", "name", a.Name, "score", a.Score, "first", *a.First)
		}
		items[i] = el.Li().Text(text)
	}
	return tCard("t-activities", kit.T("handoff.therapist.activities"), el.Ul().Class("bullets").Body(items...))
}
