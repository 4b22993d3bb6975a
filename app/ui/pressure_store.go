package ui

import (
	"encoding/json"
	"errors"

	"kneadform/app/intake"
	"kneadform/app/pressure"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// prefsKey is the localStorage key of the client's pressure choices
// (pressure.Prefs as JSON). It starts with "kneadform." so "Delete my
// answers" wipes it with the draft.
const prefsKey = "kneadform.pressure"

// pressureStore holds the client's pressure choices. The device is the
// source of truth: every page of the walkthrough, and the summary, reads the
// choices again from storage, so "Delete my answers" (which wipes the
// storage) always starts afresh. When the browser refuses storage the
// choices live in memory, for this tab only.
type pressureStore struct {
	prefs pressure.Prefs
	// saved is true when choices exist on the device (or in memory when
	// storage is refused); false means the client has not started.
	saved bool
	// memoryOnly: the browser refuses storage; prefs is the only copy.
	memoryOnly bool
	// notice is the catalog key of a one-time message about the saved
	// choices (damaged, cleaned, storage refused).
	notice string
}

var pstore = &pressureStore{}

// load reads the saved choices. Damaged data never breaks the page: the
// client gets a notice and starts from the defaults.
func (s *pressureStore) load() {
	if app.IsServer {
		return // prerendering: no device; pages render the zero choices
	}
	if s.memoryOnly {
		if !sess.hasDraft() { // "Delete my answers" cleared the intake
			s.prefs, s.saved = pressure.Defaults(nil), false
		}
		return
	}
	raw, ok, err := storageGet(prefsKey)
	switch {
	case err != nil:
		s.memoryOnly, s.notice = true, "notice.storage-unavailable"
		s.prefs, s.saved = pressure.Defaults(nil), false
		return
	case !ok || raw == "":
		s.prefs, s.saved = pressure.Defaults(nil), false
		return
	}
	p, dropped, err := pressure.Decode([]byte(raw))
	if err != nil {
		// Kept until the client's next choice replaces it, so the notice
		// shows wherever they meet it first (summary or walkthrough).
		s.notice = "pressure.walk.notice.damaged"
		s.prefs, s.saved = pressure.Defaults(nil), false
		return
	}
	if dropped > 0 {
		s.notice = "pressure.walk.notice.cleaned"
	}
	if p.Stop.Signal == "" {
		p.Stop.Signal = pressure.SignalWord // the documented default
	}
	s.prefs, s.saved = p, true
}

// save writes the choices to the device. When storage stops working the
// walkthrough carries on in memory and says so once.
func (s *pressureStore) save() {
	if app.IsServer {
		return
	}
	s.saved = true
	if s.memoryOnly {
		return
	}
	b, err := json.Marshal(s.prefs)
	if err != nil {
		return
	}
	if err := storageSet(prefsKey, string(b)); err != nil {
		s.memoryOnly, s.notice = true, "notice.storage-unavailable"
	}
}

// takeNotice returns the pending notice key and clears it.
func (s *pressureStore) takeNotice() string {
	n := s.notice
	s.notice = ""
	return n
}

// agreed reports whether the client has finished agreeing on pressure for
// the chosen regions: every chosen region has a saved setting, and the stop
// signal and check-in are chosen (pressure.Validate finds nothing).
func (s *pressureStore) agreed(chosen []intake.Region) bool {
	if !s.saved {
		return false
	}
	p := s.prefs
	return len(pressure.Validate(&p, chosen)) == 0
}

// shown reports whether the summary should show the client's choices
// rather than the call to action: they have been through the regions screen
// (some chosen region has a saved setting) and chose a stop signal and a
// check-in. A region added to the body map since then shows as not set.
func (s *pressureStore) shown(chosen []intake.Region) bool {
	if !s.saved {
		return false
	}
	p := s.prefs
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

// Haptics: the scale's vibration preview. syscall/js turns a JavaScript
// exception into a Go panic, so every call recovers; where vibrate does not
// exist (iOS, desktops, a cross-origin frame without permission) it is a
// no-op.

// hapticsSupported reports whether the browser has navigator.vibrate.
func hapticsSupported() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if app.IsServer {
		return false
	}
	nav := app.Window().Get("navigator")
	return nav.Truthy() && nav.Get("vibrate").Type() == app.TypeFunction
}

// reducedMotion reports whether the client asked the system for less motion.
func reducedMotion() (reduce bool) {
	defer func() {
		if recover() != nil {
			reduce = false
		}
	}()
	if app.IsServer {
		return false
	}
	mm := app.Window().Get("matchMedia")
	if mm.Type() != app.TypeFunction {
		return false
	}
	return app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
}

// previewLevel plays the vibration pattern of level l, when the client has
// not turned it off, the system does not ask for reduced motion, and the
// phone can vibrate.
func previewLevel(p pressure.Prefs, l pressure.Level) {
	if !p.HapticsOn() || !hapticsSupported() || reducedMotion() {
		return
	}
	pattern := pressure.Haptic(l)
	if len(pattern) == 0 {
		return
	}
	_ = vibrate(pattern)
}

func vibrate(pattern []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("vibrate: browser refused")
		}
	}()
	arr := make([]any, len(pattern))
	for i, ms := range pattern {
		arr[i] = ms
	}
	app.Window().Get("navigator").Call("vibrate", arr)
	return nil
}
