package ui

import (
	"regexp"
	"testing"

	"kneadform/app/ui/pressurewalk"
	"kneadform/app/ui/visit"
	"kneadform/internal/routepattern"
)

// TestRoutePatterns: the RouteWithRegexp patterns compile with
// internal/routepattern, as the wasm's go-app compiles them (kneadform
// wasm-goapp), and match every prerendered path as regexp does.
func TestRoutePatterns(t *testing.T) {
	for _, pat := range []string{intakePattern, pressurewalk.Pattern, visit.CheckInPattern} {
		p, err := routepattern.CompileRoutePattern(pat)
		if err != nil {
			t.Errorf("%q: %v", pat, err)
			continue
		}
		re := regexp.MustCompile(pat)
		for _, path := range append(StaticPaths(), "/intake/x/y", "/intake/Where", "/pressure/9", "/intakes", "/visit/checkin/x/y", "/visit/checkins", "/") {
			if got, want := p.MatchString(path), re.MatchString(path); got != want {
				t.Errorf("%q matches %q: %v, regexp says %v", pat, path, got, want)
			}
		}
	}
}
