package triage

import (
	"bytes"
	"encoding/json"
	flagpkg "flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

var update = flagpkg.Bool("update", false, "rewrite docs/clinical-rules.md from the rule table")

const rulesDoc = "../../docs/clinical-rules.md"

// TestClinicalRulesDoc keeps docs/clinical-rules.md in step with the code.
func TestClinicalRulesDoc(t *testing.T) {
	got := RulesMarkdown(i18n.Get("en"), loadExamples(t)...)
	if *update {
		if err := os.WriteFile(rulesDoc, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(rulesDoc)
	if err != nil {
		t.Fatalf("%v\nGenerate it with: go generate ./app/triage (or go test ./app/triage -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the rule table.\nRegenerate it with: go generate ./app/triage (or go test ./app/triage -update), then review and commit the diff.", rulesDoc)
	}
}

// expected is docs/examples/<name>.expected.json: the outcome the screen must
// give, and why (rendered into docs/clinical-rules.md).
type expected struct {
	Tier            string   `json:"tier"`
	Fired           []string `json:"fired"`
	PressureCeiling int      `json:"pressureCeiling"`
	Why             string   `json:"why"`
	Frequency       string   `json:"frequency"`
	Techniques      []string `json:"techniques"`
	Dropped         []string `json:"dropped"`
}

// loadExamples reads every example intake in docs/examples, checks its
// outcome against the expectation beside it, and returns it for the doc.
func loadExamples(t *testing.T) []Example {
	t.Helper()
	files, err := filepath.Glob("../../docs/examples/*.json")
	if err != nil {
		t.Fatal(err)
	}
	var out []Example
	for _, file := range files {
		if strings.HasSuffix(file, ".expected.json") {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := intake.DecodeAnswers(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".expected.json")
		if err != nil {
			t.Fatal(err)
		}
		var want expected
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s.expected.json: %v", name, err)
		}
		if want.Why == "" {
			t.Errorf("%s.expected.json: no \"why\" explanation", name)
		}
		checkExample(t, name, Evaluate(&a), want)
		out = append(out, Example{Name: name, Why: want.Why, Answers: &a})
	}
	if len(out) < 9 {
		t.Errorf("docs/examples has %d examples, want at least 9", len(out))
	}
	return out
}

func checkExample(t *testing.T, name string, o Outcome, want expected) {
	t.Helper()
	got := expected{Tier: o.Tier.String(), PressureCeiling: o.PressureCeiling, Fired: []string{}, Why: want.Why}
	for _, f := range o.Fired {
		got.Fired = append(got.Fired, f.ID)
	}
	if o.Frequency != nil {
		got.Frequency = o.Frequency.ID
	}
	got.Techniques, got.Dropped = techIDs(o), nil
	for _, d := range o.Dropped {
		got.Dropped = append(got.Dropped, d.ID)
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("example %s:\n got  %s\n want %s", name, g, w)
	}
}
