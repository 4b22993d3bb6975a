package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// go-app runs event handlers through its own queue, so a handler's
// PreventDefault may come after the browser has already acted: under load
// a <form> then submits natively, which the CSP (form-action 'none')
// blocks with a console error. Every form here is handled in Go, so one
// listener, called synchronously by the browser, cancels native submission
// for the whole document before go-app's handler runs.
var noNativeSubmit app.Func

func preventNativeSubmit() {
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
