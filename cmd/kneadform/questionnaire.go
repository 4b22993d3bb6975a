//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"kneadform/app/fhir"
	"kneadform/app/i18n"
)

func init() {
	commands["questionnaire"] = command{
		summary: "print the FHIR R4 Questionnaire describing the intake (JSON)",
		run:     runQuestionnaire,
	}
}

const questionnaireUsage = `usage: kneadform questionnaire [-lang en]

Prints the FHIR R4 Questionnaire of the whole intake as JSON: one group per
intake step, one item per question, linkIds = the intake's field ids,
LOINC 72514-3 on pain items, SNOMED CT body sites where one fits
(docs/fhir.md). Import it once; kneadform fhir writes responses to it.

Exit status: 0 printed, 2 usage error.
`

// runQuestionnaire is `kneadform questionnaire`.
func runQuestionnaire(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("questionnaire", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, questionnaireUsage) }
	lang := fs.String("lang", "en", "language of the question texts")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	return writeJSON(stdout, stderr, "questionnaire", fhir.NewQuestionnaire(i18n.Get(*lang)))
}

// writeJSON prints v as indented JSON.
func writeJSON(stdout, stderr io.Writer, cmd string, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "kneadform %s: writing JSON: %v\n", cmd, err)
		return 1
	}
	return 0
}
