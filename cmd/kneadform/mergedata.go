//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"kneadform/internal/wasmbin"
)

func init() {
	commands["wasm-merge-data"] = command{
		summary: "merge the Go linker's tiny wasm data segments in FILE (smaller once compressed)",
		run:     runMergeData,
	}
}

// defaultMergeGap is the longest run of zero bytes written out to join two
// data segments. Measured on the 11.36 MB app (brotli 11): see
// docs/performance.md.
const defaultMergeGap = 64

// runMergeData rewrites each wasm FILE in place with its data segments
// merged (wasmbin.MergeData): the module initialises the same memory, with
// far fewer segment headers, which compress badly. Running it again
// changes nothing. A module it cannot read as the Go linker's output is
// left untouched and reported.
func runMergeData(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wasm-merge-data", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gap := fs.Uint("gap", defaultMergeGap, "join segments separated by at most this many zero `bytes`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kneadform wasm-merge-data [-gap bytes] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	code := 0
	for _, name := range fs.Args() {
		if err := mergeFile(name, uint32(*gap), stdout); err != nil {
			fmt.Fprintln(stderr, "wasm-merge-data:", err)
			code = 1
		}
	}
	return code
}

func mergeFile(name string, gap uint32, stdout io.Writer) error {
	in, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, before, after, err := wasmbin.MergeData(in, gap)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(stdout, "%s: %d data segments → %d, raw %d → %d bytes\n", name, before, after, len(in), len(out))
	if before == after {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".merge*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o755); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
