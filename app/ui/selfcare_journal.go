package ui

import (
	"errors"
	"strconv"
	"time"

	"kneadform/app/intake"
	"kneadform/app/routine"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// journalPage (/journal) is the progress journal (seed:000 "Measuring
// Progress"): a daily check-in that takes under 30 seconds (pain 0–10,
// morning stiffness, sleep, the intake's three everyday tasks, routine done),
// a chart of the last 30 days against the intake baseline with a table
// alternative, export as CSV or JSON, and delete. It is stored only on this
// device, in localStorage under journalKey; "Delete my answers" removes it
// too (every kneadform.* key).
type journalPage struct {
	app.Compo
	ctx     app.Context // the page's own: focus moves outlive the tapped button
	ready   bool
	journal routine.Journal
	today   string
	entry   routine.Entry // the check-in being filled in
	hasPain bool          // a pain number was chosen
	existed bool          // today's check-in was saved before
	errors  []intake.FieldError
	notice  string // catalog key of a one-time notice
	status  string // the polite live region's text ("Saved", "Deleted")

	memoryOnly bool // storage refused: the journal lives in this tab only
	routineOK  bool // the client has a routine (ask "did you do it?")

	csvURL, jsonURL string // blob: URLs of the exports
	confirming      bool   // asking "delete the journal?"
}

// Storage keys. Both start "kneadform." so "Delete my answers" wipes them.
const (
	journalKey        = "kneadform.journal"
	journalDamagedKey = "kneadform.journal.damaged" // an unreadable journal, set aside rather than lost
)

const journalPainField = "journal-pain"

func (p *journalPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.ctx = ctx
		if app.IsServer {
			return
		}
		p.load()
		p.ready = true
		ctx.Page().SetTitle(t("journal.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *journalPage) OnDismount() {
	scRevokeURL(p.csvURL)
	scRevokeURL(p.jsonURL)
	p.csvURL, p.jsonURL = "", ""
}

// load reads the journal from the device. Damaged or foreign data never
// breaks the page: it is set aside under journalDamagedKey, and the client
// gets a notice and a fresh journal.
func (p *journalPage) load() {
	p.journal = routine.Journal{Entries: []routine.Entry{}}
	p.notice, p.memoryOnly = "", false
	raw, ok, err := storageGet(journalKey)
	switch {
	case err != nil:
		p.memoryOnly, p.notice = true, "journal.notice.storage"
	case ok && raw != "":
		j, dropped, err := routine.DecodeJournal([]byte(raw))
		switch {
		case errors.Is(err, routine.ErrJournalVersion):
			p.setAside(raw)
			p.notice = "journal.notice.old"
		case err != nil:
			p.setAside(raw)
			p.notice = "journal.notice.damaged"
		default:
			p.journal = j
			if dropped > 0 {
				p.notice = "journal.notice.cleaned"
			}
		}
	}
	r, _, done := clientRoutine()
	p.routineOK = done && r.Advice == "" && len(r.Exercises) > 0
	if p.journal.Baseline == nil && done {
		b := routine.NewBaseline(sess.answers(), baselineDate(sess.answers()))
		if b.Validate() == nil {
			p.journal.Baseline = &b
		}
	}
	p.today = time.Now().Format(routine.DateLayout)
	p.startEntry()
	p.refreshExports()
}

// setAside keeps unreadable journal text under another key, so a new
// check-in does not overwrite what might still be recovered.
func (p *journalPage) setAside(raw string) {
	if storageSet(journalDamagedKey, raw) == nil {
		storageDel(journalKey)
	}
}

// startEntry prepares today's check-in: the saved one, or a blank one
// (routine done "yes" when the player was finished today).
func (p *journalPage) startEntry() {
	e, ok := p.journal.Get(p.today)
	p.existed, p.hasPain = ok, ok
	if !ok {
		e = routine.Entry{Date: p.today, RoutineDone: routineDoneOn == p.today}
	}
	e.Function = scCloneFunction(e.Function)
	p.entry = e
	p.errors = nil
}

func scCloneFunction(m map[intake.Task]intake.Ability) map[intake.Task]intake.Ability {
	out := map[intake.Task]intake.Ability{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// save records today's check-in on the device.
func (p *journalPage) save(ctx app.Context) {
	if !p.hasPain {
		p.errors = []intake.FieldError{{Field: journalPainField, Key: "error.required"}}
		ctx.Page().SetTitle(t("error.title-prefix") + " " + t("journal.title") + " – " + t("app.name"))
		focusID(ctx, "error-summary")
		return
	}
	p.errors = nil
	ctx.Page().SetTitle(t("journal.title") + " – " + t("app.name"))
	if err := p.journal.Add(p.entry); err != nil {
		// Only a date before 2000 or a pain off the scale is refused; the
		// form offers neither, so this is a device with a wrong clock.
		p.say(t("journal.status.refused"))
		return
	}
	if !p.store() {
		p.notice = "journal.notice.storage"
	}
	p.existed = true
	p.say(t("journal.status.saved"))
	p.refreshExports()
}

// say puts a message in the status region. A repeat of the same text
// gets a trailing no-break space, so it is read out again.
func (p *journalPage) say(s string) {
	if s == p.status {
		s += "\u00a0"
	}
	p.status = s
}

// store writes the journal to the device, reporting whether it could.
func (p *journalPage) store() bool {
	if p.memoryOnly {
		return false
	}
	b, err := routine.EncodeJournal(p.journal)
	if err != nil {
		return false
	}
	if err := storageSet(journalKey, string(b)); err != nil {
		p.memoryOnly = true
		return false
	}
	return true
}

// deleteAll removes the journal (and any set-aside copy) from the device.
func (p *journalPage) deleteAll(ctx app.Context) {
	storageDel(journalKey)
	storageDel(journalDamagedKey)
	base := p.journal.Baseline
	p.journal = routine.Journal{Baseline: base, Entries: []routine.Entry{}}
	p.confirming = false
	p.notice = ""
	p.say(t("journal.status.deleted"))
	p.startEntry()
	p.refreshExports()
	focusID(p.ctx, "page-heading")
}

// refreshExports remakes the download links' files from the journal.
func (p *journalPage) refreshExports() {
	scRevokeURL(p.csvURL)
	scRevokeURL(p.jsonURL)
	p.csvURL, p.jsonURL = "", ""
	if len(p.journal.Entries) == 0 {
		return
	}
	if b, err := routine.ExportCSV(p.journal); err == nil {
		p.csvURL = scObjectURL(b, "text/csv;charset=utf-8")
	}
	if b, err := routine.ExportJSON(p.journal); err == nil {
		p.jsonURL = scObjectURL(b, "application/json")
	}
}

func (p *journalPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if !p.ready {
		return app.Div().Class("layout").Body(banner(), page("journal", t("loading")), footer())
	}
	chart := routine.NewChart(&p.journal, time.Now())
	back, backText := pathRoutine, t("player.back")
	if !p.routineOK {
		back, backText = "/summary", t("selfcare.back-summary")
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-journal").Body(
			app.A().Class("back-link").Href(back).Text(backText),
			noticeBox(p.notice),
			errorSummary(p.errors, map[string]string{journalPainField: t("journal.q.pain")},
				func(ctx app.Context, id string) { focusID(ctx, id) }),
			app.H1().ID("page-heading").TabIndex(-1).Text(t("journal.title")),
			app.P().Class("lead").Text(t("journal.lead")),
			p.form(),
			app.Div().ID("journal-status").Class("journal-status").Role("status").Aria("live", "polite").Body(
				app.If(p.status != "", func() app.UI { return app.P().Text(p.status) }),
			),
			app.Section().ID("journal-progress").Class("journal-progress").Body(
				app.H2().Text(t("journal.progress.title")),
				app.Figure().Class("chart-figure").Body(
					jchartSVG(chart),
					app.FigCaption().Body(jchartLegend(chart)),
				),
				app.P().ID("journal-summary").Text(jchartSummary(chart)),
				jchartTable(chart),
			),
			p.exports(),
			p.deleteView(),
		),
		footer(),
	)
}

// form is the check-in: one screen, big tap targets, about seven taps.
func (p *journalPage) form() app.UI {
	e := &p.entry
	errs := toErrs(p.errors)
	scale := make([]option, routine.MaxPain+1)
	for i := range scale {
		scale[i] = option{value: strconv.Itoa(i), label: strconv.Itoa(i)}
	}
	pain := ""
	if p.hasPain {
		pain = strconv.Itoa(e.Pain)
	}
	heading := t("journal.today", "date", scDate(p.today))
	qs := []app.UI{
		app.Div().Class("scale").Body(
			radios(journalPainField, t("journal.q.pain"), t("journal.q.pain.hint"), scale, pain, errs[journalPainField],
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
		app.Div().Class("chips chips--1").Body(
			radios("journal-stiffness", t("journal.q.stiffness"), "", options("stiffness", intake.Stiffnesses),
				string(e.Stiffness), "", func(ctx app.Context, v string) { e.Stiffness = intake.Stiffness(v) }),
		),
		app.Div().Class("chips chips--3").Body(
			radios("journal-sleep", t("journal.q.sleep"), "", options("sleep", intake.Qualities),
				string(e.Sleep), "", func(ctx app.Context, v string) { e.Sleep = intake.Quality(v) }),
		),
	}
	for _, tk := range intake.Tasks {
		tk := tk
		qs = append(qs, app.Div().Class("chips chips--3").Body(
			radios("journal-"+string(tk), t("task."+string(tk)), "", options("ability", intake.Abilities),
				string(e.Function[tk]), "", func(ctx app.Context, v string) { e.Function[tk] = intake.Ability(v) }),
		))
	}
	if p.routineOK || e.RoutineDone {
		done := "no"
		if e.RoutineDone {
			done = "yes"
		}
		qs = append(qs, app.Div().Class("chips chips--2").Body(
			radios("journal-done", t("journal.q.done"), "", options("tri", []intake.Tri{intake.Yes, intake.No}),
				done, "", func(ctx app.Context, v string) { e.RoutineDone = v == "yes" }),
		))
	}
	submit := t("journal.save")
	if p.existed {
		submit = t("journal.update")
	}
	return app.Section().ID("journal-checkin").Class("journal-checkin").Body(
		app.H2().Text(heading),
		app.If(p.existed, func() app.UI { return app.P().Class("hint").Text(t("journal.existed")) }),
		app.Form().ID("journal-form").Attr("novalidate", true).
			OnSubmit(on(func(ctx app.Context, ev app.Event) {
				ev.PreventDefault()
				p.save(ctx)
			})).Body(
			app.Div().Class("journal-questions").Body(qs...),
			app.Div().Class("actions").Body(
				submitButton("journal-save", submit),
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
	return app.Section().ID("journal-export").Class("journal-export").Body(
		app.H2().Text(t("journal.export.title")),
		app.P().Text(t("journal.export.lead")),
		app.Div().Class("actions").Body(
			app.If(p.csvURL != "", func() app.UI {
				return app.A().ID("journal-csv").Class("button button--secondary").Href(p.csvURL).
					Download(name + ".csv").Text(t("journal.export.csv"))
			}),
			app.If(p.jsonURL != "", func() app.UI {
				return app.A().ID("journal-json").Class("button button--secondary").Href(p.jsonURL).
					Download(name + ".json").Text(t("journal.export.json"))
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
		return app.Section().Class("journal-delete").Body(
			app.H2().Text(t("journal.delete.title")),
			app.Button().Type("button").ID("journal-delete").Class("button button--secondary").
				Text(t("journal.delete.button")).
				OnClick(on(func(ctx app.Context, e app.Event) {
					p.confirming = true
					p.status = ""
					focusID(p.ctx, "journal-delete-confirm")
				}), app.EventScope("journal-delete")),
		)
	}
	return app.Section().Class("journal-delete").Body(
		app.H2().Text(t("journal.delete.title")),
		app.Div().ID("journal-delete-confirm").Class("confirm").Role("alertdialog").
			Aria("labelledby", "journal-delete-text").TabIndex(-1).Body(
			app.P().ID("journal-delete-text").Text(t("journal.delete.confirm", "n", len(p.journal.Entries))),
			app.Div().Class("actions").Body(
				app.Button().Type("button").ID("journal-delete-yes").Class("button button--warning").
					Text(t("journal.delete.yes")).
					OnClick(on(func(ctx app.Context, e app.Event) { p.deleteAll(ctx) }), app.EventScope("journal-delete-yes")),
				app.Button().Type("button").ID("journal-delete-no").Class("button button--secondary").
					Text(t("journal.delete.no")).
					OnClick(on(func(ctx app.Context, e app.Event) {
						p.confirming = false
						focusID(p.ctx, "journal-delete")
					}), app.EventScope("journal-delete-no")),
			),
		),
	)
}
