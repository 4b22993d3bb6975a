package selfcare

import (
	"errors"
	"time"

	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

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
	st      *store.Store // the client's state (app/ui/store)
	ctx     app.Context  // the page's own: focus moves outlive the tapped button
	ready   bool
	journal routine.Journal
	today   string
	entry   routine.Entry // the check-in being filled in
	hasPain bool          // a pain number was chosen
	existed bool          // today's check-in was saved before
	doneSet bool          // "did you do your routine?" has an answer (none is pre-selected)
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
	kit.Guard(ctx, func() {
		p.ctx = ctx
		if app.IsServer {
			return
		}
		p.load()
		p.ready = true
		ctx.Page().SetTitle(kit.T("journal.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *journalPage) OnDismount() {
	kit.RevokeURL(p.csvURL)
	kit.RevokeURL(p.jsonURL)
	p.csvURL, p.jsonURL = "", ""
}

// load reads the journal from the device. Damaged or foreign data never
// breaks the page: it is set aside under journalDamagedKey, and the client
// gets a notice and a fresh journal.
func (p *journalPage) load() {
	p.journal = routine.Journal{Entries: []routine.Entry{}}
	p.notice, p.memoryOnly = "", false
	raw, ok, err := kit.StorageGet(journalKey)
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
	r, _, done := clientRoutine(p.st)
	p.routineOK = done && r.Advice == "" && len(r.Exercises) > 0
	if p.journal.Baseline == nil && done {
		b := routine.NewBaseline(p.st.Session.Answers(), baselineDate(p.st.Session.Answers(), p.st.Session.Draft.Saved))
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
	if kit.StorageSet(journalDamagedKey, raw) == nil {
		kit.StorageDel(journalKey)
	}
}

// startEntry prepares today's check-in: the saved one, or a blank one
// (routine done "yes" when the player was finished today).
func (p *journalPage) startEntry() {
	e, ok := p.journal.Get(p.today)
	p.existed, p.hasPain = ok, ok
	if !ok {
		e = routine.Entry{Date: p.today, RoutineDone: p.st.Player.DoneOn == p.today}
	}
	// A saved check-in or a finished player answers the question; a blank
	// check-in leaves it unanswered rather than pre-selecting "No".
	p.doneSet = ok || e.RoutineDone
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
		ctx.Page().SetTitle(kit.T("error.title-prefix") + " " + kit.T("journal.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "error-summary")
		return
	}
	p.errors = nil
	ctx.Page().SetTitle(kit.T("journal.title") + " – " + kit.T("app.name"))
	if err := p.journal.Add(p.entry); err != nil {
		// Only a date before 2000 or a pain off the scale is refused; the
		// form offers neither, so this is a device with a wrong clock.
		p.say(kit.T("journal.status.refused"))
		return
	}
	if !p.store() {
		p.notice = "journal.notice.storage"
	}
	p.existed = true
	p.say(kit.T("journal.status.saved"))
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
	if err := kit.StorageSet(journalKey, string(b)); err != nil {
		p.memoryOnly = true
		return false
	}
	return true
}

// deleteAll removes the journal (and any set-aside copy) from the device.
func (p *journalPage) deleteAll(ctx app.Context) {
	kit.StorageDel(journalKey)
	kit.StorageDel(journalDamagedKey)
	base := p.journal.Baseline
	p.journal = routine.Journal{Baseline: base, Entries: []routine.Entry{}}
	p.confirming = false
	p.notice = ""
	p.say(kit.T("journal.status.deleted"))
	p.startEntry()
	p.refreshExports()
	kit.FocusID(p.ctx, "page-heading")
}

// refreshExports remakes the download links' files from the journal.
func (p *journalPage) refreshExports() {
	kit.RevokeURL(p.csvURL)
	kit.RevokeURL(p.jsonURL)
	p.csvURL, p.jsonURL = "", ""
	if len(p.journal.Entries) == 0 {
		return
	}
	if b, err := routine.ExportCSV(p.journal); err == nil {
		p.csvURL = kit.ObjectURL(b, "text/csv;charset=utf-8")
	}
	if b, err := routine.ExportJSON(p.journal); err == nil {
		p.jsonURL = kit.ObjectURL(b, "application/json")
	}
}
