//go:build !wasm

package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"kneadform/app/intake"
)

// readAnswers reads one answers JSON document (docs/intake-format.md) from
// path, or from stdin when path is "" or "-". On failure it prints why on
// stderr, one problem per line under the input's name, and returns false:
// the command then exits 1.
func readAnswers(cmd, path string, stdin io.Reader, stderr io.Writer) (intake.Answers, bool) {
	in, name := stdin, "stdin"
	if path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "kneadform %s: %v\n", cmd, err)
			return intake.Answers{}, false
		}
		defer f.Close()
		in, name = f, path
	}
	a, err := intake.DecodeAnswers(in)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform %s: %s:\n  %s\n", cmd, name, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return intake.Answers{}, false
	}
	return a, true
}
