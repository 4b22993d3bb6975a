//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"kneadform/app/clinic"
)

func init() {
	commands["check-config"] = command{
		summary: "validate a clinic configuration file and say precisely what is wrong",
		run:     runCheckConfig,
	}
}

const checkConfigUsage = `usage: kneadform check-config FILE

Reads a clinic configuration (JSON, see docs/clinic-config.md) and checks
every field. Each problem is printed on its own line as
  FILE: FIELD: got "VALUE", expected WHAT
The server and the static build refuse a configuration with the same messages.

Exit status: 0 valid, 1 invalid or unreadable, 2 usage error.
`

// runCheckConfig is `kneadform check-config FILE`.
func runCheckConfig(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check-config", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, checkConfigUsage) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	c, err := loadConfig(path)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: valid configuration for %q\n", path, c.Name)
	return 0
}

// loadConfig reads and validates a clinic configuration file; the error
// names the file and lists every problem, one per line.
func loadConfig(path string) (clinic.Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return clinic.Config{}, fmt.Errorf("kneadform: clinic configuration: %w", err)
	}
	defer f.Close()
	c, err := clinic.Parse(f)
	var ps clinic.Problems
	switch {
	case errors.As(err, &ps):
		msg := fmt.Sprintf("%s: %d problem(s):", path, len(ps))
		for _, p := range ps {
			msg += "\n" + path + ": " + p.String()
		}
		return c, errors.New(msg)
	case err != nil:
		return c, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}
