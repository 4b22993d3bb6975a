package selfcare

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/routine"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// routinePage (/self-care) shows the client's daily routine, made on the
// device from the finished intake: how long it takes, each exercise in
// order with its drawing, dose, steps, safety note and why it was chosen,
// the habits for the rest of the day, what was left out and why, and how
// often to come back. Outcomes that allow no exercises get only the
// medical advice.
type routinePage struct {
	app.Compo
	st      *store.Store // the client's state (app/ui/store)
	ready   bool         // OnNav ran on the device
	done    bool         // the intake is finished
	routine routine.Routine
	outcome triage.Outcome
}

func (p *routinePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		if app.IsServer {
			return
		}
		p.routine, p.outcome, p.done = clientRoutine(p.st)
		p.ready = true
		title := kit.T("selfcare.title")
		if p.done && p.routine.Advice != "" {
			title = kit.T("selfcare.none.title")
		}
		ctx.Page().SetTitle(title + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *routinePage) Render() app.UI { return shell.NewFrame(p.st).Render(p.main) }

// main is the routine, the medical advice instead of one, or a way back to
// finish the intake.
func (p *routinePage) main() app.UI {
	switch {
	case !p.ready:
		return kit.Loading("selfcare")
	case !p.done:
		return kit.Page("selfcare", kit.T("selfcare.title"),
			el.P().Class("lead").Text(kit.T("selfcare.unfinished")),
			el.Div().Class("actions").Body(
				el.A().ID("selfcare-finish").Class("button").Attr("href", "/intake").Text(kit.T("selfcare.unfinished.button")),
			),
		)
	case p.routine.Advice != "":
		return p.noRoutine()
	}
	return p.routineView()
}

// noRoutine is for emergency, see-a-doctor and postpone outcomes: the
// medical advice, never exercises.
func (p *routinePage) noRoutine() app.UI {
	next, label := "/advice", kit.T("selfcare.none.next")
	if p.outcome.Tier == triage.Emergency {
		next, label = "/urgent", kit.T("selfcare.none.urgent")
	}
	return kit.NewScreen("page page-selfcare page-selfcare--none").Back("/summary", kit.T("selfcare.back-summary")).
		Heading(kit.T("selfcare.title")).Render(
		el.P().ID("selfcare-advice").Class("lead").Text(kit.T(p.routine.Advice)),
		kit.ReasonList(p.outcome, p.outcome.Tier),
		el.Div().Class("actions").Body(
			el.A().ID("selfcare-advice-next").Class("button").Attr("href", next).Text(label),
		),
	)
}

func (p *routinePage) routineView() app.UI {
	r := p.routine
	return kit.NewScreen("page page-selfcare").Back("/summary", kit.T("selfcare.back-summary")).
		Heading(kit.T("selfcare.title")).Render(
		el.P().ID("selfcare-minutes").Class("lead").Text(kit.T(scPlural("selfcare.lead", r.Minutes()), "minutes", r.Minutes(), "count", len(r.Exercises))),
		el.Div().Class("actions").Body(
			el.A().ID("selfcare-play").Class("button button--start").Attr("href", PathPlayer).Text(kit.T("selfcare.play")),
			el.A().ID("selfcare-checkin").Class("button button--secondary").Attr("href", PathJournal).Text(kit.T("selfcare.checkin")),
		),
		scNotes(r.Notes),
		el.H2().Text(kit.T("selfcare.exercises")),
		exerciseList(r.Exercises),
		app.If(len(r.Habits) > 0, func() app.UI {
			return el.Section().ID("selfcare-habits").Class("selfcare-section").Body(
				el.H2().Text(kit.T("routine.phase.habit")),
				el.P().Text(kit.T("selfcare.habits.lead")),
				habitList(r.Habits),
			)
		}),
		app.If(len(r.Left) > 0, func() app.UI { return scLeftOut(r.Left) }),
		app.If(r.Frequency != nil, func() app.UI {
			f := r.Frequency
			return el.Section().ID("selfcare-frequency").Class("panel selfcare-frequency").Body(
				el.H2().Text(kit.T("selfcare.frequency.title")),
				el.P().Class("selfcare-frequency-what").Text(kit.T(f.ClientKey)),
				app.If(frequencyWhy(f) != "", func() app.UI { return el.P().Text(frequencyWhy(f)) }),
			)
		}),
		el.Div().Class("actions").Body(
			el.A().Class("button").Attr("href", PathPlayer).Text(kit.T("selfcare.play")),
		),
	)
}

// scNotes holds the general safety notes every routine carries.
func scNotes(notes []string) app.UI {
	if len(notes) == 0 {
		return nil
	}
	items := make([]app.UI, len(notes))
	for i, k := range notes {
		items[i] = el.Li().Text(kit.T(k))
	}
	return el.Section().ID("selfcare-notes").Class("notice selfcare-notes").Body(
		el.H2().Text(kit.T("selfcare.notes.title")),
		el.Ul().Class("bullets").Body(items...),
	)
}

// exerciseList lists the timed items, grouped under their phase headings
// (warm up → loosen → stretch and turn → wake up your muscles), numbered as
// the player counts them.
func exerciseList(steps []routine.Step) app.UI {
	var out []app.UI
	var phase routine.Phase
	var group []app.UI
	flush := func() {
		if len(group) > 0 {
			out = append(out, el.Section().Class("phase phase-"+string(phase)).Body(
				el.H3().Class("phase-title").Text(kit.T(phase.MsgKey())),
				el.Ol().Class("cards").Body(group...),
			))
		}
		group = nil
	}
	for i, s := range steps {
		if s.Phase != phase {
			flush()
			phase = s.Phase
		}
		group = append(group, scCard(s, i+1))
	}
	flush()
	return el.Div().ID("selfcare-exercises").Class("selfcare-exercises").Body(out...)
}

// habitList lists the habits for the rest of the day.
func habitList(steps []routine.Step) app.UI {
	items := make([]app.UI, len(steps))
	for i, s := range steps {
		items[i] = scCard(s, 0)
	}
	return el.Ul().Class("cards cards--habits").Body(items...)
}

// scCard is one exercise or habit: drawing, name, dose in words, how
// long, gentle cautions, steps, safety note and why it was chosen. n > 0
// numbers an exercise.
func scCard(s routine.Step, n int) app.UI {
	dose := doseWords(s)
	doseItems := make([]app.UI, len(dose))
	for i, d := range dose {
		doseItems[i] = el.Li().Text(d)
	}
	steps := make([]app.UI, len(s.Steps))
	for i, k := range s.Steps {
		steps[i] = el.Li().Text(kit.T(k))
	}
	why := make([]app.UI, len(s.Why))
	for i, k := range s.Why {
		why[i] = el.Li().Text(kit.T(k))
	}
	heading := el.H4().Class("card-title").Body(
		app.If(n > 0, func() app.UI {
			return el.Span().Class("card-number").Text(strconv.Itoa(n))
		}),
		el.Span().Text(kit.T(s.Name)),
	)
	return el.Li().ID("item-"+s.Item).Class("card card-"+string(s.Kind)).DataSet("item", s.Item).Body(
		exerciseImage(s, "card-image"),
		el.Div().Class("card-body").Body(
			heading,
			app.If(len(doseItems) > 0, func() app.UI { return el.Ul().Class("dose").Body(doseItems...) }),
			app.If(s.Seconds > 0, func() app.UI {
				return el.P().Class("card-time").Text(scDuration(s.Seconds))
			}),
			gentleNotes(s),
			el.Details().Class("card-how").Body(
				el.Summary().Body(
					app.Text(kit.T("selfcare.how")),
					el.Span().Class("visually-hidden").Text(": "+kit.T(s.Name)),
				),
				el.Ol().Class("card-steps").Body(steps...),
			),
			el.P().Class("card-safety").Body(
				el.Strong().Text(kit.T("selfcare.safety")+" "),
				app.Text(kit.T(s.Safety)),
			),
			app.If(len(why) > 0, func() app.UI {
				return el.Div().Class("card-why").Body(
					el.P().Class("card-why-title").Text(kit.T("selfcare.why")),
					el.Ul().Class("bullets").Body(why...),
				)
			}),
		),
	)
}

// scLeftOut says which items suited the client but were left out, and why.
func scLeftOut(left []routine.Left) app.UI {
	items := make([]app.UI, len(left))
	for i, l := range left {
		items[i] = el.Li().DataSet("item", l.Item).DataSet("rule", l.Rule).Body(
			el.Strong().Text(kit.T(l.Name)+": "),
			app.Text(kit.T(l.Reason)),
		)
	}
	return el.Section().ID("selfcare-left").Class("selfcare-section").Body(
		el.H2().Text(kit.T("selfcare.left.title")),
		el.P().Text(kit.T("selfcare.left.lead")),
		el.Ul().Class("bullets").Body(items...),
	)
}
