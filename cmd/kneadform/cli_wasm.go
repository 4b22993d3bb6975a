//go:build wasm

package main

// runCLI does nothing in the browser: app.RunWhenOnBrowser never returns there.
func runCLI() {}
