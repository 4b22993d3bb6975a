package ui

import (
	"fmt"
	"runtime/debug"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app does not recover panics in event handlers or async work: one panic
// ends the Go program and freezes the page. Every handler the UI installs
// goes through on (or guard), which turns a panic into the friendly error
// screen (see crashView) while the client's answers, saved after every
// change, stay on the device.

// crash holds the last recovered panic; when set, pages render crashView.
var crash string

// on wraps an event handler so a panic inside it is recovered.
func on(h func(ctx app.Context, e app.Event)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		defer recoverTo(ctx)
		h(ctx, e)
	}
}

// guard runs f, recovering a panic the same way as on. Use it in OnNav,
// OnMount and ctx.Async / ctx.After callbacks.
func guard(ctx app.Context, f func()) {
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
		sess.save()
	}()
	func() {
		defer func() { _ = recover() }()
		ctx.Update()
	}()
}

// crashView is the screen shown after a recovered panic.
func crashView() app.UI {
	return page("crash", t("crash.title"),
		app.P().Class("lead").Text(t("crash.body")),
		app.P().Text(t("crash.kept")),
		app.Div().Class("actions").Body(
			app.Button().Class("button").Type("button").Text(t("crash.reload")).
				OnClick(func(ctx app.Context, e app.Event) {
					crash = ""
					ctx.Reload()
				}),
		),
		app.Details().Body(
			app.Summary().Text(t("crash.details")),
			app.Pre().Class("crash-detail").Text(crash),
		),
	)
}
