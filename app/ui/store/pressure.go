package store

import (
	"encoding/json"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// prefsKey is the localStorage key of the client's pressure choices
// (pressure.Prefs as JSON). It starts with "kneadform." so "Delete my
// answers" wipes it with the draft.
const prefsKey = "kneadform.pressure"

// Pressure holds the client's pressure choices. The device is the
// source of truth: every page of the walkthrough, and the summary, reads the
// choices again from storage, so "Delete my answers" (which wipes the
// storage) always starts afresh. When the browser refuses storage the
// choices live in memory, for this tab only.
type Pressure struct {
	session *Session // the intake: "Delete my answers" also clears choices kept in memory
	// Prefs are the choices; screens change them and then call Save.
	Prefs pressure.Prefs
	// Saved is true when choices exist on the device (or in memory when
	// storage is refused); false means the client has not started.
	Saved bool
	// MemoryOnly: the browser refuses storage; prefs is the only copy.
	MemoryOnly bool
	// Notice is the catalog key of a one-time message about the saved
	// choices (damaged, cleaned, storage refused).
	Notice string
	// FromSummary is set by a Change link on the summary: the next screen
	// the client confirms returns to the recap rather than walking every
	// screen.
	FromSummary bool
}

// Load reads the saved choices. Damaged data never breaks the page: the
// client gets a notice and starts from the defaults.
func (s *Pressure) Load() {
	if app.IsServer {
		return // prerendering: no device; pages render the zero choices
	}
	if s.MemoryOnly {
		if !s.session.HasDraft() { // "Delete my answers" cleared the intake
			s.Prefs, s.Saved = pressure.Defaults(nil), false
		}
		return
	}
	raw, ok, err := kit.StorageGet(prefsKey)
	switch {
	case err != nil:
		s.MemoryOnly, s.Notice = true, "notice.storage-unavailable"
		s.Prefs, s.Saved = pressure.Defaults(nil), false
		return
	case !ok || raw == "":
		s.Prefs, s.Saved = pressure.Defaults(nil), false
		return
	}
	p, dropped, err := pressure.Decode([]byte(raw))
	if err != nil {
		// Kept until the client's next choice replaces it, so the notice
		// shows wherever they meet it first (summary or walkthrough).
		s.Notice = "pressure.walk.notice.damaged"
		s.Prefs, s.Saved = pressure.Defaults(nil), false
		return
	}
	if dropped > 0 {
		s.Notice = "pressure.walk.notice.cleaned"
	}
	if p.Stop.Signal == "" {
		p.Stop.Signal = pressure.SignalWord // the documented default
	}
	s.Prefs, s.Saved = p, true
}

// Save writes the choices to the device. When storage stops working the
// walkthrough carries on in memory and says so once.
func (s *Pressure) Save() {
	if app.IsServer {
		return
	}
	s.Saved = true
	if s.MemoryOnly {
		return
	}
	b, err := json.Marshal(s.Prefs)
	if err != nil {
		return
	}
	if err := kit.StorageSet(prefsKey, string(b)); err != nil {
		s.MemoryOnly, s.Notice = true, "notice.storage-unavailable"
	}
}

// TakeNotice returns the pending notice key and clears it.
func (s *Pressure) TakeNotice() string {
	n := s.Notice
	s.Notice = ""
	return n
}

// Agreed reports whether the client has finished agreeing on pressure for
// the chosen regions: every chosen region has a saved setting, and the stop
// signal and check-in are chosen (pressure.Validate finds nothing).
func (s *Pressure) Agreed(chosen []intake.Region) bool {
	if !s.Saved {
		return false
	}
	p := s.Prefs
	return len(pressure.Validate(&p, chosen)) == 0
}

// Shown reports whether the summary should show the client's choices
// rather than the call to action: they have been through the regions screen
// (some chosen region has a saved setting) and chose a stop signal and a
// check-in. A region added to the body map since then shows as not set.
func (s *Pressure) Shown(chosen []intake.Region) bool {
	if !s.Saved {
		return false
	}
	p := s.Prefs
	if len(pressure.Validate(&p, nil)) > 0 {
		return false
	}
	for _, r := range chosen {
		if _, ok := p.Regions[r]; ok {
			return true
		}
	}
	return false
}
