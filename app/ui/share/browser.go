package share

import (
	"kneadform/app/ui/kit"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser glue for the hand-off. Each call is optional: where a browser
// lacks an API (Web Share on most desktops, the clipboard in an insecure
// page) or refuses it, the page offers the next way and loses nothing.
// syscall/js turns a JavaScript exception into a Go panic, so every call
// goes through scJS, and every promise gets a rejection handler (scSettle).
// Callbacks arrive outside go-app's loop: they Dispatch back to it.

// shareOutcome is how a share or copy ended.
type shareOutcome int

const (
	shareDone      shareOutcome = iota // the share sheet took it
	shareCopied                        // on the clipboard
	shareCancelled                     // the client closed the share sheet
	shareRefused                       // no way worked: show the text to copy by hand
)

// canWebShare reports whether navigator.share exists (phones; rarely desktops).
func canWebShare() (ok bool) {
	kit.JS(func() {
		ok = app.Window().Get("navigator").Get("share").Type() == app.TypeFunction
	})
	return ok
}

// shareOrCopy offers data (title, text, url) to the Web Share API where it
// exists, else copies copyText to the clipboard. A share the browser
// refuses (not a cancel) falls back to the clipboard. done runs on the UI
// loop, through ctx.
func shareOrCopy(ctx app.Context, data map[string]any, copyText string, done func(ctx app.Context, o shareOutcome)) {
	finish := func(o shareOutcome) {
		ctx.Dispatch(func(ctx app.Context) { kit.Guard(ctx, func() { done(ctx, o) }) })
	}
	started := false
	if canWebShare() {
		kit.JS(func() {
			nav := app.Window().Get("navigator")
			if cs := nav.Get("canShare"); cs.Type() == app.TypeFunction && !nav.Call("canShare", data).Bool() {
				return
			}
			promise := nav.Call("share", data)
			kit.SettleErr(promise, func(app.Value) { finish(shareDone) }, func(name string) {
				if name == "AbortError" {
					finish(shareCancelled)
					return
				}
				copyToClipboard(copyText, finish)
			})
			started = true
		})
	}
	if !started {
		copyToClipboard(copyText, finish)
	}
}

// copyText copies text to the clipboard.
func copyText(ctx app.Context, text string, done func(ctx app.Context, o shareOutcome)) {
	copyToClipboard(text, func(o shareOutcome) {
		ctx.Dispatch(func(ctx app.Context) { kit.Guard(ctx, func() { done(ctx, o) }) })
	})
}

func copyToClipboard(text string, finish func(shareOutcome)) {
	started := false
	kit.JS(func() {
		cb := app.Window().Get("navigator").Get("clipboard")
		if !cb.Truthy() || cb.Get("writeText").Type() != app.TypeFunction {
			return
		}
		kit.Settle(cb.Call("writeText", text), func(app.Value) { finish(shareCopied) }, func() { finish(shareRefused) })
		started = true
	})
	if !started {
		finish(shareRefused)
	}
}

// appBase is the app's own address for hand-off links: the page's origin
// and go-app's root prefix ("https://clinic.example" or
// "https://clinic.example/intake").
func appBase() (base string) {
	kit.JS(func() { base = app.Window().Get("location").Get("origin").String() })
	if prefix := strings.Trim(app.Getenv("GOAPP_ROOT_PREFIX"), "/"); prefix != "" {
		base += "/" + prefix
	}
	return base
}
