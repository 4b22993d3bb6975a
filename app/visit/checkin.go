package visit

import (
	"fmt"
	"time"
	"unicode/utf8"

	"kneadform/app/intake"
)

// Visit is one massage visit as the device remembers it: when, pain just
// before and just after, and the check-ins that followed. Who may change
// it: the client (pain, check-ins); the date is set when the visit is
// recorded.
type Visit struct {
	// At is the visit's local start, "YYYY-MM-DDTHH:MM" (the device's wall
	// clock, like the calendar reminders).
	At string `json:"at"`
	// PainBefore and PainAfter are the 0–10 pain rating just before and
	// just after the massage; nil when not given.
	PainBefore *int `json:"painBefore,omitempty"`
	PainAfter  *int `json:"painAfter,omitempty"`
	// CheckIns are the after-visit check-ins, at most one per Stage.
	CheckIns []CheckIn `json:"checkIns,omitempty"`
}

// AtLayout is the layout of Visit.At.
const AtLayout = "2006-01-02T15:04"

// Time parses v.At (zero and false when it is not a valid time).
func (v Visit) Time() (time.Time, bool) {
	t, err := time.Parse(AtLayout, v.At)
	return t, err == nil
}

// Stage is when a check-in is made: 24 or 48 hours after the visit
// (seed:003 "After Your Session": mild soreness for 24–48 hours is normal).
type Stage string

// Stages.
const (
	Stage24h Stage = "24h"
	Stage48h Stage = "48h"
)

// Stages lists the stages in order.
var Stages = []Stage{Stage24h, Stage48h}

// Hours is how long after the visit the stage's check-in is due.
func (s Stage) Hours() int {
	if s == Stage48h {
		return 48
	}
	return 24
}

// Soreness is how sore the back is since the massage.
type Soreness string

// Soreness answers.
const (
	SoreNone   Soreness = "none"
	SoreMild   Soreness = "mild"   // mild soreness: normal for 24–48 h (seed:003)
	SoreStrong Soreness = "strong" // more than mild, but not getting worse
	SoreWorse  Soreness = "worse"  // getting worse since the massage
)

// Sorenesses lists the answers in order.
var Sorenesses = []Soreness{SoreNone, SoreMild, SoreStrong, SoreWorse}

// Felt is how the pressure or a technique felt.
type Felt string

// Felt answers (seed:003: speak up about pressure; "take note of what
// technique worked best for future sessions").
const (
	FeltTooLight Felt = "too-light"
	FeltRight    Felt = "right"
	FeltTooMuch  Felt = "too-much"
)

// Felts lists the answers in order.
var Felts = []Felt{FeltTooLight, FeltRight, FeltTooMuch}

// Water is how much the client drank since the visit (seed:003, seed:001:
// drink water after a massage).
type Water string

// Water answers.
const (
	WaterPlenty Water = "plenty"
	WaterSome   Water = "some"
	WaterLittle Water = "little"
)

// Waters lists the answers in order.
var Waters = []Water{WaterPlenty, WaterSome, WaterLittle}

// CheckIn is one after-visit check-in. Every field is optional except
// Stage; an empty field means "not answered".
type CheckIn struct {
	Stage    Stage    `json:"stage"`
	Soreness Soreness `json:"soreness,omitempty"`
	Water    Water    `json:"water,omitempty"`
	// Pain now on the 0–10 scale; nil when not given.
	Pain *int `json:"pain,omitempty"`
	// Pressure is how the pressure felt overall; RightLevel, when given,
	// is the level on the 0–10 pressure scale that felt right.
	Pressure   Felt `json:"pressure,omitempty"`
	RightLevel *int `json:"rightLevel,omitempty"`
	// Techniques maps a technique id (app/triage) to how it felt.
	Techniques map[string]Felt `json:"techniques,omitempty"`
	// RedFlags are the intake's safety questions asked again: "anything
	// new". Screen runs them through the same rules as the intake.
	RedFlags map[intake.Flag]intake.Tri `json:"redFlags,omitempty"`
	// Spread is new pain spreading into a leg since the visit.
	Spread intake.Spread `json:"spread,omitempty"`
	// Feelings are new sensations since the visit (numbness, tingling...).
	Feelings []intake.Feeling `json:"feelings,omitempty"`
	// Note is anything else new, in the client's words.
	Note string `json:"note,omitempty"`
}

// Limits of a check-in.
const (
	MaxNoteLen    = 300 // characters (intake.TooLong)
	MaxTechniques = 12
)

