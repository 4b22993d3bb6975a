package pressure

import (
	"fmt"

	"kneadform/app/triage"
)

// Level is a point on the 0–10 scale the client and therapist share
// (seed:000 "Pressure scale and safety cues": 0 = no sensation, 10 =
// intolerable; aim for 4–6 during therapeutic work). It rates how the
// pressure feels, not a force.
type Level int

// Ends of the scale and the top of the working range.
const (
	MinLevel Level = 0  // no sensation (seed:000)
	MaxLevel Level = 10 // intolerable (seed:000)

	// MaxWork is the highest level a therapist works at, for every client:
	// the top of the 4–6 therapeutic aim (seed:000, FAQ Q2). At 7–8 clients
	// brace, and next-day soreness rises; at 9–10 there is a risk of injury
	// (clinical-sources §2, practitioner convention); tensing up or holding
	// the breath means too hard (seed:001). Levels above it are on the scale
	// so the client can recognise and report them, never to be chosen as a
	// target. It equals the top of triage's firm band (triage.Band: "never
	// beyond").
	MaxWork Level = 6
)

// Levels lists every level, 0 to 10.
var Levels = []Level{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}

// Valid reports whether l is on the scale (0..10).
func (l Level) Valid() bool { return l >= MinLevel && l <= MaxLevel }

// Key is the catalog key of what the level feels like, in the client's own
// words ("pressure.level.5").
func (l Level) Key() string { return fmt.Sprintf("pressure.level.%d", int(l)) }

// Band returns the colour band of the level ("" when l is off the scale).
func (l Level) Band() Band {
	for _, b := range Bands {
		if lo, hi := b.Range(); l >= lo && l <= hi {
			return b
		}
	}
	return ""
}

// Action returns what the therapist does at the level ("" when l is off the
// scale).
func (l Level) Action() Action {
	switch {
	case !l.Valid():
		return ""
	case l <= 2:
		return ActionBuild
	case l <= 5:
		return ActionKeep
	case l <= MaxWork:
		return ActionCheck
	case l <= 8:
		return ActionEase
	}
	return ActionStop
}

// Word returns the named pressure of the level: light, moderate or firm; ""
// for 0 (nothing felt) and for levels above MaxWork (too much).
func (l Level) Word() Word {
	for _, w := range Words {
		if lo, hi := w.Range(); l >= lo && l <= hi {
			return w
		}
	}
	return ""
}

// clamp returns l limited to lo..hi.
func clamp(l, lo, hi Level) Level {
	return max(lo, min(l, hi))
}

// Band is a colour band of the scale. Its value is also the colour token the
// UI styles it with (a CSS class suffix), so it never changes.
type Band string

// The bands, gentlest first. Ranges from the issue and seed:000 (4–6 is the
// therapeutic aim); 7–8 and 9–10 from clinical-sources §2 (practitioner
// convention).
const (
	BandCalm        Band = "calm"        // 0–3: gentle; easy to relax
	BandTherapeutic Band = "therapeutic" // 4–6: uncomfortable but tolerable (seed:000 FAQ Q2)
	BandTooMuch     Band = "too-much"    // 7–8: bracing, holding the breath (seed:001)
	BandStop        Band = "stop"        // 9–10: risk of injury; stop at once
)

// Bands lists the bands in scale order.
var Bands = []Band{BandCalm, BandTherapeutic, BandTooMuch, BandStop}

// Range returns the lowest and highest level of the band (0, -1 when b is
// not a band, so no level falls in it).
func (b Band) Range() (lo, hi Level) {
	switch b {
	case BandCalm:
		return 0, 3
	case BandTherapeutic:
		return 4, MaxWork
	case BandTooMuch:
		return MaxWork + 1, 8
	case BandStop:
		return 9, MaxLevel
	}
	return 0, -1
}

// Token is the colour token the UI styles the band with ("calm",
// "therapeutic", "too-much", "stop").
func (b Band) Token() string { return string(b) }

// Key is the catalog key of the band's short name ("pressure.band.calm").
func (b Band) Key() string { return "pressure.band." + string(b) }

// DescKey is the catalog key of what the band means for the client.
func (b Band) DescKey() string { return b.Key() + ".desc" }

// Action is what the therapist does when the client reports a level.
type Action string

// Actions, in rising order of caution.
const (
	// ActionBuild: nothing or very little is felt; the therapist may press
	// a little more if the client wants it (levels 0–2).
	ActionBuild Action = "build"
	// ActionKeep: a comfortable level; the therapist keeps it and watches
	// the breathing (levels 3–5; seed:001 tensing or holding the breath
	// means too hard).
	ActionKeep Action = "keep"
	// ActionCheck: the top of the working range; the therapist stays only
	// briefly and checks in (level 6; seed:001 "Is this okay?").
	ActionCheck Action = "check"
	// ActionEase: too much; the therapist eases off at once (levels 7–8;
	// seed:001 "back off, breathe").
	ActionEase Action = "ease"
	// ActionStop: the therapist stops at once and checks on the client
	// (levels 9–10; seed:000 stop and reassess).
	ActionStop Action = "stop"
)

// Actions lists the actions in rising order of caution.
var Actions = []Action{ActionBuild, ActionKeep, ActionCheck, ActionEase, ActionStop}

// Key is the catalog key of what the therapist will do
// ("pressure.action.keep").
func (a Action) Key() string { return "pressure.action." + string(a) }

// ActionKey is the catalog key of what the therapist does at level l.
func (l Level) ActionKey() string { return l.Action().Key() }

// Word is a named pressure the UI and the summary use instead of a number.
type Word string

// Named pressures. Their ranges follow triage's ceilings, so "light" on a
// client's screen means exactly what the light ceiling allows.
const (
	Light    Word = "light"    // 1..triage.CeilingLight
	Moderate Word = "moderate" // triage.CeilingLight+1..triage.CeilingModerate
	Firm     Word = "firm"     // triage.CeilingModerate+1..MaxWork
)

// Words lists the named pressures, lightest first.
var Words = []Word{Light, Moderate, Firm}

// Range returns the levels the word covers (0, -1 for an unknown word).
func (w Word) Range() (lo, hi Level) {
	switch w {
	case Light:
		return 1, triage.CeilingLight
	case Moderate:
		return triage.CeilingLight + 1, triage.CeilingModerate
	case Firm:
		return triage.CeilingModerate + 1, MaxWork
	}
	return 0, -1
}

// Max returns the highest level the word allows: the ceiling it names.
func (w Word) Max() Level {
	_, hi := w.Range()
	return hi
}

// Key is the catalog key of the word ("pressure.word.light").
func (w Word) Key() string { return "pressure.word." + string(w) }
