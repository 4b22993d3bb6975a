package selfcare

import (
	"kneadform/app/ui/el"
	"strconv"
	"time"

	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *journalPage) Render() app.UI { return shell.NewFrame(p.st).Render(p.main) }

// main is today's check-in, the progress chart and table, the exports and
// "Delete my journal".
func (p *journalPage) main() app.UI {
	if !p.ready {
		return kit.Loading("journal")
	}
	chart := routine.NewChart(&p.journal, time.Now())
	p.st.Visits.Load()
	log := p.st.Visits.Log
	back, backText := PathRoutine, kit.T("player.back")
	if !p.routineOK {
		back, backText = "/summary", kit.T("selfcare.back-summary")
	}
	return kit.NewScreen("page page-journal").Back(back, backText).Notice(p.notice).
		Errors(p.errors, map[string]string{journalPainField: kit.T("journal.q.pain")}).
		Heading(kit.T("journal.title")).Lead(kit.T("journal.lead")).Render(
		p.form(),
		el.Div().ID("journal-status").Class("journal-status").Role("status").Aria("live", "polite").Body(
			app.If(p.status != "", func() app.UI { return el.P().Text(p.status) }),
		),
		el.Section().ID("journal-progress").Class("journal-progress").Body(
			el.H2().Text(kit.T("journal.progress.title")),
			el.Figure().Class("chart-figure").Body(
				jchartSVG(chart, append(jchartVisitMarks(chart, log), jchartScale(chart, log)...)...),
				el.FigCaption().Body(jchartLegend(chart), jchartVisitLegend(chart, log)),
			),
			el.P().ID("journal-summary").Text(jchartSummary(chart)),
			jchartVisitList(chart, log),
			jchartTable(chart),
			el.P().Body(el.A().ID("journal-activities").Attr("href", "/visit/activities").Text(kit.T(visit.KeyPSFSTitle))),
		),
		p.exports(),
		p.deleteView(),
	)
}

// form is the check-in: one screen, big tap targets, about seven taps.
func (p *journalPage) form() app.UI {
	e := &p.entry
	errs := kit.ToErrs(p.errors)
	scale := kit.ScaleOptions(routine.MaxPain)
	pain := ""
	if p.hasPain {
		pain = strconv.Itoa(e.Pain)
	}
	heading := kit.T("journal.today", "date", scDate(p.today))
	qs := []app.UI{
		el.Div().Class("scale").Body(
			kit.Radios(journalPainField, kit.T("journal.q.pain"), kit.T("journal.q.pain.hint"), scale, pain, errs[journalPainField],
				func(ctx app.Context, v string) {
					n, err := strconv.Atoi(v)
					if err != nil || n < 0 || n > routine.MaxPain {
						return
					}
					e.Pain, p.hasPain = n, true
					if len(p.errors) > 0 {
						p.errors = nil
					}
				}),
		),
		el.Div().Class("chips chips--1").Body(
			kit.Radios("journal-stiffness", kit.T("journal.q.stiffness"), "", kit.Options("stiffness", intake.Stiffnesses),
				string(e.Stiffness), "", func(ctx app.Context, v string) { e.Stiffness = intake.Stiffness(v) }),
		),
		el.Div().Class("chips chips--3").Body(
			kit.Radios("journal-sleep", kit.T("journal.q.sleep"), "", kit.Options("sleep", intake.Qualities),
				string(e.Sleep), "", func(ctx app.Context, v string) { e.Sleep = intake.Quality(v) }),
		),
	}
	for _, tk := range intake.Tasks {
		tk := tk
		qs = append(qs, el.Div().Class("chips chips--3").Body(
			kit.Radios("journal-"+string(tk), kit.T("task."+string(tk)), "", kit.Options("ability", intake.Abilities),
				string(e.Function[tk]), "", func(ctx app.Context, v string) { e.Function[tk] = intake.Ability(v) }),
		))
	}
	if p.routineOK || e.RoutineDone {
		done := ""
		switch {
		case e.RoutineDone:
			done = "yes"
		case p.doneSet:
			done = "no"
		}
		qs = append(qs, el.Div().Class("chips chips--2").Body(
			kit.Radios("journal-done", kit.T("journal.q.done"), "", kit.Options("tri", []intake.Tri{intake.Yes, intake.No}),
				done, "", func(ctx app.Context, v string) { e.RoutineDone, p.doneSet = v == "yes", true }),
		))
	}
	submit := kit.T("journal.save")
	if p.existed {
		submit = kit.T("journal.update")
	}
	return el.Section().ID("journal-checkin").Class("journal-checkin").Body(
		el.H2().Text(heading),
		app.If(p.existed, func() app.UI { return el.P().Class("hint").Text(kit.T("journal.existed")) }),
		el.Form().ID("journal-form").Attr("novalidate", true).
			OnSubmit(kit.On(func(ctx app.Context, ev app.Event) {
				ev.PreventDefault()
				p.save(ctx)
			})).Body(
			el.Div().Class("journal-questions").Body(qs...),
			el.Div().Class("actions").Body(
				kit.SubmitButton("journal-save", submit),
			),
		),
	)
}

