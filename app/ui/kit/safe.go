package kit

import (
	"fmt"
	"kneadform/app/ui/el"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app does not recover panics in event handlers or async work: one panic
// ends the Go program and freezes the page. Every handler the UI installs
// goes through On (or Guard), which turns a panic into the friendly error
// screen (see CrashView) while the client's answers, saved after every
// change, stay on the device.

// crash holds the last recovered panic; when set, pages render CrashView.
var crash string

// savePanic is called after a recovered panic to keep what the client
// typed (the shell sets it to the session's save).
var savePanic = func() {}

// SaveOnPanic sets what runs after a recovered panic, before the error
// screen shows: saving the client's answers.
func SaveOnPanic(save func()) { savePanic = save }

// Crashed reports whether a panic was recovered: every page then renders
// CrashView instead of itself.
func Crashed() bool { return crash != "" }

// On wraps an event handler so a panic inside it is recovered. From the
// handler until the page renders its change (go-app renders at its next
// frame), <html> carries data-kf-pending: see Settled.
func On(h func(ctx app.Context, e app.Event)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if !pending {
			pending = true
			markPending(true)
		}
		defer recoverTo(ctx)
		h(ctx, e)
	}
}

// pending: a handler ran and the page has not rendered since.
var pending bool

// Settled is called by every page's render (shell.Frame): the handlers'
// changes are being drawn. The render and the DOM patch that follows run
// in one JavaScript task, so no script sees the mark gone before the page
// has moved. The mark tells an automated test (app/e2e taps) that a tap
// now could land where the page is about to move from; nothing in the app
// reads it.
func Settled() {
	countRender()
	if pending {
		pending = false
		markPending(false)
	}
}

// renders counts the pages' renders (Settled) in window.kneadformRenders
// when the page set window.kneadformCountRenders before the app started:
// a test's switch (app/e2e), read once. A render that nothing asked for
// is a long task for the client (see Unchanged); this is how a test sees it.
var renders struct{ checked, on bool }

func countRender() {
	if !renders.checked {
		renders.checked = true
		JS(func() { renders.on = app.Window().Get("kneadformCountRenders").Truthy() })
	}
	if renders.on {
		JS(func() {
			w := app.Window()
			n := 0
			if v := w.Get("kneadformRenders"); v.Truthy() {
				n = v.Int()
			}
			w.Set("kneadformRenders", n+1)
		})
	}
}

func markPending(on bool) {
	JS(func() {
		root := app.Window().Get("document").Get("documentElement")
		if on {
			root.Call("setAttribute", "data-kf-pending", "")
		} else {
			root.Call("removeAttribute", "data-kf-pending")
		}
	})
}

// Guard runs f, recovering a panic the same way as On. Use it in OnNav,
// OnMount and ctx.Async / ctx.After callbacks.
func Guard(ctx app.Context, f func()) {
	defer recoverTo(ctx)
	f()
}

func recoverTo(ctx app.Context) {
	r := recover()
	if r == nil {
		return
	}
	crash = fmt.Sprint(r)
	app.Logf("kneadform: recovered panic: %v\n%s", r, debug.Stack())
	// Keep what the client typed: the session saves before every
	// navigation, and once more here in case the panic came first.
	func() {
		defer func() { _ = recover() }()
		savePanic()
	}()
	func() {
		defer func() { _ = recover() }()
		ctx.Update()
	}()
}

// Unchanged tells go-app that the lifecycle handler now running (OnNav,
// OnMount) changed nothing its page shows. go-app renders the component,
// and every component above it, again after each of those handlers (they
// run through ctx.Dispatch): at the start that was the whole welcome page,
// built and compared a second time right after its mount, a long task
// just when the client can first tap Start now (issue 12: 31–42 ms traced
// at 1× CPU). After a recovered panic the page must render the error
// screen, so Unchanged then does nothing.
func Unchanged(ctx app.Context) {
	if !Crashed() {
		ctx.PreventUpdate()
	}
}

// CrashView is the screen shown after a recovered panic.
func CrashView() app.UI {
	return Page("crash", T("crash.title"),
		el.P().Class("lead").Text(T("crash.body")),
		el.P().Text(T("crash.kept")),
		el.Div().Class("actions").Body(
			el.Button().Class("button").Attr("type", "button").Text(T("crash.reload")).
				OnClick(func(ctx app.Context, e app.Event) {
					crash = ""
					ctx.Reload()
				}),
		),
		el.Details().Body(
			el.Summary().Text(T("crash.details")),
			el.Pre().Class("crash-detail").Text(crash),
		),
	)
}
