package pressurewalk

import (
	"errors"

	"kneadform/app/pressure"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