// exports are the download links: a spreadsheet (CSV) and the full data
// (JSON, with the baseline). An <a download> is a plain download: go-app's
// router leaves it alone.
func (p *journalPage) exports() app.UI {
	if p.csvURL == "" && p.jsonURL == "" {
		return nil
	}
	name := "kneadform-journal-" + p.today
	return el.Section().ID("journal-export").Class("journal-export").Body(
		el.H2().Text(kit.T("journal.export.title")),
		el.P().Text(kit.T("journal.export.lead")),
		el.Div().Class("actions").Body(
			app.If(p.csvURL != "", func() app.UI {
				return el.A().ID("journal-csv").Class("button button--secondary").Attr("href", p.csvURL).
					Attr("download", name+".csv").Text(kit.T("journal.export.csv"))
			}),
			app.If(p.jsonURL != "", func() app.UI {
				return el.A().ID("journal-json").Class("button button--secondary").Attr("href", p.jsonURL).
					Attr("download", name+".json").Text(kit.T("journal.export.json"))
			}),
		),
	)
}

// deleteView is "Delete my journal" with a confirmation.
func (p *journalPage) deleteView() app.UI {
	if len(p.journal.Entries) == 0 && !p.confirming {
		return nil
	}
	if !p.confirming {
		return el.Section().Class("journal-delete").Body(
			el.H2().Text(kit.T("journal.delete.title")),
			el.Button().Attr("type", "button").ID("journal-delete").Class("button button--secondary").
				Text(kit.T("journal.delete.button")).
				OnClick(kit.On(func(ctx app.Context, e app.Event) {
					p.confirming = true
					p.status = ""
					kit.FocusID(p.ctx, "journal-delete-confirm")
				}), app.EventScope("journal-delete")),
		)
	}
	return el.Section().Class("journal-delete").Body(
		el.H2().Text(kit.T("journal.delete.title")),
		el.Div().ID("journal-delete-confirm").Class("confirm").Role("alertdialog").
			Aria("labelledby", "journal-delete-text").TabIndex(-1).Body(
			el.P().ID("journal-delete-text").Text(kit.T("journal.delete.confirm", "n", len(p.journal.Entries))),
			el.Div().Class("actions").Body(
				el.Button().Attr("type", "button").ID("journal-delete-yes").Class("button button--warning").
					Text(kit.T("journal.delete.yes")).
					OnClick(kit.On(func(ctx app.Context, e app.Event) { p.deleteAll(ctx) }), app.EventScope("journal-delete-yes")),
				el.Button().Attr("type", "button").ID("journal-delete-no").Class("button button--secondary").
					Text(kit.T("journal.delete.no")).
					OnClick(kit.On(func(ctx app.Context, e app.Event) {
						p.confirming = false
						kit.FocusID(p.ctx, "journal-delete")
					}), app.EventScope("journal-delete-no")),
			),
		),
	)
}
