package pressurewalk

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/pressure"
	"kneadform/app/ui/kit"
)

// TestPressureCatalog: every pressure.walk.* key the walkthrough names is in
// the English catalog, and every pressure.walk.* key in pressure.json is
// named by the walkthrough (the pressure package's own catalog test leaves
// these keys to this one).
func TestPressureCatalog(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	// The choices' store and the level words (kit.LevelText) name a few
	// walkthrough keys too.
	files = append(files, "../store/pressure.go", "../kit/level.go")
	re := regexp.MustCompile(`"(pressure\.walk\.[a-z0-9.-]+)"`)
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
	}
	if len(used) < 50 {
		t.Fatalf("found only %d pressure.walk keys: the pattern no longer matches the code", len(used))
	}
	en := i18n.Get("en")
	for k := range used {
		if !en.Has(k) {
			t.Errorf("catalog en has no key %q", k)
		}
	}
	b, err := os.ReadFile("../../i18n/locales/en/pressure.json")
	if err != nil {
		t.Fatal(err)
	}
	var file map[string]string
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	var orphans []string
	for k := range file {
		if strings.HasPrefix(k, "pressure.walk.") && !used[k] {
			orphans = append(orphans, k)
		}
	}
	sort.Strings(orphans)
	if len(orphans) > 0 {
		t.Errorf("pressure.json keys the walkthrough does not use: %v", orphans)
	}
	// Keys the screens build from the pressure package's values.
	for _, s := range pscreens {
		if !en.Has(s.title) {
			t.Errorf("screen %s: no title %q", s.id, s.title)
		}
	}
}

func TestCollapseSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"":               "",
		"  ":             "",
		"banana":         "banana",
		"  my  word ":    "my word",
		"a\tb\nc":        "a b c",
		"red\u00a0light": "red light",
	} {
		if got := collapseSpaces(in); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLevelText(t *testing.T) {
	for l, want := range map[pressure.Level]string{0: "0 (not touched)", 3: "3 (light)", 5: "5 (medium)", 6: "6 (firm)", 8: "8"} {
		if got := kit.LevelText(l); got != want {
			t.Errorf("kit.LevelText(%d) = %q, want %q", l, got, want)
		}
	}
}

// TestScreenOfField: every field pressure.Validate reports belongs to the
// screen that shows it.
func TestScreenOfField(t *testing.T) {
	for field, want := range map[string]string{
		pressure.FieldStopSignal:         "speak",
		pressure.FieldStopWord:           "speak",
		pressure.FieldCheckIn:            "speak",
		pressure.FieldTender:             "tender",
		pressure.TenderField("low-left"): "tender",
		pressure.PreferredField("neck"):  "regions",
		pressure.MaxField("sacrum"):      "regions",
		pressure.FieldSettings:           "regions",
	} {
		if got := screenOfField(field); got != want {
			t.Errorf("screenOfField(%q) = %q, want %q", field, got, want)
		}
	}
}
