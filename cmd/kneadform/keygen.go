//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"filippo.io/age"
)

func init() {
	commands["keygen"] = command{
		summary: "create the clinic's hand-off key pair (age X25519) and print the public key for the configuration",
		run:     runKeygen,
	}
}

const keygenUsage = `usage: kneadform keygen [-o FILE] [-f]

Creates the clinic's key pair for the end-to-end encrypted hand-off
(docs/handoff-format.md). The private key (an age X25519 identity) is
written to FILE (default clinic.key) readable by its owner only (mode 0600);
it opens every hand-off made for this clinic, so keep it on the clinic's
own computers and back it up somewhere safe. The public key is printed as
the line to put in the clinic configuration (docs/clinic-config.md):

  "recipient": "age1…"

An existing FILE is never overwritten unless -f is given: a new key cannot
open hand-offs made for the old one.

Exit status: 0 key written, 1 the file exists or cannot be written, 2 usage error.
`

// runKeygen is `kneadform keygen [-o FILE] [-f]`.
func runKeygen(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("keygen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, keygenUsage) }
	out := fs.String("o", "clinic.key", "file to write the private key to")
	force := fs.Bool("f", false, "overwrite FILE if it exists")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 || *out == "" {
		fs.Usage()
		return 2
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		fmt.Fprintf(stderr, "kneadform keygen: %v\n", err)
		return 1
	}
	recipient := id.Recipient().String()
	content := fmt.Sprintf("# Kneadform clinic hand-off key: keep this file secret, on the clinic's own computers.\n"+
		"# created: %s\n# public key: %s\n%s\n", time.Now().UTC().Format(time.RFC3339), recipient, id)
	if err := writeSecret(*out, []byte(content), *force); err != nil {
		fmt.Fprintf(stderr, "kneadform keygen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Wrote the private key to %s (mode 0600). Keep it secret and back it up: it opens every hand-off.\n", *out)
	fmt.Fprintf(stdout, "Put this line in the clinic configuration:\n\n  \"recipient\": %q\n", recipient)
	return 0
}

// writeSecret writes b to path readable by its owner only. Without force
// an existing file is an error; with it the file is replaced and its mode
// reset to 0600.
func writeSecret(path string, b []byte, force bool) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; a new key cannot open hand-offs made for the old one (use -f to replace it anyway)", path)
	}
	if err != nil {
		return err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
