package pressure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"kneadform/app/intake"
)

// Field ids of the walkthrough's inputs, used by intake.FieldError so the
// error summary links to each one. Per-region fields add "-" and the region
// ("preferred-neck").
const (
	FieldStopSignal = "stopSignal"
	FieldStopWord   = "stopWord"
	FieldCheckIn    = "checkIn"
	FieldTender     = "tender"
	FieldSettings   = "settings" // the settings as a whole: an unknown region
)

// PreferredField is the field id of a region's usual (preferred) level.
func PreferredField(r intake.Region) string { return "preferred-" + string(r) }

// MaxField is the field id of a region's strongest (maximum) level.
func MaxField(r intake.Region) string { return "max-" + string(r) }

// TenderField is the field id of the note of a region's tender spot.
func TenderField(r intake.Region) string { return "tender-" + string(r) }

// Validate returns the problems with p, in page order; none means the client
// may go on. chosen are the regions picked on the body map: each needs a
// setting. Message keys follow intake.Validate ("error.<kind>"; the UI
// prefers "error.<field>.<kind>" when the catalog has it). New kinds:
// error.level-range (a level off the 0–10 scale) and error.above-max
// (preferred above max).
//
// Validate checks the client's choices, not the caps: a setting above the
// cap is valid and Apply lowers it, saying why.
func Validate(p *Prefs, chosen []intake.Region) []intake.FieldError {
	var v validator
	for _, r := range intake.Regions {
		s, ok := p.Regions[r]
		switch {
		case !ok:
			if contains(chosen, r) {
				v.add(PreferredField(r), "required")
			}
		case !s.Preferred.Valid():
			v.add(PreferredField(r), "level-range")
		case !s.Max.Valid():
			v.add(MaxField(r), "level-range")
		case s.Preferred > s.Max:
			v.add(PreferredField(r), "above-max")
		}
	}
	for r := range p.Regions {
		if !r.Valid() {
			v.add(FieldSettings, "invalid") // only from a damaged or edited copy
		}
	}
	seen := map[intake.Region]bool{}
	for _, t := range p.Tender {
		switch {
		case !t.Region.Valid() || seen[t.Region]:
			v.add(FieldTender, "invalid")
		case intake.TooLong(t.Note, MaxNoteLen):
			v.add(TenderField(t.Region), "too-long")
		case !plainText(t.Note):
			v.add(TenderField(t.Region), "invalid-text")
		}
		seen[t.Region] = true
	}
	switch {
	case p.Stop.Signal == "":
		v.add(FieldStopSignal, "required")
	case !contains(Signals, p.Stop.Signal):
		v.add(FieldStopSignal, "invalid")
	}
	if w := p.Stop.Word; w != "" {
		if utf8.RuneCountInString(w) > MaxStopWordLen {
			v.add(FieldStopWord, "too-long")
		} else if !ValidStopWord(w) {
			v.add(FieldStopWord, "invalid-text")
		}
	}
	switch {
	case p.CheckIn == "":
		v.add(FieldCheckIn, "required")
	case !contains(CheckIns, p.CheckIn):
		v.add(FieldCheckIn, "invalid")
	}
	return v.errs
}

// ValidStopWord reports whether w can be a stop word: 1 to MaxStopWordLen
// characters, letters (any script, with their accents and vowel marks),
// single inner spaces, hyphens and apostrophes, and at least one letter. A
// word the therapist can read out loud, and nothing a summary or link could
// misrender.
func ValidStopWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 0 || n > MaxStopWordLen || !utf8.ValidString(w) || strings.TrimSpace(w) != w || strings.Contains(w, "  ") {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		case r == ' ' || r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// plainText reports whether s is valid UTF-8 without control characters.
func plainText(s string) bool {
	return utf8.ValidString(s) && strings.IndexFunc(s, unicode.IsControl) < 0
}

type validator struct{ errs []intake.FieldError }

// add records a problem, one per field, keyed "error.<kind>".
func (v *validator) add(field, kind string) {
	for _, e := range v.errs {
		if e.Field == field {
			return
		}
	}
	v.errs = append(v.errs, intake.FieldError{Field: field, Key: "error." + kind})
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
