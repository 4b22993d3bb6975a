package visit

import (
	"time"

	"kneadform/app/clinic"
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"
)

// Paths of this feature's pages.
const (
	PathChecklist  = "/visit/checklist"
	PathCheckIn    = "/visit/checkin"
	PathCalendar   = "/visit/calendar"
	PathActivities = "/visit/activities"
)

// state is what every page of the feature reads on navigation: the finished
// intake, the pressure choices, the outcome and the saved log. ok is false
// while the intake is not finished.
type state struct {
	answers *intake.Answers
	prefs   pressure.Prefs
	outcome triage.Outcome
	ok      bool
}

// load reads the client's state from st (and the log into st.Visits).
func load(st *store.Store) state {
	a, prefs, ok := st.Finished()
	st.Visits.Load()
	if !ok {
		return state{}
	}
	s := state{answers: a, outcome: triage.Evaluate(a), ok: true}
	if prefs != nil {
		s.prefs = *prefs
	} else {
		s.prefs = pressure.Defaults(a.Regions)
	}
	return s
}

// checklist is the pre-visit checklist for s.
func (s state) checklist() dv.Checklist {
	return dv.NewChecklist(s.answers, s.outcome, s.prefs, clinic.Current)
}

// today is the device's date as outcome records write it.
func today() string { return time.Now().Format("2006-01-02") }

// wallNow is the device's wall clock to the minute, as visit.Visit.At.
func wallNow() string { return time.Now().Format(dv.AtLayout) }

// now is the device's clock.
func now() time.Time { return time.Now() }
