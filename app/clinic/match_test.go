package clinic

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// patterns pairs each hand-written matcher with the regular expression it
// replaces; they must agree on every input.
var patterns = []struct {
	name    string
	re      *regexp.Regexp
	matches func(string) bool
	samples []string
}{
	{"color", regexp.MustCompile(`^#[0-9a-fA-F]{6}$`), isColor,
		[]string{"#00635a", "#00635A", "#00635", "#00635aa", "00635a", "#0063g5", "", "#", "#ffffff\n"}},
	{"phone", regexp.MustCompile(`^\+?[0-9 ()./-]{3,24}$`), isPhone,
		[]string{"+44 20 7946 0958", "(02) 123-4567", "12", "123", "+12", "++123", "1234567890123456789012345", "123456789012345678901234",
			"+123456789012345678901234", "12a", "１２３", "112\n"}},
	{"emergency", regexp.MustCompile(`^[0-9]{2,6}$`), isEmergency,
		[]string{"112", "911", "1", "1234567", "123456", "1a", "", "١١٢"}},
	{"region", regexp.MustCompile(`^[A-Z]{2}$`), isRegion,
		[]string{"GB", "gb", "G", "GBR", "", "ÉU"}},
	{"logo", regexp.MustCompile(`^/web/[A-Za-z0-9._/-]+\.(svg|png|webp)$`), isLogo,
		[]string{"/web/logo.svg", "/web/a/b-c_d.png", "/web/x.webp", "/web/.png", "/web/..png", "/web/logo.gif", "/web/logo.svg.js",
			"web/logo.svg", "/web/lo go.svg", "/web/logo.SVG", "/web/.svg.png", "/web/é.png", "/web/a.png\n"}},
	{"recipient", regexp.MustCompile(`^age1[02-9ac-hj-np-z]{58}$`), isRecipient,
		[]string{"age1" + strings.Repeat("q", 58), "age1" + strings.Repeat("q", 57), "age1" + strings.Repeat("b", 58),
			"age1" + strings.Repeat("q", 57) + "1", "AGE1" + strings.Repeat("q", 58), "age1" + strings.Repeat("0", 58), ""}},
}

// TestMatchersAgreeWithPatterns: each matcher accepts exactly what its
// former regular expression accepted, on hand-picked edge cases.
func TestMatchersAgreeWithPatterns(t *testing.T) {
	for _, p := range patterns {
		for _, s := range p.samples {
			if got, want := p.matches(s), p.re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the pattern says %v", p.name, s, got, want)
			}
		}
	}
}

// FuzzMatchersAgreeWithPatterns: the same on any input.
func FuzzMatchersAgreeWithPatterns(f *testing.F) {
	for _, p := range patterns {
		for _, s := range p.samples {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range patterns {
			for _, in := range []string{s, "#" + s, "+" + s, "/web/" + s, "age1" + s} {
				if got, want := p.matches(in), p.re.MatchString(in); got != want {
					t.Errorf("%s(%q) = %v, the pattern says %v", p.name, in, got, want)
				}
			}
		}
	})
}

// TestNoRegexpAtStart: the package the browser links compiles no regular
// expression at start-up.
func TestNoRegexpAtStart(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "regexp" {
				t.Errorf("%s imports regexp", name)
			}
		}
	}
}
