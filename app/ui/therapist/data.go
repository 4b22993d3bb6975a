package therapist

import (
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"
	"kneadform/app/visit"
)

// Data is what the therapist summary shows: the answers, the pressure
// choices (nil when the client set none) and the outcome of the clinical
// rules, run again on the answers wherever they are shown.
type Data struct {
	Answers *intake.Answers
	Prefs   *pressure.Prefs
	Outcome triage.Outcome
	// LastVisit are the "last visit" notes (visit.LastVisitNotes, in the
	// clinic's language); nil when the device has no visit.
	LastVisit []string
	// Progress is the functional scale: each activity's latest score with
	// its first (outcome.Progress); nil when the client named none.
	Progress []outcome.Tracked
}

// NewData evaluates the answers a and keeps them with the choices prefs.
func NewData(a *intake.Answers, prefs *pressure.Prefs) Data {
	return Data{Answers: a, Prefs: prefs, Outcome: triage.Evaluate(a)}
}

// clientData reads the client's finished intake and pressure choices from
// st. ok is false while the intake is not finished.
func clientData(st *store.Store) (d Data, ok bool) {
	a, prefs, ok := st.Finished()
	if !ok {
		return Data{}, false
	}
	d = NewData(a, prefs)
	st.Visits.Load()
	if v, ok := st.Visits.Log.LastVisit(); ok {
		d.LastVisit = visit.LastVisitNotes(v, kit.Catalog())
	}
	d.Progress = outcome.Progress(st.Visits.Log.Records)
	return d, true
}
