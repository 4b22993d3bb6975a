package i18n

import (
	"bytes"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"kneadform/app/i18n/internal/catgen"
)

// TestTablesUpToDate fails when a catalog changed (or a language folder
// was added) without go generate ./app/i18n.
func TestTablesUpToDate(t *testing.T) {
	want, err := catgen.Source(os.DirFS("locales"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(catgen.Output)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date with locales/*/*.json: run go generate ./app/i18n", catgen.Output)
	}
	dirs, err := os.ReadDir("locales")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && !hasTable(d.Name()) {
			t.Errorf("locales/%s has no generated table", d.Name())
		}
	}
}

// TestGenerateEveryLanguage: the generator takes whatever language
// folders exist, merges each folder's files and refuses a key defined in
// two files of one language.
func TestGenerateEveryLanguage(t *testing.T) {
	fsys := fstest.MapFS{
		"en/a.json": {Data: []byte(`{"x": "X", "y": "Y {n}"}`)},
		"en/b.json": {Data: []byte(`{"z": "Z"}`)},
		"th/a.json": {Data: []byte(`{"x": "เอ็กซ์"}`)},
		"zz/a.json": {Data: []byte(`{"x": "x"}`)},
	}
	src, err := catgen.Source(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`lang:  "en"`, `lang:  "th"`, `lang:  "zz"`, `"เอ็กซ์"`, `"Y {n}"`, `files: []string{"a.json", "b.json"}`} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("generated source lacks %s:\n%s", want, src)
		}
	}
	fsys["en/c.json"] = &fstest.MapFile{Data: []byte(`{"z": "again"}`)}
	if _, err := catgen.Source(fsys); err == nil {
		t.Error("a key defined in two files was accepted")
	}
	fsys["en/c.json"] = &fstest.MapFile{Data: []byte(`{"z": 1}`)}
	if _, err := catgen.Source(fsys); err == nil {
		t.Error("a non-string message was accepted")
	}
}

// TestFile: File gives back exactly one catalog file's messages.
func TestFile(t *testing.T) {
	m, err := File(Fallback, "app.json")
	if err != nil {
		t.Fatal(err)
	}
	if m["app.name"] == "" {
		t.Error("app.json lacks app.name")
	}
	tr, err := File(Fallback, "triage.json")
	if err != nil || len(tr) == 0 {
		t.Fatalf("triage.json: %d messages, %v", len(tr), err)
	}
	for k := range m {
		if tr[k] != "" {
			t.Errorf("key %q in both app.json and triage.json", k)
		}
	}
	if _, err := File(Fallback, "nope.json"); err == nil {
		t.Error("a missing file gave no error")
	}
}

// TestNoDecodingAtStart: the package the browser links reads its
// catalogs from generated tables, not by decoding embedded JSON at
// start-up (which cost 78–333 ms at 4× CPU, issue 12).
func TestNoDecodingAtStart(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "encoding/json" || p == "embed" {
				t.Errorf("%s imports %s: the catalogs must come from %s", name, p, catgen.Output)
			}
		}
	}
}
