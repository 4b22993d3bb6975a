// Command hello is go-app v10's getting-started hello world, the yardstick
// of make bench: one component, one route, and the server code behind
// //go:build !wasm (serve.go), so the wasm holds only the client, as in
// Kneadform.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// hello is the getting-started component: a heading.
type hello struct {
	app.Compo
}

// Render draws the heading.
func (h *hello) Render() app.UI {
	return app.H1().Text("Hello World!")
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	serve()
}
