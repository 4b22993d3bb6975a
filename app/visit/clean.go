package visit

import (
	"kneadform/app/intake"
)

// Clean removes the values Validate would refuse, one by one, so a damaged
// stored check-in keeps every good answer: unknown choices, numbers off
// the scale, bad technique entries, unknown flags and feelings, and a note
// cut to MaxNoteLen at a character boundary. It returns how many values it
// removed. The stage is not cleaned: a check-in without a valid stage is
// dropped by Visit.Clean.
func (c *CheckIn) Clean() (dropped int) {
	drop := func(bad bool, clear func()) {
		if bad {
			clear()
			dropped++
		}
	}
	drop(c.Soreness != "" && !oneOf(Sorenesses, c.Soreness), func() { c.Soreness = "" })
	drop(c.Water != "" && !oneOf(Waters, c.Water), func() { c.Water = "" })
	drop(c.Pain != nil && (*c.Pain < 0 || *c.Pain > 10), func() { c.Pain = nil })
	drop(c.Pressure != "" && !oneOf(Felts, c.Pressure), func() { c.Pressure = "" })
	drop(c.RightLevel != nil && (*c.RightLevel < 0 || *c.RightLevel > 10), func() { c.RightLevel = nil })
	drop(c.Spread != "" && !oneOf(intake.Spreads, c.Spread), func() { c.Spread = "" })
	for id, f := range c.Techniques {
		drop(!validTechniqueID(id) || !oneOf(Felts, f), func() { delete(c.Techniques, id) })
	}
	for len(c.Techniques) > MaxTechniques {
		for id := range c.Techniques {
			delete(c.Techniques, id)
			dropped++
			break
		}
	}
	for f, t := range c.RedFlags {
		drop(!f.Valid() || (t != intake.Yes && t != intake.No && t != intake.Unsure), func() { delete(c.RedFlags, f) })
	}
	var kept []intake.Feeling
	for _, f := range c.Feelings {
		if oneOf(intake.Feelings, f) && !oneOf(kept, f) {
			kept = append(kept, f)
		} else {
			dropped++
		}
	}
	c.Feelings = kept
	if note := intake.CutText(c.Note, MaxNoteLen); note != c.Note {
		c.Note = note
		dropped++
	}
	return dropped
}

// Clean cleans v's pain ratings and check-ins in place (see
// CheckIn.Clean), dropping a check-in with no valid stage or a second one
// for a stage, and returns how many values it removed. The time is not
// cleaned: a visit without a valid time cannot be placed and is dropped by
// its caller.
func (v *Visit) Clean() (dropped int) {
	for _, p := range []**int{&v.PainBefore, &v.PainAfter} {
		if *p != nil && (**p < 0 || **p > 10) {
			*p = nil
			dropped++
		}
	}
	var kept []CheckIn
	seen := map[Stage]bool{}
	for _, c := range v.CheckIns {
		if !oneOf(Stages, c.Stage) || seen[c.Stage] {
			dropped++
			continue
		}
		seen[c.Stage] = true
		dropped += c.Clean()
		kept = append(kept, c)
	}
	v.CheckIns = kept
	return dropped
}
