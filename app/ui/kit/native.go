package kit

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// PreventNativeSubmit and PreventNativeLinks: go-app runs event handlers through its own queue, so a handler's
// PreventDefault may come after the browser has already acted: under load
// a <form> then submits natively, which the CSP (form-action 'none')
// blocks with a console error. Every form here is handled in Go, so one
// listener, called synchronously by the browser, cancels native submission
// for the whole document before go-app's handler runs.
var noNativeSubmit app.Func

func PreventNativeSubmit() {
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }()
	noNativeSubmit = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 1 {
			args[0].Call("preventDefault")
		}
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "submit", noNativeSubmit, map[string]any{"capture": true})
}

// The same holds for links: go-app routes an internal link from a queued
// handler, so the browser may start loading the page itself first (a full
// reload of the app). A capture listener cancels the browser's own
// navigation for same-origin links go-app will route; it leaves alone
// links with a target or a download, other origins and modified clicks,
// exactly as go-app does.
//
// tel: and mailto: links (the emergency and clinic numbers) belong to the
// phone: the browser opens the dialler at once. go-app would route them
// too, from its queue, as a page of the app unless listed in the
// Handler's InternalURLs (a JSON list its engine decodes with
// encoding/json in the first navigation: 23 functions for the phone to
// compile before the first page shows, where an empty list needs 6;
// docs/performance.md, tenth round). So the listener stops such a click
// here, before it reaches go-app's window.onclick, and leaves the
// browser's action alone.
var noNativeLink app.Func

func PreventNativeLinks() {
	if !app.IsClient {
		return
	}
	defer func() { _ = recover() }()
	noNativeLink = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() { _ = recover() }()
		if len(args) != 1 {
			return nil
		}
		ev := args[0]
		a := ev.Get("target")
		for a.Truthy() && a.Get("tagName").String() != "A" {
			a = a.Get("parentElement")
		}
		if !a.Truthy() {
			return nil
		}
		if p := a.Get("protocol").String(); p == "tel:" || p == "mailto:" {
			ev.Call("stopPropagation")
			return nil
		}
		if ev.Get("defaultPrevented").Bool() || ev.Get("metaKey").Bool() || ev.Get("ctrlKey").Bool() ||
			ev.Get("shiftKey").Bool() || ev.Get("altKey").Bool() {
			return nil
		}
		if a.Get("target").String() != "" || a.Call("hasAttribute", "download").Bool() {
			return nil
		}
		loc := app.Window().Get("location")
		if a.Get("origin").String() != loc.Get("origin").String() {
			return nil // other sites: the browser's job
		}
		ev.Call("preventDefault")
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "click", noNativeLink, map[string]any{"capture": true})
}
