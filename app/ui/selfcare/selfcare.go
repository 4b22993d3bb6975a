package selfcare

import (
	"kneadform/app/ui/el"
	"strconv"
	"time"

	"kneadform/app/intake"
	"kneadform/app/routine"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the self-care screens.
const (
	PathRoutine = "/self-care"      // the client's routine, explained
	PathPlayer  = "/self-care/play" // the guided player
	PathJournal = "/journal"        // the progress journal
)

// NewRoutine is the routine page (PathRoutine) for st's finished intake.
func NewRoutine(st *store.Store) app.Composer { return &routinePage{st: st} }

// NewPlayer is the guided player (PathPlayer) for st's routine.
func NewPlayer(st *store.Store) app.Composer { return &playerPage{st: st} }

// NewJournal is the progress journal (PathJournal).
func NewJournal(st *store.Store) app.Composer { return &journalPage{st: st} }

// clientRoutine is the routine for the saved answers, and whether the
// client has finished the intake (no routine is made from half a form: the
// safety questions decide what is safe).
func clientRoutine(st *store.Store) (routine.Routine, triage.Outcome, bool) {
	st.Session.Load()
	if !st.Session.Draft.Done {
		return routine.Routine{}, triage.Outcome{}, false
	}
	a := st.Session.Answers()
	o := triage.Evaluate(a)
	return routine.Generate(a, o), o, true
}

// Link is the self-care panel on the summary page: the way to the routine
// and the journal, or nothing when the outcome allows no routine.
func Link(st *store.Store) func() app.UI {
	return func() app.UI { return link(st) }
}

func link(st *store.Store) app.UI {
	if app.IsServer {
		return nil
	}
	r, _, done := clientRoutine(st)
	if !done || r.Advice != "" || len(r.Exercises) == 0 {
		return nil
	}
	return el.Section().ID("selfcare-cta").Class("panel selfcare-cta").Body(
		el.H2().Text(kit.T("selfcare.cta.title")),
		el.P().Text(kit.T(scPlural("selfcare.cta.body", r.Minutes()), "minutes", r.Minutes())),
		el.Div().Class("actions").Body(
			el.A().ID("selfcare-open").Class("button").Attr("href", PathRoutine).Text(kit.T("selfcare.cta.open")),
			el.A().ID("selfcare-journal").Class("button button--secondary").Attr("href", PathJournal).Text(kit.T("selfcare.cta.journal")),
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
		return kit.T("selfcare.range", "from", lo, "to", hi)
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
			out = append(out, kit.T("selfcare.dose.every", "minutes", scSpan(d.Minutes, d.MinutesMax), "every", scSpan(d.Every, d.EveryMax)))
		case d.Minutes > 0:
			out = append(out, kit.T("selfcare.dose.minutes", "minutes", scSpan(d.Minutes, d.MinutesMax)))
		}
		return out
	}
	release := s.Kind == routine.KindRelease
	switch {
	case d.Breaths > 0:
		out = append(out, kit.T(scPlural("selfcare.dose.breaths", d.Breaths), "n", d.Breaths))
	case d.Hold > 0 && release:
		out = append(out, kit.T(scPlural("selfcare.dose.spot", d.Hold), "n", d.Hold))
	case d.Hold > 0:
		out = append(out, kit.T(scPlural("selfcare.dose.hold", d.Hold), "n", d.Hold))
	}
	if d.Reps > 0 {
		key := "selfcare.dose.reps"
		if release {
			key = "selfcare.dose.spots"
		}
		if d.PerSide {
			key += ".side"
		}
		out = append(out, kit.T(scPlural(key, d.Reps), "n", d.Reps))
	}
	if d.Sets > 1 {
		out = append(out, kit.T("selfcare.dose.sets", "n", d.Sets))
	}
	switch {
	case d.RepsMax > d.Reps && d.HoldMax > d.Hold:
		out = append(out, kit.T("selfcare.dose.build.both", "reps", d.RepsMax, "hold", d.HoldMax))
	case d.RepsMax > d.Reps:
		out = append(out, kit.T("selfcare.dose.build.reps", "n", d.RepsMax))
	case d.HoldMax > d.Hold:
		out = append(out, kit.T("selfcare.dose.build.hold", "n", d.HoldMax))
	}
	return out
}

// scDuration says how long an item takes: "Under a minute", "About 2 minutes".
func scDuration(seconds int) string {
	if seconds < 60 {
		return kit.T("selfcare.time.under-minute")
	}
	n := (seconds + 30) / 60
	return kit.T(scPlural("selfcare.time.about", n), "n", n)
}

// exerciseImage is an item's illustration. The drawing repeats the text
// next to it, so its alt text names what it shows.
func exerciseImage(s routine.Step, class string) app.UI {
	return el.Img().Class(class).Attr("src", s.Image).Attr("alt", kit.T("selfcare.image.alt", "name", kit.T(s.Name))).
		Attr("width", 200).Attr("height", 140).Attr("decoding", "async")
}

// gentleNotes are the "go gently" cautions for one step, or nothing.
func gentleNotes(s routine.Step) app.UI {
	if len(s.Gentle) == 0 {
		return nil
	}
	items := make([]app.UI, len(s.Gentle))
	for i, k := range s.Gentle {
		items[i] = el.Li().Text(kit.T(k))
	}
	return el.Div().Class("gentle").Body(
		el.P().Class("gentle-title").Body(
			el.Span().Class("gentle-mark").Aria("hidden", "true").Text("!"),
			app.Text(kit.T("selfcare.gentle")),
		),
		el.Ul().Class("bullets").Body(items...),
	)
}

// frequencyWhy is the client's reason for a visit frequency.
func frequencyWhy(f *triage.Frequency) string {
	key := "selfcare.frequency.why." + f.ID
	if kit.Has(key) {
		return kit.T(key)
	}
	return ""
}

// baselineDate is the device's calendar day (YYYY-MM-DD) on which the
// intake was finished (consent, else the draft's last save), or "" when
// that is not known.
func baselineDate(a *intake.Answers, saved string) string {
	for _, s := range []string{a.ConsentAt, saved} {
		if at, err := time.Parse(time.RFC3339, s); err == nil {
			return at.Local().Format(routine.DateLayout)
		}
	}
	return ""
}
