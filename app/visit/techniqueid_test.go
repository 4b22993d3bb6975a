package visit

import (
	"regexp"
	"strings"
	"testing"
)

// techniqueIDPattern is what validTechniqueID implements by hand.
var techniqueIDPattern = regexp.MustCompile(`^[a-z][a-z0-9-]{0,39}$`)

func TestValidTechniqueIDMatchesPattern(t *testing.T) {
	for _, id := range []string{"", "a", "swedish", "deep-tissue", "trigger-point-2", "Bad ID", "-x", "9a", "a_b",
		"a" + strings.Repeat("b", 39), "a" + strings.Repeat("b", 40), "aé", "a\n", "ab-"} {
		if got, want := validTechniqueID(id), techniqueIDPattern.MatchString(id); got != want {
			t.Errorf("validTechniqueID(%q) = %v, the pattern says %v", id, got, want)
		}
	}
}

func FuzzValidTechniqueID(f *testing.F) {
	for _, s := range []string{"swedish", "deep-tissue", "", "A", "a-", strings.Repeat("a", 41)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := validTechniqueID(id), techniqueIDPattern.MatchString(id); got != want {
			t.Fatalf("validTechniqueID(%q) = %v, the pattern says %v", id, got, want)
		}
	})
}
