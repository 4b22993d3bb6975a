//go:build wasm

package main

import "time"

// yieldToBrowser lets the page's event loop run (input, paint) before the
// start-up goes on: with every goroutine asleep, Go's wasm runtime returns
// to JavaScript and resumes from a timer, a new task. The start-up was one
// long task of 0.5–1 s at 4× CPU, all of it blocking time (issue 12,
// Lighthouse's TBT).
func yieldToBrowser() { time.Sleep(time.Millisecond) }

// runCLI does nothing in the browser: app.RunWhenOnBrowser never returns there.
func runCLI() {}
