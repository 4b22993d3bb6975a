package ui

import (
	"errors"
	"fmt"
	"strings"

	"kneadform/app/handoff"

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
	scJS(func() {
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
		ctx.Dispatch(func(ctx app.Context) { guard(ctx, func() { done(ctx, o) }) })
	}
	started := false
	if canWebShare() {
		scJS(func() {
			nav := app.Window().Get("navigator")
			if cs := nav.Get("canShare"); cs.Type() == app.TypeFunction && !nav.Call("canShare", data).Bool() {
				return
			}
			promise := nav.Call("share", data)
			scSettleErr(promise, func(app.Value) { finish(shareDone) }, func(name string) {
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
		ctx.Dispatch(func(ctx app.Context) { guard(ctx, func() { done(ctx, o) }) })
	})
}

func copyToClipboard(text string, finish func(shareOutcome)) {
	started := false
	scJS(func() {
		cb := app.Window().Get("navigator").Get("clipboard")
		if !cb.Truthy() || cb.Get("writeText").Type() != app.TypeFunction {
			return
		}
		scSettle(cb.Call("writeText", text), func(app.Value) { finish(shareCopied) }, func() { finish(shareRefused) })
		started = true
	})
	if !started {
		finish(shareRefused)
	}
}

// scSettleErr is scSettle whose failure callback gets the error's name
// ("AbortError", "NotAllowedError", ...).
func scSettleErr(promise app.Value, ok func(app.Value), fail func(name string)) {
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
		scJS(func() {
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

// printPage opens the browser's print dialog (print.css lays the page out).
func printPage() {
	scJS(func() { app.Window().Call("print") })
}

// appBase is the app's own address for hand-off links: the page's origin
// and go-app's root prefix ("https://clinic.example" or
// "https://clinic.example/intake").
func appBase() (base string) {
	scJS(func() { base = app.Window().Get("location").Get("origin").String() })
	if prefix := strings.Trim(app.Getenv("GOAPP_ROOT_PREFIX"), "/"); prefix != "" {
		base += "/" + prefix
	}
	return base
}

// locationHash returns the page's URL fragment without "#" ("" when none).
// It is read in the page only: browsers never send it to a server.
func locationHash() (h string) {
	scJS(func() { h = app.Window().Get("location").Get("hash").String() })
	return strings.TrimPrefix(h, "#")
}

// clearHash removes the fragment from the address bar (and so from a
// reload) without a navigation or a history entry.
func clearHash() {
	scJS(func() {
		loc := app.Window().Get("location")
		app.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String()+loc.Get("search").String())
	})
}

// errFileUnreadable: the browser could not read a chosen file.
var errFileUnreadable = errors.New("the browser could not read the file")

// readChosenFile reads the first file of a file input's change event, up to
// handoff.MaxInputBytes, and calls done on the UI loop with its bytes. It
// returns false when no file was chosen.
func readChosenFile(ctx app.Context, input app.Value, done func(ctx app.Context, b []byte, err error)) bool {
	finish := func(b []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) { guard(ctx, func() { done(ctx, b, err) }) })
	}
	var file app.Value
	scJS(func() {
		if files := input.Get("files"); files.Truthy() && files.Get("length").Int() > 0 {
			file = files.Index(0)
		}
	})
	if file == nil {
		return false
	}
	ok := scJS(func() {
		if size := file.Get("size").Int(); size > handoff.MaxInputBytes {
			finish(nil, fmt.Errorf("%w: the file is %d bytes", handoff.ErrTooLarge, size))
			return
		}
		scSettle(file.Call("arrayBuffer"), func(buf app.Value) {
			var b []byte
			if !scJS(func() {
				arr := app.Window().Get("Uint8Array").New(buf)
				b = make([]byte, arr.Get("length").Int())
				app.CopyBytesToGo(b, arr)
			}) {
				finish(nil, errFileUnreadable)
				return
			}
			finish(b, nil)
		}, func() { finish(nil, errFileUnreadable) })
	})
	if !ok {
		finish(nil, errFileUnreadable)
	}
	return true
}

// resetFileInput empties a file input, so choosing the same file again
// fires another change event.
func resetFileInput(input app.Value) {
	scJS(func() { input.Set("value", "") })
}
