package pressure

import "kneadform/app/intake"

// Prefs is what the client agrees on in the pressure walkthrough, saved on
// the device with the intake and shown on the therapist summary. Who may
// change it: only the client, through the walkthrough. What the therapist
// may actually use is Apply(prefs, Cap(...)), never Prefs as stored.
//
// JSON form (every field optional):
//
//	{
//	  "regions":    {"neck": {"preferred": 4, "max": 5}, "low-left": {"preferred": 3, "max": 4}},
//	  "tender":     [{"region": "low-left", "note": "just above the hip"}],
//	  "stop":       {"signal": "word", "word": "banana"},
//	  "checkIn":    "now-and-then",
//	  "hapticsOff": true
//	}
type Prefs struct {
	// Regions holds a setting for each body-map region the client chose
	// (intake.Answers.Regions). A chosen region without a setting has not
	// been set yet.
	Regions map[intake.Region]Setting `json:"regions,omitempty"`
	// Tender lists tender spots, at most one per region, in the order the
	// client marked them. The therapist asks before pressing there. A tender
	// spot may be in any region, chosen or not.
	Tender []TenderSpot `json:"tender,omitempty"`
	// Stop is how the client will ask the therapist to stop.
	Stop Stop `json:"stop,omitzero"`
	// CheckIn is how often the therapist should ask how the pressure feels.
	CheckIn CheckIn `json:"checkIn,omitempty"`
	// HapticsOff turns the vibration preview of the scale off. The zero
	// value means on, where the phone supports it and the client has not
	// asked the system for reduced motion.
	HapticsOff bool `json:"hapticsOff,omitempty"`
}

// Setting is the client's choice for one region.
type Setting struct {
	// Preferred is the level the client would like most of the time.
	Preferred Level `json:"preferred"`
	// Max is the strongest the client is happy to feel there; never below
	// Preferred.
	Max Level `json:"max"`
}

// DefaultSetting is where the scale starts for a region the client has not
// set: the bottom and top of the therapeutic aim (seed:000: 4–6). Apply
// lowers it for a client with a lower cap.
var DefaultSetting = Setting{Preferred: 4, Max: MaxWork}

// TenderSpot is a tender place in one region, with an optional short note
// of where exactly ("just above the hip").
type TenderSpot struct {
	Region intake.Region `json:"region"`         // where, on the body map
	Note   string        `json:"note,omitempty"` // where exactly, in the client's words; at most MaxNoteLen characters
}

// Stop is the stop signal the client and therapist agree on.
type Stop struct {
	// Signal is a word or a raised hand; "" until the client chooses.
	Signal Signal `json:"signal,omitempty"`
	// Word is the client's own stop word when Signal is SignalWord; empty
	// means the default word (pressure.signal.default-word, "stop" in
	// English). At most MaxStopWordLen characters of letters, spaces,
	// hyphens and apostrophes.
	Word string `json:"word,omitempty"`
}

// Signal is how the client signals stop.
type Signal string

// Stop signals. Saying the word always works as well; the signal is what
// the therapist watches and listens for.
const (
	SignalWord Signal = "word" // say the stop word
	SignalHand Signal = "hand" // raise a hand
)

// Signals lists the stop signals in display order.
var Signals = []Signal{SignalWord, SignalHand}

// Key is the catalog key of the signal ("pressure.signal.hand").
func (s Signal) Key() string { return "pressure.signal." + string(s) }

// DefaultWordKey is the catalog key of the default stop word.
const DefaultWordKey = "pressure.signal.default-word"

// CheckIn is how often the therapist checks in about the pressure
// (seed:001: "Is this okay?", "Too much?").
type CheckIn string

// Check-in frequencies.
const (
	CheckOften      CheckIn = "often"         // after every change of pressure or area
	CheckNowAndThen CheckIn = "now-and-then"  // a few times in the session
	CheckIfISay     CheckIn = "only-if-i-say" // the client will speak up; still asked when the therapist sees tensing (seed:001)
)

// CheckIns lists the frequencies in display order.
var CheckIns = []CheckIn{CheckOften, CheckNowAndThen, CheckIfISay}

// Key is the catalog key of the frequency ("pressure.checkin.often").
func (c CheckIn) Key() string { return "pressure.checkin." + string(c) }

// Limits on the client's own words (bytes for the note, characters for the
// stop word). They keep stored preferences and hand-off links small.
const (
	MaxNoteLen     = 80
	MaxStopWordLen = 20
)

// Defaults returns the preferences the walkthrough starts from for the chosen
// regions: DefaultSetting for each valid region, the default stop word, and
// nothing else chosen (the client picks the check-in frequency).
func Defaults(chosen []intake.Region) Prefs {
	p := Prefs{Stop: Stop{Signal: SignalWord}}
	for _, r := range chosen {
		if r.Valid() {
			if p.Regions == nil {
				p.Regions = map[intake.Region]Setting{}
			}
			p.Regions[r] = DefaultSetting
		}
	}
	return p
}

// Fit keeps the settings of the chosen regions only (the client may have
// changed the body map since setting them) and adds DefaultSetting for a
// chosen region that has none. Tender spots are kept wherever they are.
func (p *Prefs) Fit(chosen []intake.Region) {
	kept := map[intake.Region]Setting{}
	for _, r := range chosen {
		if !r.Valid() {
			continue
		}
		if s, ok := p.Regions[r]; ok {
			kept[r] = s
		} else {
			kept[r] = DefaultSetting
		}
	}
	if len(kept) == 0 {
		kept = nil
	}
	p.Regions = kept
}

// HapticsOn reports whether the vibration preview may play.
func (p Prefs) HapticsOn() bool { return !p.HapticsOff }

// TenderAt returns the tender spot in region r, if the client marked one.
func (p Prefs) TenderAt(r intake.Region) (TenderSpot, bool) {
	for _, t := range p.Tender {
		if t.Region == r {
			return t, true
		}
	}
	return TenderSpot{}, false
}

// clone returns a deep copy of p, so callers' maps and slices are never
// shared with a result.
func (p Prefs) clone() Prefs {
	q := p
	if p.Regions != nil {
		q.Regions = make(map[intake.Region]Setting, len(p.Regions))
		for r, s := range p.Regions {
			q.Regions[r] = s
		}
	}
	if p.Tender != nil {
		q.Tender = append([]TenderSpot(nil), p.Tender...)
	}
	return q
}
