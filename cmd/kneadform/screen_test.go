//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// expectation is what docs/examples/<name>.expected.json says the screen
// of docs/examples/<name>.json must report.
type expectation struct {
	Tier            string   `json:"tier"`
	Fired           []string `json:"fired"`
	PressureCeiling int      `json:"pressureCeiling"`
}

// TestScreenExamples screens every example intake in docs/examples and
// compares the tier, the fired rule ids (in order) and the pressure ceiling
// with the expectation stored beside it.
func TestScreenExamples(t *testing.T) {
	files, err := filepath.Glob("../../docs/examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, ".expected.json") {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".expected.json")
			if err != nil {
				t.Fatalf("every example needs an expectation beside it: %v", err)
			}
			var want expectation
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s.expected.json: %v", name, err)
			}
			var stdout, stderr bytes.Buffer
			if code := dispatch([]string{"screen", file}, strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, &stderr)
			}
			var out struct {
				expectation
				Fired []struct {
					ID     string   `json:"id"`
					Source []string `json:"source"`
				} `json:"fired"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, &stdout)
			}
			got := expectation{Tier: out.Tier, Fired: []string{}, PressureCeiling: out.PressureCeiling}
			for _, f := range out.Fired {
				got.Fired = append(got.Fired, f.ID)
				if len(f.Source) == 0 {
					t.Errorf("fired rule %s has no source in the output", f.ID)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
	if n < 6 {
		t.Errorf("docs/examples has %d example intakes, want at least 6", n)
	}
}

func TestScreenStdinAndErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"stdin", []string{"screen"}, `{"redFlags":{"saddle":"unsure"}}`, 0, `"tier": "emergency"`, ""},
		{"stdin dash", []string{"screen", "-"}, `{}`, 0, `"tier": "proceed"`, ""},
		{"bad JSON", []string{"screen"}, `{"ageBand": }`, 1, "", "stdin:\n  answers JSON: invalid JSON at line 1, column 13"},
		{"bad value", []string{"screen"}, `{"spread":"arm"}`, 1, "", `spread: "arm" is not allowed (allowed: no, one-leg, both-legs)`},
		{"unknown field", []string{"screen"}, `{"name":"Sam"}`, 1, "", `unknown field "name"`},
		{"missing file", []string{"screen", "no-such-file.json"}, "", 1, "", "no-such-file.json"},
		{"two files", []string{"screen", "a.json", "b.json"}, "", 2, "", "usage: kneadform screen"},
		{"unknown flag", []string{"screen", "-x"}, "", 2, "", "usage: kneadform screen"},
		{"help", []string{"screen", "-h"}, "", 0, "", "usage: kneadform screen"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := dispatch(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
				tt.name, code, stdout.String(), stderr.String(), tt.code, tt.stdout, tt.stderr)
		}
	}
}

func TestScreenIsListed(t *testing.T) {
	var stderr bytes.Buffer
	dispatch([]string{"help"}, nil, &bytes.Buffer{}, &stderr)
	if !strings.Contains(stderr.String(), "screen") {
		t.Errorf("usage does not list screen:\n%s", &stderr)
	}
}
