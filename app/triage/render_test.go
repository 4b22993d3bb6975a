package triage

import (
	"bytes"
	flagpkg "flag"
	"os"
	"testing"

	"kneadform/app/i18n"
)

var update = flagpkg.Bool("update", false, "rewrite docs/clinical-rules.md from the rule table")

const rulesDoc = "../../docs/clinical-rules.md"

// TestClinicalRulesDoc keeps docs/clinical-rules.md in step with the code.
func TestClinicalRulesDoc(t *testing.T) {
	got := RulesMarkdown(i18n.Get("en"))
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
