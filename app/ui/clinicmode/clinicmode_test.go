package clinicmode

import (
	"strings"
	"testing"
)

func TestHandoffFragment(t *testing.T) {
	for h, want := range map[string]bool{
		"k1.AAAA": true, "k2.AAAA": true, "": false, "k": false, "embed=abc": false, "kx.AAA": false,
	} {
		if got := isHandoffFragment(h); got != want {
			t.Errorf("isHandoffFragment(%q) = %v", h, got)
		}
	}
	if got := shortKey("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqzzzzzz"); got != "age1qqqqq…zzzzzz" {
		t.Errorf("shortKey = %q", got)
	}
}

// A locked key reads back; anything else is refused, never a panic.
func TestSealedText(t *testing.T) {
	iv, ct := make([]byte, ivLen), []byte("0123456789abcdef-ciphertext")
	s := sealedText(iv, ct)
	if !isSealed(s) || isSealed("AGE-SECRET-KEY-1QQQ") {
		t.Fatalf("isSealed(%q) is wrong", s)
	}
	if gotIV, gotCT, ok := parseSealed(s); !ok || string(gotIV) != string(iv) || string(gotCT) != string(ct) {
		t.Errorf("parseSealed(%q) = %x, %q, %v", s, gotIV, gotCT, ok)
	}
	for _, bad := range []string{"", "kw1.", "kw1.AAAA", "kw1.AAAAAAAAAAAAAAAA.", "kw1.!!.AAAA",
		"kw1.AAAAAAAAAAAAAAAA.QUFBQUFBQUFBQUFBQUFBQQ", "AGE-SECRET-KEY-1QQQ", "kw1." + strings.Repeat("A", maxSealed)} {
		if _, _, ok := parseSealed(bad); ok {
			t.Errorf("parseSealed(%q) accepted", bad)
		}
	}
}
