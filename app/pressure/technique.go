package pressure

import "kneadform/app/triage"

// Technique is one line of the client's technique guide: a technique triage
// suggested, its usual pressure, and how it fits this client's cap. Name and
// description are triage's catalog keys (technique.<id>.name, .desc).
type Technique struct {
	ID string `json:"id"` // triage's technique id
	// Usual is the pressure the technique usually takes, as levels and
	// words (seed:003, seed:001).
	Usual Span `json:"usual"`
	// Yours is the pressure it will take for this client: Usual lowered to
	// the cap; the zero Span when the technique is left out.
	Yours Span `json:"yours"`
	// Fit says whether it is done as usual, gentler, or left out.
	Fit Fit `json:"fit"`
	// Reasons say why it is gentler or left out (the cap's reasons).
	Reasons []Reason `json:"reasons,omitempty"`
	// HoldSeconds is how long each press is held (trigger point: about 30
	// s, seed:001); 0 when the technique has no set hold.
	HoldSeconds int `json:"holdSeconds,omitempty"`
	// Sustained is true for slow, held pressure (trigger point, myofascial;
	// seed:003).
	Sustained bool `json:"sustained,omitempty"`
	// AfterClearance is true when it is used only once a doctor has checked
	// the symptoms that suggested it (from triage).
	AfterClearance bool `json:"afterClearance,omitempty"`
}

// Catalog keys of the technique guide's extra lines: {seconds} is
// HoldSeconds.
const (
	HoldKey      = "pressure.technique.hold"
	SustainedKey = "pressure.technique.sustained"
)

// NameKey is triage's catalog key of the technique's name.
func (t Technique) NameKey() string { return "technique." + t.ID + ".name" }

// DescKey is triage's catalog key of the technique in plain words.
func (t Technique) DescKey() string { return "technique." + t.ID + ".desc" }

// Span is a range of levels with the named pressures at its ends.
type Span struct {
	Min  Level `json:"min"`            // the lowest level
	Max  Level `json:"max"`            // the highest level
	From Word  `json:"from,omitempty"` // Min.Word()
	To   Word  `json:"to,omitempty"`   // Max.Word()
}

// Key is the catalog key that writes the span in words: "{from}" when both
// ends have the same word, "{from} to {to}" otherwise.
func (s Span) Key() string {
	if s.From == s.To {
		return "pressure.span.one"
	}
	return "pressure.span.range"
}

func span(lo, hi Level) Span { return Span{Min: lo, Max: hi, From: lo.Word(), To: hi.Word()} }

// Fit is how a technique fits the client's cap.
type Fit string

// Fits.
const (
	FitUsual   Fit = "usual"    // done as usual
	FitGentler Fit = "gentler"  // a gentler version: its usual top is above the cap
	FitLeftOut Fit = "left-out" // left out: even its gentlest is above the cap
)

// Key is the catalog key of what the fit means for the client
// ("pressure.fit.gentler"). Its placeholders: {usual} and {yours}, each a
// Span written with Span.Key.
func (f Fit) Key() string { return "pressure.fit." + string(f) }

// usual holds each technique's usual pressure and hold, by triage id. The
// levels equal triage's bands (a test checks they stay in step); the words
// they give are seed:003's: Swedish light–moderate, deep tissue and trigger
// point moderate–firm (trigger point sustained; seed:001 static pressure
// about 30 s), myofascial light–moderate sustained. The others are triage's
// gentle movement techniques (seed:000).
var usual = map[string]struct {
	lo, hi    Level
	hold      int
	sustained bool
}{
	"swedish":               {lo: 2, hi: 5},
	"mobility":              {lo: 1, hi: 3},
	"deep-tissue":           {lo: 4, hi: 6},
	"trigger-point":         {lo: 4, hi: 6, hold: 30, sustained: true},
	"glute-release":         {lo: 3, hi: 6},
	"scapular-release":      {lo: 3, hi: 6},
	"myofascial":            {lo: 2, hi: 5, sustained: true},
	"mobilization":          {lo: 2, hi: 4},
	"thai-stretch":          {lo: 2, hi: 5},
	"thoracic-mobilization": {lo: 2, hi: 4},
}

// Guide returns the technique guide for a client: the techniques of triage
// outcome o in session order (triage has already chosen them from the
// client's goals, regions and symptoms), then those triage left out for the
// pressure ceiling. Each is marked usual, gentler or left out against the
// global cap of c, with the cap's reasons. A technique id this package does
// not know is shown with triage's band. Empty when o has no techniques (no
// massage today).
func Guide(o triage.Outcome, c Ceiling) []Technique {
	var out []Technique
	for _, t := range o.Techniques {
		g := newTechnique(t.ID, t.Pressure)
		g.AfterClearance = t.AfterClearance
		// Never above the band triage fitted under its own ceiling.
		out = append(out, fit(g, min(c.Global, Level(t.Pressure.Max)), c.Reasons))
	}
	for _, d := range o.Dropped {
		g := fit(newTechnique(d.ID, triage.Band{}), c.Global, c.Reasons)
		if len(d.Source) > 0 { // a fired rule excludes it: that rule is the reason
			g.Fit, g.Yours, g.Reasons = FitLeftOut, Span{}, nil
			for _, id := range d.Rules {
				g.Reasons = append(g.Reasons, Reason{Rule: id, Key: "triage.rule." + id, Source: d.Source})
			}
		} else if g.Fit != FitLeftOut { // triage's ceiling was lower than c's: trust triage
			g.Fit, g.Yours = FitLeftOut, Span{}
			if len(g.Reasons) == 0 {
				g.Reasons = append([]Reason(nil), c.Reasons...)
			}
		}
		out = append(out, g)
	}
	return out
}

// newTechnique looks up the usual pressure of id, falling back to band.
func newTechnique(id string, band triage.Band) Technique {
	u, ok := usual[id]
	if !ok {
		u.lo, u.hi = Level(band.Min), Level(band.Max)
	}
	return Technique{ID: id, Usual: span(u.lo, u.hi), HoldSeconds: u.hold, Sustained: u.sustained}
}

// fit sets Yours, Fit and Reasons from the cap limit and its reasons.
func fit(t Technique, limit Level, why []Reason) Technique {
	switch {
	case t.Usual.Min > limit:
		t.Fit, t.Yours, t.Reasons = FitLeftOut, Span{}, append([]Reason(nil), why...)
	case t.Usual.Max > limit:
		t.Fit, t.Yours, t.Reasons = FitGentler, span(t.Usual.Min, limit), append([]Reason(nil), why...)
	default:
		t.Fit, t.Yours = FitUsual, t.Usual
	}
	return t
}
