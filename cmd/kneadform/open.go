//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"kneadform/app/handoff"
	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/visit"
)

func init() {
	commands["open"] = command{
		summary: "decrypt a hand-off link or .age file with the clinic key and print the summary",
		run:     runOpen,
	}
}

const openUsage = `usage: kneadform open LINK|FILE|- -i KEYFILE [--json] [-lang LANG] [-config FILE]

Opens a client's hand-off (docs/handoff-format.md) with the clinic's private
key (made by kneadform keygen): LINK is the whole link or its part after #,
FILE a .age file (binary or armored), and - reads either from standard input.
Prints the therapist summary as plain text (the clinical rules are run again
on the answers), or with --json the answers, pressure choices and outcome.

The text is in -lang, else in the clinic's language (the first of its
languages in -config, env KNEADFORM_CONFIG), else English: the therapist
reads the clinic's language whatever language the client answered in.

Exit status: 0 printed; 1 the hand-off cannot be opened (wrong key, changed,
cut short, from a newer version, too large, not a hand-off) or the key file
cannot be read; 2 usage error.
`

// runOpen is `kneadform open LINK|FILE|- -i KEYFILE [--json]`.
func runOpen(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil { // never a stack trace for a clinic
			fmt.Fprintf(stderr, "kneadform open: internal error: %v (please report it)\n", r)
			code = 1
		}
	}()
	fs := flag.NewFlagSet("open", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, openUsage) }
	keyFile := fs.String("i", "", "the clinic's private key file")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	lang := fs.String("lang", "", "language of the text summary (default: the clinic's)")
	config := fs.String("config", os.Getenv("KNEADFORM_CONFIG"), "clinic configuration `file`, for its language")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *lang == "" {
		*lang = i18n.Fallback
		if *config != "" {
			c, err := loadConfig(*config)
			if err != nil {
				fmt.Fprintln(stderr, "kneadform open:", err)
				return 1
			}
			*lang = i18n.Choose(c.Languages)
		}
	}
	if len(pos) != 1 || *keyFile == "" {
		fmt.Fprintln(stderr, "kneadform open: want one LINK, FILE or - and -i KEYFILE")
		fs.Usage()
		return 2
	}
	kf, err := os.Open(*keyFile)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform open: clinic key: %v\n", err)
		return 1
	}
	ids, err := handoff.ParseIdentities(kf)
	kf.Close()
	if err != nil {
		fmt.Fprintf(stderr, "kneadform open: %s: %v\n", *keyFile, err)
		return 1
	}
	in, name, err := readHandoffArg(pos[0], stdin)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform open: %v\n", err)
		return 1
	}
	ct, err := handoff.Parse(in)
	if err == nil {
		var p handoff.Payload
		if p, err = handoff.Open(ct, ids...); err == nil {
			return printHandoff(p, *asJSON, i18n.Get(*lang), stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "kneadform open: %s: %v\n", name, err)
	if errors.Is(err, handoff.ErrMalformed) && !strings.Contains(pos[0], "#") && !strings.HasPrefix(pos[0], handoff.LinkPrefix) {
		fmt.Fprintf(stderr, "  (%q is neither a file nor a hand-off link)\n", pos[0])
	}
	return 1
}

// readHandoffArg reads the hand-off named by arg: "-" is standard input,
// an existing file its content, anything else the link itself.
func readHandoffArg(arg string, stdin io.Reader) (in []byte, name string, err error) {
	if arg == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, handoff.MaxInputBytes+1))
		return b, "stdin", err
	}
	if fi, err := os.Stat(arg); err == nil && !fi.IsDir() {
		f, err := os.Open(arg)
		if err != nil {
			return nil, arg, err
		}
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, handoff.MaxInputBytes+1))
		return b, arg, err
	}
	return []byte(arg), "link", nil
}

func printHandoff(p handoff.Payload, asJSON bool, c *i18n.Catalog, stdout, stderr io.Writer) int {
	o := triage.Evaluate(&p.Answers)
	if asJSON {
		b, err := json.MarshalIndent(struct {
			Answers   intake.Answers    `json:"answers"`
			Prefs     *pressure.Prefs   `json:"prefs,omitempty"`
			Outcome   triage.Outcome    `json:"outcome"`
			Lang      string            `json:"lang,omitempty"`
			Progress  []outcome.Tracked `json:"progress,omitempty"`
			LastVisit *visit.Visit      `json:"lastVisit,omitempty"`
		}{p.Answers, p.Prefs, o, p.Lang, p.Progress, p.LastVisit}, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "kneadform open: writing JSON: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", escapeJSON(string(b)))
		return 0
	}
	fmt.Fprint(stdout, escapeTerminal(handoff.PayloadText(p, o, c)))
	return 0
}

// escapeTerminal shows every character that could act on the clinic's
// terminal (intake.UnsafeRune: ESC, NUL, other controls, bidi overrides)
// as a visible \x1b or \u202e, keeping line breaks and tabs. Decoding
// already strips such characters from free text (intake.Answers.Clean);
// this is the second line of defence, for any text that reaches the
// output by another path.
func escapeTerminal(s string) string {
	return escapeUnsafe(s, func(b *strings.Builder, r rune) {
		if r < 0x80 {
			fmt.Fprintf(b, `\x%02x`, r)
		} else {
			fmt.Fprintf(b, `\u%04x`, r)
		}
	})
}

// escapeJSON writes each unsafe character encoding/json leaves as it is
// (DEL, C1 controls, bidi overrides; it already escapes C0 controls) as a
// JSON \uXXXX escape: the JSON means the same and prints harmlessly.
func escapeJSON(s string) string {
	return escapeUnsafe(s, func(b *strings.Builder, r rune) { fmt.Fprintf(b, `\u%04x`, r) })
}

func escapeUnsafe(s string, esc func(*strings.Builder, rune)) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		if intake.UnsafeRune(r) && r != '\n' && r != '\t' {
			esc(&b, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("open LINK -i key" as well as "open -i key LINK"),
// which the flag package alone stops at. A lone "-" is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil // everything after -- is positional
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
