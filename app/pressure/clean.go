package pressure

import (
	"encoding/json"
	"errors"
	"fmt"

	"kneadform/app/intake"
)

// MaxPrefsBytes bounds what Decode reads: real preferences are well under 2 KB.
const MaxPrefsBytes = 16 << 10

// Errors Decode returns; test with errors.Is.
var (
	// ErrCorrupt: the stored text is not preferences JSON.
	ErrCorrupt = errors.New("saved pressure choices are damaged")
	// ErrTooLarge: the stored text is larger than any real preferences.
	ErrTooLarge = errors.New("saved pressure choices are too large")
)

// Decode parses stored preferences and cleans them (see Clean). It never
// panics. dropped says how many values Clean removed; the caller may tell
// the client to check their choices again when it is not zero.
func Decode(b []byte) (p Prefs, dropped int, err error) {
	if len(b) > MaxPrefsBytes {
		return Prefs{}, 0, ErrTooLarge
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return Prefs{}, 0, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return p, p.Clean(), nil
}

// Clean removes every value a hostile or damaged source could have put in
// p: settings for unknown regions, off the scale or with preferred above
// max; unknown, repeated or badly written tender spots; an unknown signal or
// check-in; a stop word that is not a valid word. Over-long or unprintable
// notes are trimmed rather than dropped. Everything valid is kept as it is
// (caps are not applied here: that is Apply). It returns how many values it
// removed or changed.
func (p *Prefs) Clean() (dropped int) {
	for r, s := range p.Regions {
		if !r.Valid() || !s.Preferred.Valid() || !s.Max.Valid() || s.Preferred > s.Max {
			delete(p.Regions, r)
			dropped++
		}
	}
	if len(p.Regions) == 0 {
		p.Regions = nil
	}
	var tender []TenderSpot
	for _, t := range p.Tender {
		if !t.Region.Valid() || containsRegion(tender, t.Region) {
			dropped++
			continue
		}
		if note := cleanNote(t.Note); note != t.Note {
			t.Note = note
			dropped++
		}
		tender = append(tender, t)
	}
	p.Tender = tender
	if p.Stop.Signal != "" && !contains(Signals, p.Stop.Signal) {
		p.Stop.Signal = ""
		dropped++
	}
	if p.Stop.Word != "" && !ValidStopWord(p.Stop.Word) {
		p.Stop.Word = ""
		dropped++
	}
	if p.CheckIn != "" && !contains(CheckIns, p.CheckIn) {
		p.CheckIn = ""
		dropped++
	}
	return dropped
}

// cleanNote drops invalid UTF-8, control, escape and bidi-override
// characters (intake.CleanText; a line break becomes a space) and cuts the
// note to MaxNoteLen characters (intake.CutText).
func cleanNote(s string) string {
	return intake.CutText(intake.CleanText(s, false), MaxNoteLen)
}

func containsRegion(ts []TenderSpot, r intake.Region) bool {
	for _, t := range ts {
		if t.Region == r {
			return true
		}
	}
	return false
}
