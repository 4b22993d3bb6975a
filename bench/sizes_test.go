package main

import "testing"

// TestGrowthSince: a package that grew past the tolerance is reported; one
// that joins the table's list only because another left it is not (it was
// among "(other packages)", no larger than the smallest listed); one that
// joins it larger than that is.
func TestGrowthSince(t *testing.T) {
	recorded := map[string]int{"runtime": 1_000_000, "kneadform/app/clinic": 38_139, "rsc.io/qr/coding": 31_528,
		"(other packages)": 791_957, "(total)": 11_000_000}
	now := map[string]int{"runtime": 1_030_000, "crypto/internal/fips140/aes": 28_012, "new/big": 40_000,
		"rsc.io/qr/coding": 31_528, "(other packages)": 780_000, "(total)": 10_950_000}
	got := map[string]PackageGrowth{}
	for _, g := range growthSince(recorded, now) {
		got[g.Package] = g
	}
	if len(got) != 2 || got["runtime"].Now != 1_030_000 || got["new/big"].Before != 31_528 {
		t.Errorf("growth = %+v, want runtime and new/big (from 31,528)", got)
	}
}
