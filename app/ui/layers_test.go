package ui

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// allowedUI says which app/ui packages each package below app/ui may import
// (docs/architecture.md, "The UI"): el (the HTML elements) none, kit only
// el, store kit and el, shell those and store, a feature those four. Clinic
// mode shows the therapist summary, the one feature another imports. A
// package not listed here is a new feature.
var allowedUI = map[string][]string{
	"el":         nil,
	"kit":        {"el"},
	"store":      {"el", "kit"},
	"shell":      {"el", "kit", "store"},
	"clinicmode": {"el", "kit", "store", "shell", "therapist"},
}

var featureImports = []string{"el", "kit", "store", "shell"}

// TestLayers: the imports between the packages of app/ui run one way, so kit
// never depends on a screen and a feature never on another one.
func TestLayers(t *testing.T) {
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		allowed, ok := allowedUI[d.Name()]
		if !ok {
			allowed = featureImports
		}
		for _, imp := range uiImports(t, d.Name()) {
			if !contains(allowed, imp) {
				t.Errorf("app/ui/%s imports app/ui/%s; it may import only %v", d.Name(), imp, allowed)
			}
		}
		seen++
	}
	if seen < 8 {
		t.Fatalf("found only %d packages under app/ui", seen)
	}
}

// uiImports lists the app/ui packages that the non-test files of dir import.
func uiImports(t *testing.T, dir string) []string {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, spec := range file.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if rest, ok := strings.CutPrefix(path, "kneadform/app/ui/"); ok {
				set[rest] = true
			}
		}
	}
	var out []string
	for p := range set {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
