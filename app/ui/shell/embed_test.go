package shell

import (
	"regexp"
	"strings"
	"testing"
)

// embedIDRegexp is the rule validEmbedID replaced; the tests hold the byte
// loop to it.
var embedIDRegexp = regexp.MustCompile(`^[A-Za-z0-9_-]{1,40}$`)

func TestParseEmbedID(t *testing.T) {
	for _, tc := range []struct{ hash, want string }{
		{"#embed=clinic-1", "clinic-1"},
		{"#embed=A_z-09", "A_z-09"},
		{"embed=x", "x"},
		{"#embed=" + strings.Repeat("a", 40), strings.Repeat("a", 40)},
		{"#embed=" + strings.Repeat("a", 41), ""},
		{"#embed=", ""},
		{"", ""},
		{"#embed=a%20b", ""},
		{"#embed=a.b", ""},
		{"#embed=%C3%A9", ""},
		{"#embed=a%0A", ""},
		{"#embed=a;b", ""},
		{"#other=x", ""},
		{"#embed=%zz", ""},
	} {
		if got := parseEmbedID(tc.hash); got != tc.want {
			t.Errorf("parseEmbedID(%q) = %q, want %q", tc.hash, got, tc.want)
		}
	}
}

// FuzzValidEmbedID checks the byte loop accepts exactly what the old
// regexp accepted.
func FuzzValidEmbedID(f *testing.F) {
	for _, s := range []string{"", "a", "clinic-1", "a b", "é", strings.Repeat("Z", 40), strings.Repeat("Z", 41), "a\n", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := validEmbedID(id), embedIDRegexp.MatchString(id); got != want {
			t.Errorf("validEmbedID(%q) = %v, the regexp says %v", id, got, want)
		}
	})
}
