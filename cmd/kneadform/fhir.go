//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"kneadform/app/fhir"
	"kneadform/app/i18n"
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
	a, ok := readAnswers("fhir", fs.Arg(0), stdin, stderr)
	if !ok {
		return 1
	}
	return writeJSON(stdout, stderr, "fhir", fhir.NewResponse(&a, i18n.Get(*lang)))
}
