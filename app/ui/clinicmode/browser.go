package clinicmode

import (
	"errors"
	"fmt"
	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser glue for clinic mode: the URL fragment a hand-off link carries,
// and reading a chosen key or .age file. Each call goes through kit.JS.

// locationHash returns the page's URL fragment without "#" ("" when none).
// It is read in the page only: browsers never send it to a server.
func locationHash() (h string) {
	kit.JS(func() { h = app.Window().Get("location").Get("hash").String() })
	return strings.TrimPrefix(h, "#")
}

// clearHash removes the fragment from the address bar, from the current
// history entry (replaceState: no new entry) and so from a reload, without
// a navigation.
func clearHash() {
	kit.JS(func() {
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
		ctx.Dispatch(func(ctx app.Context) { kit.Guard(ctx, func() { done(ctx, b, err) }) })
	}
	var file app.Value
	kit.JS(func() {
		if files := input.Get("files"); files.Truthy() && files.Get("length").Int() > 0 {
			file = files.Index(0)
		}
	})
	if file == nil {
		return false
	}
	ok := kit.JS(func() {
		if size := file.Get("size").Int(); size > handoff.MaxInputBytes {
			finish(nil, fmt.Errorf("%w: the file is %d bytes", handoff.ErrTooLarge, size))
			return
		}
		kit.Settle(file.Call("arrayBuffer"), func(buf app.Value) {
			var b []byte
			if !kit.JS(func() {
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
	kit.JS(func() { input.Set("value", "") })
}
