//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"kneadform/app/triage"
)

func init() {
	commands["screen"] = command{
		summary: "screen intake answers JSON (FILE or stdin) and print the clinical outcome",
		run:     runScreen,
	}
}

const screenUsage = `usage: kneadform screen [FILE]

Reads one intake answers JSON document (docs/intake-format.md: a bare answers
object or a saved draft) from FILE, or from standard input when FILE is
missing or "-", runs the clinical rules (docs/clinical-rules.md) and prints
the outcome as indented JSON: tier, fired rules with ids and sources,
areas to avoid, pressure ceiling, positioning and oil notes, techniques and
visit frequency.

Exit status: 0 outcome printed, 1 unreadable or invalid answers, 2 usage error.
`

// runScreen is `kneadform screen [FILE]`.
func runScreen(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, screenUsage) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "kneadform screen: want at most one FILE, got %d arguments\n\n", fs.NArg())
		fs.Usage()
		return 2
	}
	a, ok := readAnswers("screen", fs.Arg(0), stdin, stderr)
	if !ok {
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(triage.Evaluate(&a)); err != nil {
		fmt.Fprintf(stderr, "kneadform screen: writing the outcome: %v\n", err)
		return 1
	}
	return 0
}
