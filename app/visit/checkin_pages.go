package visit

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"kneadform/app/intake"
)

// The check-in over short pages (issue 17: no page taller than about three
// phone screens). Its safety questions are the intake's, on the intake's two
// themed pages (intake.SafetyFlags), as "tick what applies" lists with an
// exclusive "Nothing new" box (the GOV.UK checkbox pattern):
//
//   - nothing ticked yet: every row of the page unanswered, the page is not
//     answered (the client must tick "Nothing new" on purpose);
//   - a row ticked (Yes or Not sure, one tap each): it takes that answer,
//     every unanswered row of its page reads No;
//   - the tick taken off again: the row reads No; when no row of the page is
//     ticked any more, the page goes back to unanswered;
//   - "Nothing new": every row of the page reads No; taken off, unanswered.
//
// "Not sure" still counts as yes (Merge, Screen: the intake's red-flag
// rules, seed:003 and app/triage's table), so no answer that reaches the
// emergency or a doctor is harder to give than before.

// FlagPages are the check-in's two safety pages, in the intake's order and
// split (the signs that need care soonest first, so an emergency can
// interrupt after the first page).
var FlagPages = [][]intake.Flag{intake.SafetyFlags(intake.StepSafety), intake.SafetyFlags(intake.StepSafety2)}

// flagPageOf returns the safety page that asks f (nil for an unknown flag).
func flagPageOf(f intake.Flag) []intake.Flag {
	for _, p := range FlagPages {
		if oneOf(p, f) {
			return p
		}
	}
	return nil
}

// TickFlag is one tap on safety question f's box for t (Yes or Unsure).
// A tap on the box already ticked takes the tick off.
func (c *CheckIn) TickFlag(f intake.Flag, t intake.Tri) {
	page := flagPageOf(f)
	if page == nil || !t.Positive() {
		return
	}
	if c.RedFlags == nil {
		c.RedFlags = map[intake.Flag]intake.Tri{}
	}
	if c.RedFlags[f] == t {
		c.RedFlags[f] = intake.No
		if !c.FlagsTicked(page) {
			for _, g := range page {
				delete(c.RedFlags, g)
			}
		}
		return
	}
	c.RedFlags[f] = t
	for _, g := range page {
		if c.RedFlags[g] == "" {
			c.RedFlags[g] = intake.No
		}
	}
}

// NothingNew is one tap on a safety page's "Nothing new" box: every
// question of page reads No or, when all already did, unanswered again.
func (c *CheckIn) NothingNew(page []intake.Flag) {
	if c.RedFlags == nil {
		c.RedFlags = map[intake.Flag]intake.Tri{}
	}
	none := c.FlagsNone(page)
	for _, f := range page {
		if none {
			delete(c.RedFlags, f)
		} else {
			c.RedFlags[f] = intake.No
		}
	}
}

// FlagsNone reports whether every question of page reads No ("Nothing new"
// ticked).
func (c CheckIn) FlagsNone(page []intake.Flag) bool {
	for _, f := range page {
		if c.RedFlags[f] != intake.No {
			return false
		}
	}
	return len(page) > 0
}

// FlagsTicked reports whether a question of page is answered Yes or Not
// sure.
func (c CheckIn) FlagsTicked(page []intake.Flag) bool {
	for _, f := range page {
		if c.RedFlags[f].Positive() {
			return true
		}
	}
	return false
}

// FlagsAnswered reports whether the client answered page: a question
// ticked, or "Nothing new".
func (c CheckIn) FlagsAnswered(page []intake.Flag) bool {
	return c.FlagsTicked(page) || c.FlagsNone(page)
}

// Draft is a check-in being answered over its pages, kept on the device so
// Back and a reload keep what was entered. Who may change it: the client,
// page by page; it is removed once the check-in is saved.
type Draft struct {
	// Day is the device's date the draft was started ("YYYY-MM-DD"); a
	// draft from another day is not offered again.
	Day string `json:"day"`
	// At is the visit's start as the client gave it (Visit.At's layout,
	// checked when the check-in is saved).
	At string `json:"at"`
	// PainBefore and PainAfter are the visit's pain just before and just
	// after the massage (Visit.PainBefore, Visit.PainAfter).
	PainBefore *int `json:"painBefore,omitempty"`
	PainAfter  *int `json:"painAfter,omitempty"`
	// CheckIn is the check-in so far.
	CheckIn CheckIn `json:"checkIn"`
}

// MaxDraftLen bounds a stored draft (a full one is well under 2 KB).
const MaxDraftLen = 8 << 10

// EncodeDraft writes d as JSON; an invalid draft is refused.
func EncodeDraft(d Draft) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(d)
}

// DecodeDraft reads a draft written by EncodeDraft; anything else (too
// long, not JSON, out-of-range answers) is an error, and the caller starts
// afresh.
func DecodeDraft(b []byte) (Draft, error) {
	if len(b) > MaxDraftLen {
		return Draft{}, fmt.Errorf("check-in draft: %d bytes, at most %d", len(b), MaxDraftLen)
	}
	var d Draft
	if err := json.Unmarshal(b, &d); err != nil {
		return Draft{}, fmt.Errorf("check-in draft: %w", err)
	}
	if err := d.Validate(); err != nil {
		return Draft{}, err
	}
	return d, nil
}

// Validate reports the first problem with d. At may be any short text
// (a half-typed date is kept as typed; the check-in's save checks it).
func (d Draft) Validate() error {
	switch {
	case len(d.Day) > 10 || !utf8.ValidString(d.Day):
		return fmt.Errorf("check-in draft: day %q is not a date", d.Day)
	case len(d.At) > 32 || !utf8.ValidString(d.At):
		return fmt.Errorf("check-in draft: at %q is too long", d.At)
	}
	for name, p := range map[string]*int{"painBefore": d.PainBefore, "painAfter": d.PainAfter} {
		if p != nil && (*p < 0 || *p > 10) {
			return fmt.Errorf("check-in draft: %s %d must be 0 to 10", name, *p)
		}
	}
	return d.CheckIn.Validate()
}
