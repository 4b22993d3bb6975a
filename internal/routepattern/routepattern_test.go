package routepattern

import (
	"regexp"
	"strings"
	"testing"
)

// patterns are the routes' patterns (app/ui.IntakePattern,
// pressurewalk.Pattern) and a spread of the supported syntax.
var patterns = []string{
	`^/intake(/[a-z0-9-]*)?$`,
	`^/pressure(/[a-z-]*)?$`,
	`^/users/[0-9]+$`, `^/a/\d{2,4}/?$`, `/x`, `^/(?:a|bc|)$`, `a|b|^c$`, `^[^/]+$`, `^.*$`, `^.+/edit$`,
	`^/[\w.-]{1,3}$`, `^/\.\*\?\(\)$`, `^/{$`, `^/a{,2}$`, `^/a{2,}b*?$`, `^/[]a]$`, `^/[^]a]$`, `^/[a-]$`, `^/[-a]$`,
	`^/[a-b-c]$`, `^(a*)*$`, `^(^)?x$`, `^$`, ``, `()`, `^/é+[à-ÿ]?$`, `^\s\S\W\D$`, `^[\d\s]$`, `x{0}y`, `a{3}$`,
	`^/[\]\\-]$`, `^\_/\-$`,
}

var paths = []string{
	"", "/", "/intake", "/intake/", "/intake/where", "/intake/where/", "/intake/Where", "/intakes", "/x/intake",
	"/pressure", "/pressure/guide", "/pressure/9", "/users/12", "/users/", "/a/12", "/a/12345/", "/a/123/", "/",
	"/ab", "/bc", "/a", "x", "abc", "cab", "c", "/a/b/edit", "/edit", "/é", "/ééà", "/.*?()", "/{", "/aa", "/",
	"/aab", "/]", "/a", "/-", "/b", "/c", "aaa", "x", "\n", "/\n/", " \t_1", "1 ", "xy", "aaa", "aaaa", "/\\",
	"/_/-", "/\xff", "/intake/\xffab", "/a.b",
}

func TestMatchesLikeRegexp(t *testing.T) {
	for _, pat := range patterns {
		p, err := CompileRoutePattern(pat)
		if err != nil {
			t.Errorf("CompileRoutePattern(%q): %v", pat, err)
			continue
		}
		re := regexp.MustCompile(pat)
		for _, s := range paths {
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q.MatchString(%q) = %v, regexp says %v", pat, s, got, want)
			}
		}
	}
}

// TestRefuses: syntax outside the supported part is an error, never a
// different meaning.
func TestRefuses(t *testing.T) {
	for _, pat := range []string{
		`(?i)a`, `\bx`, `\pL`, `[[:alpha:]]`, `a**`, `a*+`, `a{2}{3}`, `*a`, `{2}`, `a|*`, `(a`, `a)`, `[a`, `[]`,
		`[z-a]`, `a{1001}`, `\`, `\1`, `\x41`, `(?P<n>a)`, `[\D]`, "\xff", `^*`, `a{2,1}`, `\z`,
	} {
		if _, err := CompileRoutePattern(pat); err == nil {
			t.Errorf("CompileRoutePattern(%q) accepted it", pat)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustCompileRoutePattern did not panic on a bad pattern")
		}
	}()
	MustCompileRoutePattern(`(`)
}

// FuzzAgainstRegexp: whatever pattern CompileRoutePattern accepts, regexp
// accepts too and both match the same texts.
func FuzzAgainstRegexp(f *testing.F) {
	for i, pat := range patterns {
		f.Add(pat, paths[i%len(paths)])
	}
	f.Fuzz(func(t *testing.T, pat, s string) {
		if len(pat) > 64 || strings.Contains(pat, "{") && len(pat) > 16 {
			return // keep counted repetitions small
		}
		p, err := CompileRoutePattern(pat)
		if err != nil {
			return
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			t.Fatalf("CompileRoutePattern(%q) accepted what regexp refuses: %v", pat, err)
		}
		for _, x := range []string{s, "/" + s, s + "/", pat} {
			if got, want := p.MatchString(x), re.MatchString(x); got != want {
				t.Fatalf("%q.MatchString(%q) = %v, regexp says %v", pat, x, got, want)
			}
		}
	})
}

func BenchmarkIntakeRoute(b *testing.B) {
	p := MustCompileRoutePattern(`^/intake(/[a-z0-9-]*)?$`)
	for i := 0; i < b.N; i++ {
		p.MatchString("/intake/where-it-hurts")
	}
}
