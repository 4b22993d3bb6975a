//go:build !wasm

package main

import (
	"fmt"
	"os"
)

// runCLI dispatches to a subcommand. Subcommands live one per file.
func runCLI() {
	fmt.Fprintln(os.Stderr, "usage: kneadform serve")
	os.Exit(2)
}
