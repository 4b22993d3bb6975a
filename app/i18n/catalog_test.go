package i18n

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// This file checks every language folder found under locales/ against
// English, file by file, so a translation is complete and faithful in form:
// the same files and keys, the same {placeholders}, the same leading and
// trailing spaces and line breaks, no empty text, and no value left in
// English. A language's exceptions live in testdata/allow-<lang>.txt, one
// per line with a reason after "#":
//
//	same <key>     # the value may equal the English text (e.g. a brand name)
//	latin <token>  # a Latin-script token a non-Latin-script language may keep (e.g. FHIR)
//
// An exception that is no longer needed is itself an error, so the lists
// stay short and true.

// files is the catalog source on disk (the package itself ships generated
// tables, tables_gen.go, and embeds no JSON).
var files = diskFS{os.DirFS(".")}

// diskFS reads the catalog folder with the io/fs helpers.
type diskFS struct{ fsys fs.FS }

func (d diskFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }
func (d diskFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(d.fsys, name) }

var (
	placeholderRe = regexp.MustCompile(`\{[A-Za-z_][A-Za-z0-9_]*\}`)
	// latinTokenRe finds Latin-script words, file names and key prefixes
	// such as "FHIR", ".age", "clinic.key" or "AGE-SECRET-KEY-1".
	latinTokenRe = regexp.MustCompile(`\.?[A-Za-z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*`)
)

// catalogFile is one JSON file of one language.
type catalogFile map[string]string

// allowList is a language's exceptions: keys whose value may equal English,
// and Latin tokens a non-Latin-script language may keep.
type allowList struct {
	same  map[string]bool
	latin map[string]bool
}

func TestCatalogsMirrorEnglish(t *testing.T) {
	langs, err := files.ReadDir("locales")
	if err != nil {
		t.Fatal(err)
	}
	en := readLang(t, Fallback)
	checked := 0
	for _, l := range langs {
		if !l.IsDir() || l.Name() == Fallback {
			continue
		}
		lang := l.Name()
		checked++
		allow := readAllow(t, lang)
		for _, p := range checkLanguage(en, readLang(t, lang), allow) {
			t.Errorf("%s: %s", lang, p)
		}
	}
	t.Logf("checked %d language(s) against %s", checked, Fallback)
}

// readLang reads every JSON file of lang, failing on a key defined twice
// in one file (which json.Unmarshal would silently accept).
func readLang(t *testing.T, lang string) map[string]catalogFile {
	t.Helper()
	entries, err := files.ReadDir("locales/" + lang)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]catalogFile{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := files.ReadFile("locales/" + lang + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		f, err := decodeStrict(b)
		if err != nil {
			t.Errorf("locales/%s/%s: %v", lang, e.Name(), err)
			continue
		}
		out[e.Name()] = f
	}
	return out
}

// decodeStrict decodes a flat JSON object of strings, refusing duplicate keys.
func decodeStrict(b []byte) (catalogFile, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	f := catalogFile{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := tok.(string)
		var v string
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("key %q: %w", k, err)
		}
		if _, dup := f[k]; dup {
			return nil, fmt.Errorf("key %q is defined twice", k)
		}
		f[k] = v
	}
	return f, nil
}

// readAllow reads testdata/allow-<lang>.txt; a missing file is an empty list.
func readAllow(t *testing.T, lang string) allowList {
	t.Helper()
	a := allowList{same: map[string]bool{}, latin: map[string]bool{}}
	b, err := os.ReadFile("testdata/allow-" + lang + ".txt")
	if os.IsNotExist(err) {
		return a
	}
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		entry, reason, _ := strings.Cut(line, "#")
		fields := strings.Fields(entry)
		switch {
		case strings.TrimSpace(reason) == "":
			t.Errorf("allow-%s.txt:%d: give a reason after #", lang, n)
		case len(fields) == 2 && fields[0] == "same":
			a.same[fields[1]] = true
		case len(fields) == 2 && fields[0] == "latin":
			a.latin[fields[1]] = true
		default:
			t.Errorf("allow-%s.txt:%d: want \"same <key> # why\" or \"latin <token> # why\", got %q", lang, n, line)
		}
	}
	return a
}

// checkLanguage compares one language's files with English and returns
// every problem found, sorted.
func checkLanguage(en, other map[string]catalogFile, allow allowList) []string {
	var probs []string
	add := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	usedSame, usedLatin := map[string]bool{}, map[string]bool{}
	nonLatin := mostlyNonLatin(other)
	for name, ef := range en {
		of, ok := other[name]
		if !ok {
			add("file %s is missing", name)
			continue
		}
		for k, ev := range ef {
			ov, ok := of[k]
			if !ok {
				add("%s: key %q is missing", name, k)
				continue
			}
			for _, p := range checkMessage(ev, ov) {
				add("%s: %q %s", name, k, p)
			}
			if ov == ev && hasLetter(stripPlaceholders(ev)) {
				if allow.same[k] {
					usedSame[k] = true
				} else {
					add("%s: %q is still the English text %q", name, k, ev)
				}
			}
			if nonLatin {
				for _, tok := range latinTokenRe.FindAllString(stripPlaceholders(ov), -1) {
					if allow.latin[tok] {
						usedLatin[tok] = true
					} else {
						add("%s: %q keeps the Latin-script word %q", name, k, tok)
					}
				}
			}
		}
		for k := range of {
			if _, ok := ef[k]; !ok {
				add("%s: key %q is not in English (unused)", name, k)
			}
		}
	}
	for name := range other {
		if _, ok := en[name]; !ok {
			add("file %s has no English counterpart", name)
		}
	}
	for k := range allow.same {
		if !usedSame[k] {
			add("allow list: \"same %s\" is not needed", k)
		}
	}
	for tok := range allow.latin {
		if !usedLatin[tok] {
			add("allow list: \"latin %s\" is not needed", tok)
		}
	}
	sort.Strings(probs)
	return probs
}

// checkMessage compares one translated message with its English text.
func checkMessage(en, tr string) []string {
	var probs []string
	if strings.TrimSpace(tr) == "" {
		return []string{"is empty"}
	}
	if got, want := sortedPlaceholders(tr), sortedPlaceholders(en); strings.Join(got, "") != strings.Join(want, "") {
		probs = append(probs, fmt.Sprintf("has placeholders %v, English has %v", got, want))
	}
	if edges(tr) != edges(en) {
		probs = append(probs, "has different leading or trailing spaces than English")
	}
	if strings.Count(tr, "\n") != strings.Count(en, "\n") {
		probs = append(probs, "has a different number of line breaks than English")
	}
	return probs
}

func sortedPlaceholders(s string) []string {
	p := placeholderRe.FindAllString(s, -1)
	sort.Strings(p)
	return p
}

func stripPlaceholders(s string) string { return placeholderRe.ReplaceAllString(s, " ") }

func edges(s string) string {
	lead := s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsSpace))]
	trail := s[len(strings.TrimRightFunc(s, unicode.IsSpace)):]
	return lead + "|" + trail
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// mostlyNonLatin reports whether fewer than half of the letters in a
// language's catalog are Latin script (Thai yes, Spanish no).
func mostlyNonLatin(lang map[string]catalogFile) bool {
	latin, all := 0, 0
	for _, f := range lang {
		for _, v := range f {
			for _, r := range stripPlaceholders(v) {
				if unicode.IsLetter(r) {
					all++
					if unicode.In(r, unicode.Latin) {
						latin++
					}
				}
			}
		}
	}
	return all > 0 && latin*2 < all
}