// validTechniqueID reports whether id is a technique id as the catalog
// writes them: ^[a-z][a-z0-9-]{0,39}$. A byte loop, not a regexp: nothing
// to compile when the wasm starts, and no regexp package in it (issue 12).
func validTechniqueID(id string) bool {
	if len(id) == 0 || len(id) > 40 || id[0] < 'a' || id[0] > 'z' {
		return false
	}
	for i := 1; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Validate reports the first problem with c, naming the field and value.
func (c CheckIn) Validate() error {
	bad := func(field string, v any, why string) error {
		return fmt.Errorf("check-in %s: %s %v %s", c.Stage, field, v, why)
	}
	switch {
	case !oneOf(Stages, c.Stage):
		return bad("stage", c.Stage, "must be 24h or 48h")
	case c.Soreness != "" && !oneOf(Sorenesses, c.Soreness):
		return bad("soreness", c.Soreness, "is not a soreness answer")
	case c.Water != "" && !oneOf(Waters, c.Water):
		return bad("water", c.Water, "is not a water answer")
	case c.Pain != nil && (*c.Pain < 0 || *c.Pain > 10):
		return bad("pain", *c.Pain, "must be 0 to 10")
	case c.Pressure != "" && !oneOf(Felts, c.Pressure):
		return bad("pressure", c.Pressure, "is not a felt answer")
	case c.RightLevel != nil && (*c.RightLevel < 0 || *c.RightLevel > 10):
		return bad("rightLevel", *c.RightLevel, "must be 0 to 10")
	case len(c.Techniques) > MaxTechniques:
		return bad("techniques", len(c.Techniques), fmt.Sprintf("entries, at most %d", MaxTechniques))
	case c.Spread != "" && !oneOf(intake.Spreads, c.Spread):
		return bad("spread", c.Spread, "is not a spread answer")
	case intake.TooLong(c.Note, MaxNoteLen) || !utf8.ValidString(c.Note):
		return bad("note", utf8.RuneCountInString(c.Note), fmt.Sprintf("characters: at most %d of valid text", MaxNoteLen))
	}
	for id, f := range c.Techniques {
		if !validTechniqueID(id) || !oneOf(Felts, f) {
			return bad("techniques."+id, f, "needs a technique id and a felt answer")
		}
	}
	for f, t := range c.RedFlags {
		if !f.Valid() || (t != intake.Yes && t != intake.No && t != intake.Unsure) {
			return bad("redFlags."+string(f), t, "needs a safety question and yes, no or unsure")
		}
	}
	for _, f := range c.Feelings {
		if !oneOf(intake.Feelings, f) {
			return bad("feelings", f, "is not a feeling")
		}
	}
	return nil
}

// Validate reports the first problem with v: its time, pain ratings, or a
// check-in (two for one stage included).
func (v Visit) Validate() error {
	if _, ok := v.Time(); !ok {
		return fmt.Errorf("visit %q: at must be written YYYY-MM-DDTHH:MM", v.At)
	}
	for name, p := range map[string]*int{"painBefore": v.PainBefore, "painAfter": v.PainAfter} {
		if p != nil && (*p < 0 || *p > 10) {
			return fmt.Errorf("visit %s: %s %d must be 0 to 10", v.At, name, *p)
		}
	}
	seen := map[Stage]bool{}
	for _, c := range v.CheckIns {
		if err := c.Validate(); err != nil {
			return fmt.Errorf("visit %s: %w", v.At, err)
		}
		if seen[c.Stage] {
			return fmt.Errorf("visit %s: two check-ins at %s", v.At, c.Stage)
		}
		seen[c.Stage] = true
	}
	return nil
}

// Latest returns the visit's most recent check-in (48 h before 24 h).
func (v Visit) Latest() (CheckIn, bool) {
	for i := len(Stages) - 1; i >= 0; i-- {
		for _, c := range v.CheckIns {
			if c.Stage == Stages[i] {
				return c, true
			}
		}
	}
	return CheckIn{}, false
}

func oneOf[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// CheckInWindow is how long after a visit its check-ins stay open: past
// it, "how is your back after the massage?" no longer reads the massage.
const CheckInWindow = 7 * 24 * time.Hour

// Due returns the check-in to offer at now (the device's clock): the
// latest stage whose time has come (24 h or 48 h after the visit) and that
// has no check-in yet, within CheckInWindow. False when none is due.
func (v Visit) Due(now time.Time) (Stage, bool) {
	at, ok := v.Time()
	if !ok {
		return "", false
	}
	since := wall(now).Sub(at)
	if since < 0 || since > CheckInWindow {
		return "", false
	}
	for i := len(Stages) - 1; i >= 0; i-- {
		s := Stages[i]
		if since < time.Duration(s.Hours())*time.Hour {
			continue
		}
		for _, c := range v.CheckIns {
			if c.Stage == s {
				return "", false // answered; an earlier stage is past
			}
		}
		return s, true
	}
	return "", false
}
