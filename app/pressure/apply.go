package pressure

import (
	"slices"

	"kneadform/app/intake"
)

// Adjustment is one change Apply made to the client's choices, with why, so
// the screen can say "we lowered this because ...".
type Adjustment struct {
	Region intake.Region `json:"region"` // the region whose setting changed
	// Field is the field id of the changed input (PreferredField or
	// MaxField of the region).
	Field   string   `json:"field"`
	From    Level    `json:"from"`    // the level before
	To      Level    `json:"to"`      // the level after
	Reasons []Reason `json:"reasons"` // why: the cap's reasons, off-scale or above-max
}

// Reasons Apply gives besides a cap's own.
var (
	// offScale: a stored level below 0 or above 10.
	offScale = Reason{Key: "pressure.adjust.off-scale"}
	// aboveMax: the preferred level was above the client's own maximum.
	aboveMax = Reason{Key: "pressure.adjust.above-max"}
)

// Apply fits p under c and returns the result with every change it made,
// region by region in body-map order (unknown regions last, by id). For
// every region of the result, 0 ≤ Preferred ≤ Max ≤ c.For(region):
//
//   - a level off the scale is brought onto it (off-scale), then treated
//     like any other;
//   - a maximum above the region's cap is lowered to the cap (the cap's
//     reasons);
//   - a preferred level above the maximum is lowered to it (the cap's
//     reasons when the cap lowered the maximum, above-max otherwise).
//
// Nothing is ever raised except a negative level, to 0. Apply is pure and
// idempotent, never panics, and never shares maps or slices with p. The
// stop signal, check-in, tender spots and haptics are copied unchanged
// (Clean is what checks them).
func Apply(p Prefs, c Ceiling) (Prefs, []Adjustment) {
	out := p.clone()
	var adj []Adjustment
	for _, r := range settingOrder(out.Regions) {
		s := out.Regions[r]
		limit, why := c.For(r)
		limit = clamp(limit, MinLevel, MaxLevel)
		change := func(field string, from, to Level, reasons []Reason) {
			adj = append(adj, Adjustment{Region: r, Field: field, From: from, To: to, Reasons: append([]Reason(nil), reasons...)})
		}
		if s.Max < MinLevel || s.Max > MaxLevel {
			to := clamp(s.Max, MinLevel, MaxLevel)
			change(MaxField(r), s.Max, to, []Reason{offScale})
			s.Max = to
		}
		if s.Preferred < MinLevel || s.Preferred > MaxLevel {
			to := clamp(s.Preferred, MinLevel, MaxLevel)
			change(PreferredField(r), s.Preferred, to, []Reason{offScale})
			s.Preferred = to
		}
		capped := false
		if s.Max > limit {
			change(MaxField(r), s.Max, limit, why)
			s.Max, capped = limit, true
		}
		if s.Preferred > s.Max {
			reasons := []Reason{aboveMax}
			if capped || s.Preferred > limit {
				reasons = why
			}
			change(PreferredField(r), s.Preferred, s.Max, reasons)
			s.Preferred = s.Max
		}
		out.Regions[r] = s
	}
	return out, adj
}

// settingOrder returns the regions of m in body-map order, then any unknown
// regions sorted by id, so Apply's report is deterministic.
func settingOrder(m map[intake.Region]Setting) []intake.Region {
	var out, unknown []intake.Region
	for _, r := range intake.Regions {
		if _, ok := m[r]; ok {
			out = append(out, r)
		}
	}
	for r := range m {
		if !r.Valid() {
			unknown = append(unknown, r)
		}
	}
	slices.Sort(unknown)
	return append(out, unknown...)
}
