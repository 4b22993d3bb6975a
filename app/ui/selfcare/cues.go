package selfcare

import (
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// scChime plays a soft tone with the Web Audio API: an oscillator made on the
// device, no sound file. Browsers only start audio after a tap, so unlock
// is called from the Start button.
type scChime struct {
	ac app.Value
}

// unlock creates or resumes the audio context; call it in a tap handler.
func (c *scChime) unlock() {
	kit.JS(func() {
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
			kit.IgnoreRejection(c.ac.Call("resume"))
		}
	})
}

// play sounds one short, gentle tone (two for "exercise done").
func (c *scChime) play(tones int) {
	kit.JS(func() {
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
	kit.JS(func() { kit.IgnoreRejection(c.ac.Call("close")) })
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
	if w.asking || (w.sentinel != nil && !kit.JSBool(w.sentinel, "released")) {
		return
	}
	kit.JS(func() {
		wl := app.Window().Get("navigator").Get("wakeLock")
		if !wl.Truthy() {
			return
		}
		promise := wl.Call("request", "screen")
		w.asking = true
		kit.Settle(promise, func(s app.Value) {
			ctx.Dispatch(func(ctx app.Context) {
				kit.Guard(ctx, func() {
					w.asking = false
					if !w.want {
						kit.JS(func() { kit.IgnoreRejection(s.Call("release")) })
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
	kit.JS(func() {
		if !s.Get("released").Bool() {
			kit.IgnoreRejection(s.Call("release"))
		}
	})
}
