package ui

import (
	"strconv"
	"time"

	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The self-care routine, player and journal (issue 6) live in this file and
// its siblings selfcare_*.go:
//
//	selfcare.go          routes, the summary's call to action, shared helpers
//	selfcare_routine.go  /self-care: the client's routine, explained
//	selfcare_player.go   /self-care/play: the guided player (timer, reps)
//	selfcare_cues.go     browser glue: sound, vibration, wake lock, downloads
//	selfcare_journal.go  /journal: daily check-in, chart, table, export
//	selfcare_chart.go    the progress chart drawn as inline SVG
//
// Everything is computed on the device from the saved intake
// (routine.Generate); only the journal is stored, in localStorage.

// Paths of the self-care screens.
const (
	pathRoutine = "/self-care"
	pathPlayer  = "/self-care/play"
	pathJournal = "/journal"
)

// registerSelfCare adds the self-care routes to the table.
func registerSelfCare() {
	app.Route(pathRoutine, func() app.Composer { return &routinePage{} })
	app.Route(pathPlayer, func() app.Composer { return &playerPage{} })
	app.Route(pathJournal, func() app.Composer { return &journalPage{} })
}

// clientRoutine is the routine for the saved answers, and whether the
// client has finished the intake (no routine is made from half a form: the
// safety questions decide what is safe).
func clientRoutine() (routine.Routine, triage.Outcome, bool) {
	sess.load()
	if !sess.draft.Done {
		return routine.Routine{}, triage.Outcome{}, false
	}
	a := sess.answers()
	o := triage.Evaluate(a)
	return routine.Generate(a, o), o, true
}

// selfCareLink renders the way from the summary page to the routine, or
// nothing when the outcome allows no routine.
func selfCareLink() app.UI {
	if app.IsServer {
		return nil
	}
	r, _, done := clientRoutine()
	if !done || r.Advice != "" || len(r.Exercises) == 0 {
		return nil
	}
	return app.Section().ID("selfcare-cta").Class("panel selfcare-cta").Body(
		app.H2().Text(t("selfcare.cta.title")),
		app.P().Text(t(scPlural("selfcare.cta.body", r.Minutes()), "minutes", r.Minutes())),
		app.Div().Class("actions").Body(
			app.A().ID("selfcare-open").Class("button").Href(pathRoutine).Text(t("selfcare.cta.open")),
			app.A().ID("selfcare-journal").Class("button button--secondary").Href(pathJournal).Text(t("selfcare.cta.journal")),
		),
	)
}

// plural picks key+".one" for 1 and key+".other" otherwise.
func scPlural(key string, n int) string {
	if n == 1 {
		return key + ".one"
	}
	return key + ".other"
}

// span writes "5" or "5 to 10".
func scSpan(lo, hi int) string {
	if hi > lo {
		return t("selfcare.range", "from", lo, "to", hi)
	}
	return strconv.Itoa(lo)
}

// scHoldSeconds is how long one hold lasts in the player: breaths count
// routine.SecondsPerBreath each.
func scHoldSeconds(d routine.Dose) int {
	return d.Hold + d.Breaths*routine.SecondsPerBreath
}

// doseWords says a step's dose in plain sentences, for a reading age of
// about nine: "Hold for 20 seconds.", "Do it 2 times on each side.",
// "When it feels easy, build up to 40 seconds."
func doseWords(s routine.Step) []string {
	d := s.Dose
	var out []string
	if s.Kind == routine.KindHabit {
		switch {
		case d.Minutes > 0 && d.Every > 0:
			out = append(out, t("selfcare.dose.every", "minutes", scSpan(d.Minutes, d.MinutesMax), "every", scSpan(d.Every, d.EveryMax)))
		case d.Minutes > 0:
			out = append(out, t("selfcare.dose.minutes", "minutes", scSpan(d.Minutes, d.MinutesMax)))
		}
		return out
	}
	release := s.Kind == routine.KindRelease
	switch {
	case d.Breaths > 0:
		out = append(out, t(scPlural("selfcare.dose.breaths", d.Breaths), "n", d.Breaths))
	case d.Hold > 0 && release:
		out = append(out, t(scPlural("selfcare.dose.spot", d.Hold), "n", d.Hold))
	case d.Hold > 0:
		out = append(out, t(scPlural("selfcare.dose.hold", d.Hold), "n", d.Hold))
	}
	if d.Reps > 0 {
		key := "selfcare.dose.reps"
		if release {
			key = "selfcare.dose.spots"
		}
		if d.PerSide {
			key += ".side"
		}
		out = append(out, t(scPlural(key, d.Reps), "n", d.Reps))
	}
	if d.Sets > 1 {
		out = append(out, t("selfcare.dose.sets", "n", d.Sets))
	}
	switch {
	case d.RepsMax > d.Reps && d.HoldMax > d.Hold:
		out = append(out, t("selfcare.dose.build.both", "reps", d.RepsMax, "hold", d.HoldMax))
	case d.RepsMax > d.Reps:
		out = append(out, t("selfcare.dose.build.reps", "n", d.RepsMax))
	case d.HoldMax > d.Hold:
		out = append(out, t("selfcare.dose.build.hold", "n", d.HoldMax))
	}
	return out
}

// scDuration says how long an item takes: "Under a minute", "About 2 minutes".
func scDuration(seconds int) string {
	if seconds < 60 {
		return t("selfcare.time.under-minute")
	}
	n := (seconds + 30) / 60
	return t(scPlural("selfcare.time.about", n), "n", n)
}

// exerciseImage is an item's illustration. The drawing repeats the text
// next to it, so its alt text names what it shows.
func exerciseImage(s routine.Step, class string) app.UI {
	return scEl("img").Class(class).Attr("src", s.Image).Attr("alt", t("selfcare.image.alt", "name", t(s.Name))).
		Attr("width", 200).Attr("height", 140).Attr("decoding", "async")
}

// gentleNotes are the "go gently" cautions for one step, or nothing.
func gentleNotes(s routine.Step) app.UI {
	if len(s.Gentle) == 0 {
		return nil
	}
	items := make([]app.UI, len(s.Gentle))
	for i, k := range s.Gentle {
		items[i] = app.Li().Text(t(k))
	}
	return app.Div().Class("gentle").Body(
		app.P().Class("gentle-title").Body(
			app.Span().Class("gentle-mark").Aria("hidden", "true").Text("!"),
			app.Text(t("selfcare.gentle")),
		),
		app.Ul().Class("bullets").Body(items...),
	)
}

// frequencyWhy is the client's reason for a visit frequency.
func frequencyWhy(f *triage.Frequency) string {
	key := "selfcare.frequency.why." + f.ID
	if catalog.Has(key) {
		return t(key)
	}
	return ""
}

// baselineDate is the device's calendar day (YYYY-MM-DD) on which the
// intake was finished, or "" when that is not known.
func baselineDate(a *intake.Answers) string {
	for _, s := range []string{a.ConsentAt, sess.draft.Saved} {
		if at, err := time.Parse(time.RFC3339, s); err == nil {
			return at.Local().Format(routine.DateLayout)
		}
	}
	return ""
}

// scEl is a plain element. go-app's typed constructors (app.Table()...) each
// link a large type into the wasm; these pages need only Attr and Text.
func scEl(tag string) app.HTMLElem { return app.Elem(tag) }
