//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"kneadform/app/fhir"
	"kneadform/app/i18n"
	"kneadform/app/intake"
)

func init() {
	commands["fhir"] = command{
		summary: "convert intake answers JSON (FILE or stdin) to a FHIR R4 QuestionnaireResponse",
		run:     runFHIR,
	}
}

const fhirUsage = `usage: kneadform fhir [-lang en] [FILE|-]

Reads one intake answers JSON document (docs/intake-format.md: a bare
answers object or a saved draft) from FILE, or standard input when FILE is
missing or "-", and prints it as a FHIR R4 QuestionnaireResponse to the
Questionnaire of kneadform questionnaire (docs/fhir.md): only answered
questions, status completed once the client agreed, authored = consentAt.

Exit status: 0 printed, 1 unreadable or invalid answers, 2 usage error.
`

// runFHIR is `kneadform fhir [FILE|-]`.
func runFHIR(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fhir", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, fhirUsage) }
	lang := fs.String("lang", "en", "language of the question and answer texts")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(stderr, "kneadform fhir: want at most one FILE, got %d arguments\n\n", fs.NArg())
		fs.Usage()
		return 2
	}
	in, name := stdin, "stdin"
	if path := fs.Arg(0); path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "kneadform fhir: %v\n", err)
			return 1
		}
		defer f.Close()
		in, name = f, path
	}
	a, err := intake.DecodeAnswers(in)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform fhir: %s:\n  %s\n", name, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		return 1
	}
	return writeJSON(stdout, stderr, "fhir", fhir.NewResponse(&a, i18n.Get(*lang)))
}
