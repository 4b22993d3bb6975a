package pressure

import (
	"bytes"
	flagpkg "flag"
	"os"
	"testing"

	"kneadform/app/i18n"
)

var update = flagpkg.Bool("update", false, "rewrite docs/pressure.md from the code")

const scaleDoc = "../../docs/pressure.md"

// TestPressureDoc keeps docs/pressure.md in step with the code.
func TestPressureDoc(t *testing.T) {
	got := ScaleMarkdown(i18n.Get("en"))
	if *update {
		if err := os.WriteFile(scaleDoc, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(scaleDoc)
	if err != nil {
		t.Fatalf("%v\nGenerate it with: go generate ./app/pressure (or go test ./app/pressure -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the code.\nRegenerate it with: go generate ./app/pressure (or go test ./app/pressure -update), then review and commit the diff.", scaleDoc)
	}
}
