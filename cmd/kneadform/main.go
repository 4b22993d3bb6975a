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
	"kneadform/app/ui/shell"
)

// In the browser, Go's start-up would be one long task of the page's main
// thread: the runtime and package inits, the route table, go-app's start and
// the first page's mount. shell.Yield splits it in three (a no-op on the
// server), so the browser paints and takes a tap in between
// (docs/performance.md, eighth round).
func main() {
	shell.Yield() // after the runtime and the package inits
	ui.Register() // the same routes on both sides
	shell.Yield() // a tap here still navigates natively (shell.Run)
	shell.Run()   // in the browser this never returns
	runCLI()      // server side only; a no-op in the wasm build
}
