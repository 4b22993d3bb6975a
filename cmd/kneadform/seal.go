//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"kneadform/app/handoff"
)

func init() {
	commands["seal"] = command{
		summary: "encrypt intake answers JSON to a clinic key and print the hand-off link and sizes",
		run:     runSeal,
	}
}

const sealUsage = `usage: kneadform seal -r age1… [-site URL] [-o FILE.age] [FILE|-]

Does on a computer what the app does on the client's phone: reads one intake
answers JSON document (docs/intake-format.md) from FILE or standard input,
encodes it compactly, encrypts it to the clinic's public key (-r, the
"recipient" of the clinic configuration) and prints the hand-off link for
the clinic's site (-site, default the local kneadform serve address) on
standard output, and the sizes and QR code version on standard error.
With -o it also writes the .age file. For tests, and for a clinic checking
its key: kneadform open reads what this prints.

Exit status: 0 link printed (or, when it is too long for a link, the file
written with -o); 1 invalid answers, bad key, or too long for a link
without -o; 2 usage error.
`

// runSeal is `kneadform seal -r age1… [-site URL] [-o FILE] [FILE|-]`.
func runSeal(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("seal", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, sealUsage) }
	recipient := fs.String("r", "", "the clinic's public key (age1…)")
	site := fs.String("site", "http://127.0.0.1:8000", "the clinic's Kneadform site the link opens")
	out := fs.String("o", "", "also write the .age file here")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(pos) > 1 {
		fmt.Fprintf(stderr, "kneadform seal: want at most one FILE, got %d\n\n", len(pos))
		fs.Usage()
		return 2
	}
	path := ""
	if len(pos) == 1 {
		path = pos[0]
	}
	a, ok := readAnswers("seal", path, stdin, stderr)
	if !ok {
		return 1
	}
	p := handoff.Payload{Answers: a}
	ct, err := handoff.Seal(p, *recipient)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform seal: %v\n", err)
		return 1
	}
	plain, _ := handoff.Encode(p) // Seal succeeded, so Encode does
	js, _ := json.Marshal(a)
	if *out != "" {
		if err := os.WriteFile(*out, ct, 0o644); err != nil {
			fmt.Fprintf(stderr, "kneadform seal: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "wrote %s\n", *out)
	}
	fmt.Fprintf(stderr, "answers: %d bytes compact (%d as JSON); sealed: %d bytes", len(plain), len(js), len(ct))
	link, err := handoff.Link(*site, ct)
	if err != nil {
		fmt.Fprintf(stderr, "\nkneadform seal: %v\n", err)
		if errors.Is(err, handoff.ErrTooLarge) && *out != "" {
			return 0 // the file holds it all
		}
		return 1
	}
	q, err := handoff.NewQR(link)
	if err != nil {
		fmt.Fprintf(stderr, "\nkneadform seal: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "; link: %d characters; QR code: version %d (%d×%d modules), level %s\n", len(link), q.Version, q.Size, q.Size, handoff.QRLevel)
	fmt.Fprintln(stdout, link)
	return 0
}
