package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser glue shared by the screens: reduced motion, vibration, promises
// and file downloads. Each is optional: where a browser
// lacks the API, or refuses, the app carries on without it. syscall/js turns
// a JavaScript exception into a Go panic, so every call goes through JS,
// and promise rejections always get a handler (an unhandled one would be a
// console error).

// JS runs f and reports whether it finished without a JavaScript
// exception (or any other panic).
func JS(f func()) (ok bool) {
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

// ReducedMotion reports the client's "reduce motion" setting; the
// player then does not vibrate unless the client turns it on.
func ReducedMotion() (reduce bool) {
	JS(func() {
		mq := app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)")
		reduce = mq.Truthy() && mq.Get("matches").Bool()
	})
	return reduce
}

// CanVibrate reports whether the browser has navigator.vibrate (Android
// browsers do; iOS Safari does not).
func CanVibrate() (ok bool) {
	JS(func() {
		ok = app.Window().Get("navigator").Get("vibrate").Type() == app.TypeFunction
	})
	return ok
}

// Vibrate buzzes once, or in a pattern of on/off milliseconds.
func Vibrate(pattern ...int) {
	JS(func() {
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

// JSBool reads a boolean property, false when it is missing or throws.
func JSBool(v app.Value, prop string) (b bool) {
	JS(func() { b = v.Get(prop).Bool() })
	return b
}

// Settle calls ok with a promise's value or fail when it rejects, and
// frees both callbacks either way (SettleErr, without the error's name).
func Settle(promise app.Value, ok func(app.Value), fail func()) {
	SettleErr(promise, ok, func(string) { fail() })
}

// IgnoreRejection gives a promise a rejection handler, so a refusal is not
// reported as an uncaught error.
func IgnoreRejection(promise app.Value) {
	if promise == nil || !promise.Truthy() || promise.Get("then").Type() != app.TypeFunction {
		return
	}
	Settle(promise, func(app.Value) {}, func() {})
}

// ObjectURL makes a blob: URL of data for a download link ("" when the
// browser refuses). Free it with RevokeURL.
func ObjectURL(data []byte, mime string) (u string) {
	JS(func() {
		arr := app.Window().Get("Uint8Array").New(len(data))
		app.CopyBytesToJS(arr, data)
		blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
		u = app.Window().Get("URL").Call("createObjectURL", blob).String()
	})
	return u
}

// RevokeURL frees a URL made by ObjectURL.
func RevokeURL(u string) {
	if u == "" {
		return
	}
	JS(func() { app.Window().Get("URL").Call("revokeObjectURL", u) })
}

// SettleErr is Settle whose failure callback gets the error's name
// ("AbortError", "NotAllowedError", ...).
func SettleErr(promise app.Value, ok func(app.Value), fail func(name string)) {
	var then, catch app.Func
	free := func() {
		then.Release()
		catch.Release()
	}
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer free()
		v := app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ok(v)
		return nil
	})
	catch = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer free()
		name := ""
		JS(func() {
			if len(args) > 0 && args[0].Truthy() {
				if n := args[0].Get("name"); n.Type() == app.TypeString {
					name = n.String()
				}
			}
		})
		fail(name)
		return nil
	})
	promise.Call("then", then, catch)
}
