package routine

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"kneadform/app/i18n"
)

var update = flag.Bool("update", false, "rewrite docs/self-care.md and the golden files in testdata")

const selfCareDoc = "../../docs/self-care.md"

// TestSelfCareDoc keeps docs/self-care.md in step with the library.
func TestSelfCareDoc(t *testing.T) {
	got := LibraryMarkdown(i18n.Get("en"))
	if *update {
		if err := os.WriteFile(selfCareDoc, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(selfCareDoc)
	if err != nil {
		t.Fatalf("%v\nGenerate it with: go generate ./app/routine (or go test ./app/routine -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the library.\nRegenerate it with: go generate ./app/routine (or go test ./app/routine -update), then review and commit the diff.", selfCareDoc)
	}
}
