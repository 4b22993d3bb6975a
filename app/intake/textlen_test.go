package intake

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTooLongCountsCharacters(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want bool
	}{
		{"", 0, false},
		{"a", 0, true},
		{"abc", 3, false},
		{"abcd", 3, true},
		{"สมชาย", 5, false}, // 5 letters, 15 bytes
		{"สมชาย", 4, true},
		{"😀😀", 2, false}, // 8 bytes
		{"😀😀😀", 2, true},
	}
	for _, tt := range tests {
		if got := TooLong(tt.s, tt.max); got != tt.want {
			t.Errorf("TooLong(%q, %d) = %v, want %v", tt.s, tt.max, got, tt.want)
		}
	}
}

func TestCutText(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"สมชาย", 3, "สมช"},
		{"a\xffb\xfec", 2, "ab"},
		{"😀x😀", 2, "😀x"},
	}
	for _, tt := range tests {
		if got := CutText(tt.s, tt.max); got != tt.want {
			t.Errorf("CutText(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
		}
	}
}

// TestCutTextProperty: over random text of mixed scripts and bad bytes,
// CutText gives valid UTF-8 of at most max characters that starts the
// valid text, and keeps text that already fits.
func TestCutTextProperty(t *testing.T) {
	pieces := []string{"a", "ก", "ñ", "😀", "\xff", " ", "\u0e31", "字"}
	r := rand.New(rand.NewPCG(3, 17))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s, max := b.String(), r.IntN(30)
		got := CutText(s, max)
		valid := strings.ToValidUTF8(s, "")
		if !utf8.ValidString(got) || TooLong(got, max) || !strings.HasPrefix(valid, got) {
			t.Fatalf("CutText(%q, %d) = %q", s, max, got)
		}
		if !TooLong(valid, max) && got != valid {
			t.Fatalf("CutText(%q, %d) = %q, want it whole", s, max, got)
		}
	}
}

// TestThaiTextAtTheLimits: a Thai name, signature and medicines list as
// long as the text box allows (the limits in characters) are kept whole by
// Clean and accepted by Validate. With byte limits, Clean cut a 60-letter
// Thai name to 20 letters and Validate refused a 21-letter signature.
func TestThaiTextAtTheLimits(t *testing.T) {
	name, meds := strings.Repeat("ณ", MaxNameLen), strings.Repeat("ยา", MaxTextLen/2)
	a := Answers{FirstName: name, ConsentName: name, Medications: meds}
	if a.Clean(); a.FirstName != name || a.ConsentName != name || a.Medications != meds {
		t.Errorf("Clean cut Thai text at the limits: %d, %d, %d letters", utf8.RuneCountInString(a.FirstName),
			utf8.RuneCountInString(a.ConsentName), utf8.RuneCountInString(a.Medications))
	}
	for _, e := range Validate(&a, StepMedicines) {
		t.Errorf("Validate(medicines) = %v", e)
	}
	a.Medications += "ย"
	errs := Validate(&a, StepMedicines)
	if len(errs) != 1 || errs[0].Key != "error.too-long" {
		t.Errorf("one letter over: %v", errs)
	}
	b := Answers{FirstName: name + "ณ"}
	if b.Clean(); b.FirstName != name {
		t.Errorf("Clean kept %d letters of a name one over the limit", utf8.RuneCountInString(b.FirstName))
	}
}
