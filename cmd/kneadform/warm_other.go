//go:build !wasm

package main

// warmingUp is false outside the browser (see warm_wasm.go).
func warmingUp() bool { return false }
