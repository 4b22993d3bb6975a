// Command kneadform is the Kneadform app in one binary.
//
// Built for the browser (GOOS=js GOARCH=wasm) it is the client: it registers
// the route table and runs the go-app engine. Built for a server it registers
// the same route table and runs one of the subcommands listed in cli.go
// (serve, build, screen, ...). Everything server-only is behind
// //go:build !wasm so it never ships to phones.
package main

import (
	"kneadform/app/ui"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()          // the same routes on both sides
	app.RunWhenOnBrowser() // in the browser this never returns
	runCLI()               // server side only; a no-op in the wasm build
}
