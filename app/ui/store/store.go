// Package store holds the client's state for one run of the app, in one
// place: the intake draft (Session), the pressure choices (Pressure), the
// place in the self-care player (Player) and, on a clinic device, the
// clinic's key when the browser refuses storage. The device is the source of
// truth: each part mirrors itself to localStorage (through kit) and reads
// itself back, so "Delete my answers" always starts afresh.
//
// The route table (app/ui) makes one Store and hands it to every page it
// builds; a page reads and changes state only through the Store it was
// given, so a screen can be read, and tested, on its own.
package store

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// ClinicKeyName is the localStorage key of the clinic's private key on a
// clinic device (clinic mode), stored locked (app/ui/clinicmode/vault.go). It starts "kneadform." like every key the app
// keeps, but Session.Erase leaves it: it is not the client's.
const ClinicKeyName = "kneadform.clinic-identity"

// Store is the client's state. There is one client per tab, so one Store
// per app run.
type Store struct {
	Session  *Session  // the intake draft
	Pressure *Pressure // the pressure choices
	Player   Player    // where the client is in the self-care routine
	Visits   *Visits   // the outcome log, visits and check-ins, checklist ticks
	// ClinicKey holds the clinic's key in clinic mode when the browser
	// refuses storage ("" otherwise): it then lives in this tab only.
	ClinicKey string
}

// Player remembers where the client is in the self-care routine while the
// app runs, so a look back at the routine page does not lose the place.
type Player struct {
	Item int // index of the exercise shown
	// DoneOn is the day (YYYY-MM-DD) the client last finished the whole
	// routine in the player: the journal's check-in then starts at "yes".
	DoneOn string
}

// New returns an empty Store; each part loads itself on first use.
func New() *Store {
	s := &Session{}
	return &Store{Session: s, Pressure: &Pressure{session: s}, Visits: &Visits{}}
}

// Finished returns the client's finished answers and saved pressure choices
// (nil when none were set); ok is false while the intake is not finished.
func (st *Store) Finished() (a *intake.Answers, prefs *pressure.Prefs, ok bool) {
	a = st.Session.Answers()
	if !st.Session.Draft.Done {
		return nil, nil, false
	}
	st.Pressure.Load()
	if st.Pressure.Saved {
		p := st.Pressure.Prefs
		prefs = &p
	}
	return a, prefs, true
}
