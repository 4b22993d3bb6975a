//go:build wasm

package main

import "syscall/js"

// warmingUp reports whether this run of the wasm is the warm-up that
// web/compile-worker.js starts in its worker, where there is no document:
// V8 compiles each wasm function when it is first called, on the thread
// that calls it, so running Go's start-up (the runtime and every package's
// initialisation) once in the worker compiles that code off the page's
// main thread. The page's own run, on the same compiled module, then finds
// it compiled. The warm-up stops before main touches storage or the page.
func warmingUp() bool {
	return js.Global().Get("document").IsUndefined()
}
