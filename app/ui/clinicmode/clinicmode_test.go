package clinicmode

import "testing"

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
