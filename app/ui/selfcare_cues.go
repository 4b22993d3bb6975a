package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser glue for the self-care screens: a short tone, a vibration, the
// screen wake lock and file downloads. Each is optional: where a browser
// lacks the API, or refuses, the app carries on without it. syscall/js turns
// a JavaScript exception into a Go panic, so every call goes through scJS,
// and promise rejections always get a handler (an unhandled one would be a
// console error).

// scJS runs f and reports whether it finished without a JavaScript
// exception (or any other panic).
func scJS(f func()) (ok bool) {
	if app.IsServer {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	f()
	return true
}

// scReducedMotion reports the client's "reduce motion" setting; the
// player then does not vibrate unless the client turns it on.
func scReducedMotion() (reduce bool) {
	scJS(func() {
		mq := app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)")
		reduce = mq.Truthy() && mq.Get("matches").Bool()
	})
	return reduce
}

// scCanVibrate reports whether the browser has navigator.vibrate (Android
// browsers do; iOS Safari does not).
func scCanVibrate() (ok bool) {
	scJS(func() {
		ok = app.Window().Get("navigator").Get("vibrate").Type() == app.TypeFunction
	})
	return ok
}

// vibrate buzzes once, or in a pattern of on/off milliseconds.
func scVibrate(pattern ...int) {
	scJS(func() {
		nav := app.Window().Get("navigator")
		if nav.Get("vibrate").Type() != app.TypeFunction {
			return
		}
		p := make([]any, len(pattern))
		for i, ms := range pattern {
			p[i] = ms
		}
		nav.Call("vibrate", p)
	})
}

// scChime plays a soft tone with the Web Audio API: an oscillator made on the
// device, no sound file. Browsers only start audio after a tap, so unlock
// is called from the Start button.
type scChime struct {
	ac app.Value
}

// unlock creates or resumes the audio context; call it in a tap handler.
func (c *scChime) unlock() {
	scJS(func() {
		if c.ac == nil {
			ctor := app.Window().Get("AudioContext")
			if !ctor.Truthy() {
				ctor = app.Window().Get("webkitAudioContext")
			}
			if !ctor.Truthy() {
				return
			}
			c.ac = ctor.New()
		}
		if c.ac.Get("state").String() == "suspended" {
			scIgnoreRejection(c.ac.Call("resume"))
		}
	})
}

// play sounds one short, gentle tone (two for "exercise done").
func (c *scChime) play(tones int) {
	scJS(func() {
		if c.ac == nil || c.ac.Get("state").String() != "running" {
			return
		}
		now := c.ac.Get("currentTime").Float()
		for i := 0; i < tones; i++ {
			start := now + float64(i)*0.28
			osc := c.ac.Call("createOscillator")
			gain := c.ac.Call("createGain")
			osc.Set("type", "sine")
			osc.Get("frequency").Call("setValueAtTime", 660+float64(i)*220, start)
			g := gain.Get("gain")
			g.Call("setValueAtTime", 0.0001, start)
			g.Call("exponentialRampToValueAtTime", 0.2, start+0.02)
			g.Call("exponentialRampToValueAtTime", 0.0001, start+0.25)
			osc.Call("connect", gain)
			gain.Call("connect", c.ac.Get("destination"))
			osc.Call("start", start)
			osc.Call("stop", start+0.26)
		}
	})
}

// close frees the audio context.
func (c *scChime) close() {
	if c.ac == nil {
		return
	}
	scJS(func() { scIgnoreRejection(c.ac.Call("close")) })
	c.ac = nil
}

// scWakeLock keeps the screen on while the player runs, where the browser
// supports navigator.wakeLock. The browser drops the lock when the page is
// hidden; the player asks again on the next start or resume.
type scWakeLock struct {
	sentinel app.Value
	want     bool // the player wants the lock (a late grant is released otherwise)
	asking   bool
}

// acquire asks for the lock. ctx must belong to the component that owns
// w, so the answer comes back on the UI goroutine.
func (w *scWakeLock) acquire(ctx app.Context) {
	w.want = true
	if w.asking || (w.sentinel != nil && !scJSBool(w.sentinel, "released")) {
		return
	}
	scJS(func() {
		wl := app.Window().Get("navigator").Get("wakeLock")
		if !wl.Truthy() {
			return
		}
		promise := wl.Call("request", "screen")
		w.asking = true
		scSettle(promise, func(s app.Value) {
			ctx.Dispatch(func(ctx app.Context) {
				guard(ctx, func() {
					w.asking = false
					if !w.want {
						scJS(func() { scIgnoreRejection(s.Call("release")) })
						return
					}
					w.sentinel = s
				})
			})
		}, func() {
			ctx.Dispatch(func(ctx app.Context) { w.asking = false })
		})
	})
}

// release lets the screen sleep again.
func (w *scWakeLock) release() {
	w.want = false
	if w.sentinel == nil {
		return
	}
	s := w.sentinel
	w.sentinel = nil
	scJS(func() {
		if !s.Get("released").Bool() {
			scIgnoreRejection(s.Call("release"))
		}
	})
}

// scJSBool reads a boolean property, false when it is missing or throws.
func scJSBool(v app.Value, prop string) (b bool) {
	scJS(func() { b = v.Get(prop).Bool() })
	return b
}

// scSettle calls ok with a promise's value or fail when it rejects, and
// frees both callbacks either way (scSettleErr, without the error's name).
func scSettle(promise app.Value, ok func(app.Value), fail func()) {
	scSettleErr(promise, ok, func(string) { fail() })
}

// scIgnoreRejection gives a promise a rejection handler, so a refusal is not
// reported as an uncaught error.
func scIgnoreRejection(promise app.Value) {
	if promise == nil || !promise.Truthy() || promise.Get("then").Type() != app.TypeFunction {
		return
	}
	scSettle(promise, func(app.Value) {}, func() {})
}

// scObjectURL makes a blob: URL of data for a download link ("" when the
// browser refuses). Free it with scRevokeURL.
func scObjectURL(data []byte, mime string) (u string) {
	scJS(func() {
		arr := app.Window().Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(arr, data)
		blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
		u = app.Window().Get("URL").Call("createObjectURL", blob).String()
	})
	return u
}

// scRevokeURL frees a URL made by scObjectURL.
func scRevokeURL(u string) {
	if u == "" {
		return
	}
	scJS(func() { app.Window().Get("URL").Call("revokeObjectURL", u) })
}
