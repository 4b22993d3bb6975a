package pressure

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// Ceiling is the highest level the therapist may work at, for the client as
// a whole and for particular regions, with why. Cap builds it; Apply fits the
// client's preferences under it; Summarize shows it to the therapist.
type Ceiling struct {
	// Global is the cap for every region without a lower one of its own:
	// the lowest of MaxWork and the triage outcome's ceiling.
	Global Level `json:"global"`
	// Reasons say why Global is what it is: the triage rules that set it,
	// or the scale's own limit (pressure.cap.scale) when no rule does.
	Reasons []Reason `json:"reasons"`
	// Regions lists the regions with a lower cap than Global (or an equal
	// one for a reason of their own), in body-map order.
	Regions []RegionCap `json:"regions,omitempty"`
	// Notes are standing safety notes that are not caps: no pressure on
	// the spine itself, no tapping on the lower back.
	Notes []Note `json:"notes"`
	// NoMassage is true when the triage tier says no massage today
	// (postpone, see a doctor, emergency). The caps then describe the visit
	// once it may go ahead; the UI should not offer the walkthrough.
	NoMassage bool `json:"noMassage,omitempty"`
}

// RegionCap is the cap of one region and why.
type RegionCap struct {
	Region intake.Region `json:"region"` // a body-map region
	Max    Level         `json:"max"`    // the highest level allowed there; 0 = do not touch
	// Reasons say why; they include the global reasons when Max equals
	// Global.
	Reasons []Reason `json:"reasons"`
	// Avoid holds the catalog keys triage.avoid.<reason> when the region is
	// not to be touched at all (Max is then 0): a skin issue marked on the
	// body map, or the client's own "do not touch".
	Avoid []string `json:"avoid,omitempty"`
}

// Reason explains a cap. Key is what the client reads; Rule is the triage
// rule behind it ("" for this package's own limits); Source lists the
// source ids (triage.Sources, or Sources here).
type Reason struct {
	Rule   string   `json:"rule,omitempty"`   // triage rule id, "" for this package's own limits
	Key    string   `json:"key"`              // catalog key of what the client reads
	Source []string `json:"source,omitempty"` // source ids (triage.Sources, Sources)
}

// Note is a standing safety note for the therapist and the client, tied to
// some regions or (Regions empty) to the whole back.
type Note struct {
	ID      string          `json:"id"`                // stable id; the client reads Key()
	Regions []intake.Region `json:"regions,omitempty"` // where it applies; empty = the whole back
	Source  []string        `json:"source"`            // source ids
}

// Key is the catalog key of the note ("pressure.note.spine").
func (n Note) Key() string { return "pressure.note." + n.ID }

// Sources names the source ids this package cites besides triage.Sources.
var Sources = map[string]string{
	"practice": "Practitioner convention (clinical-sources §2): 7–8 = bracing and next-day soreness rise; 9–10 = risk of injury",
}

// Reasons this package gives on its own.
var (
	// scaleReason: no one works above MaxWork (seed:000 aim 4–6; seed:001
	// tensing means too hard; practitioner convention for 7+).
	scaleReason = Reason{Key: "pressure.cap.scale", Source: []string{"seed:000", "seed:001", "practice"}}
	// notScreened: the outcome holds no valid ceiling (not evaluated, or
	// damaged); nothing may be pressed until the answers are screened.
	notScreened = Reason{Key: "pressure.cap.not-screened"}
	// unknownRegion: a region that is not on the body map gets nothing.
	unknownRegion = Reason{Key: "pressure.cap.unknown-region"}
)

// legsInPregnancy caps the backs of the legs at light in pregnancy: the
// pregnancy rule's "no deep work on the legs (clot risk)" (triage rule
// pregnancy: Osborne, Mayo, ABMP).
var legsInPregnancy = Reason{Rule: "pregnancy", Key: "pressure.cap.pregnancy-legs", Source: []string{"Osborne", "Mayo", "ABMP"}}

// Notes are the standing safety notes every ceiling carries.
var Notes = []Note{
	// The spine is a no-fly zone: work the muscles beside it (seed:001
	// "Stop Pressing on the Spine"; seed:000 deep tissue on the erector
	// spinae; triage deep-tissue "beside (never on) the spine").
	{ID: "spine", Source: []string{"seed:001", "seed:000"}},
	// No percussion (tapotement) on the lower back below the ribs: the
	// kidneys sit there (seed:001).
	{ID: "no-tapping-low-back", Regions: []intake.Region{intake.RegionLowLeft, intake.RegionLowRight, intake.RegionSacrum}, Source: []string{"seed:001"}},
	// Sharp, electric or radiating pain, or numbness: stop at once, at any
	// level (seed:000 "Pressure scale and safety cues", FAQ Q2; seed:003).
	{ID: "warning-signs", Source: []string{"seed:000", "seed:003"}},
}

// Cap returns the ceiling for a client with answers a and triage outcome o
// (which should be triage.Evaluate(a)). The global cap is the lower of
// MaxWork and o.PressureCeiling, explained by o.CeilingReasons. Regions to
// avoid (o.Avoid, and a's marked skin and "do not touch" list, so a stale
// outcome cannot un-avoid an area) get 0; in pregnancy the backs of the legs
// are capped at light. The spine is a note, not a region cap: every region
// has muscle beside the spine that may be worked.
//
// Cap is pure, never panics and does not modify a or o. A nil a counts as
// empty; an outcome without a valid ceiling (the zero Outcome) caps
// everything at 0.
func Cap(a *intake.Answers, o triage.Outcome) Ceiling {
	if a == nil {
		a = &intake.Answers{}
	}
	c := Ceiling{Notes: cloneNotes(Notes), NoMassage: o.Tier.NoMassage()}
	switch t := Level(o.PressureCeiling); {
	case t < 1 || t > MaxLevel:
		c.Global, c.Reasons = 0, []Reason{notScreened}
	case t < MaxWork:
		c.Global, c.Reasons = t, ruleReasons(o.CeilingReasons)
	case t == MaxWork:
		c.Global, c.Reasons = t, append(ruleReasons(o.CeilingReasons), scaleReason)
	default:
		c.Global, c.Reasons = MaxWork, []Reason{scaleReason}
	}

	avoid := avoidAreas(a, o)
	for _, r := range intake.Regions {
		rc := RegionCap{Region: r, Max: c.Global}
		lower := func(max Level, why Reason) {
			switch {
			case max < rc.Max:
				rc.Max, rc.Reasons = max, []Reason{why}
			case max == rc.Max:
				rc.Reasons = append(rc.Reasons, why)
			}
		}
		own := false
		if keys := avoid[r]; len(keys) > 0 {
			for _, why := range avoidReasons(keys) {
				lower(0, why)
			}
			rc.Avoid = keys
			own = true
		}
		if r.IsLeg() && o.Has("pregnancy") {
			lower(Level(triage.CeilingLight), legsInPregnancy)
			own = true
		}
		if !own {
			continue
		}
		if rc.Max == c.Global {
			rc.Reasons = append(append([]Reason(nil), c.Reasons...), rc.Reasons...)
		}
		c.Regions = append(c.Regions, rc)
	}
	return c
}

// For returns the cap of region r and why. A region that is not on the body
// map gets 0.
func (c Ceiling) For(r intake.Region) (Level, []Reason) {
	if !r.Valid() {
		return 0, []Reason{unknownRegion}
	}
	for _, rc := range c.Regions {
		if rc.Region == r {
			return rc.Max, rc.Reasons
		}
	}
	return c.Global, c.Reasons
}

// ruleReasons turns triage rule ids into reasons, with the client text of
// each rule (triage.rule.<id>) and its sources.
func ruleReasons(ids []string) []Reason {
	var out []Reason
	for _, id := range ids {
		if r, ok := triage.Lookup(id); ok {
			out = append(out, Reason{Rule: id, Key: r.ClientKey(), Source: append([]string(nil), r.Source...)})
		} else {
			out = append(out, Reason{Rule: id, Key: "pressure.cap.rule"})
		}
	}
	if len(out) == 0 {
		out = []Reason{{Key: "pressure.cap.rule"}}
	}
	return out
}

// avoidReasons say why a region that must not be touched has a cap of 0,
// from its triage.avoid.<reason> keys: a marked skin issue (triage rule
// skin-local: seed:002, ABMP), the client's own wish, or both.
func avoidReasons(keys []string) []Reason {
	var skin, asked bool
	for _, k := range keys {
		if k == clientAvoidKey {
			asked = true
		} else {
			skin = true
		}
	}
	var out []Reason
	if skin {
		out = append(out, Reason{Rule: "skin-local", Key: "pressure.cap.avoid", Source: []string{"seed:002", "ABMP"}})
	}
	if asked {
		out = append(out, Reason{Key: "pressure.cap.avoid-asked"})
	}
	return out
}

// clientAvoidKey is triage's avoid key for an area the client asked us not
// to touch.
const clientAvoidKey = "triage.avoid." + triage.ReasonClient

// avoidAreas returns, per region, the triage.avoid.<reason> keys of every
// area to leave alone: o.Avoid, plus the skin issues and "do not touch"
// list in a (what triage would add; repeated here so an outcome computed
// before the last answer cannot un-avoid an area). Keys keep triage's order:
// skin issues in intake.SkinIssues order, then the client's wish.
func avoidAreas(a *intake.Answers, o triage.Outcome) map[intake.Region][]string {
	m := map[intake.Region][]string{}
	add := func(r intake.Region, k string) {
		if !contains(m[r], k) {
			m[r] = append(m[r], k)
		}
	}
	for _, area := range o.Avoid {
		for _, k := range area.Reasons {
			add(area.Region, k)
		}
	}
	for _, r := range intake.Regions {
		for _, x := range intake.SkinIssues {
			if contains(a.Skin[r], x) {
				add(r, "triage.avoid."+string(x))
			}
		}
		if contains(a.Avoid, r) {
			add(r, clientAvoidKey)
		}
	}
	for r, keys := range m { // keep the client's wish last, as triage does
		if i := indexOf(keys, clientAvoidKey); i >= 0 && i < len(keys)-1 {
			m[r] = append(append(keys[:i:i], keys[i+1:]...), clientAvoidKey)
		}
	}
	return m
}

func indexOf[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func cloneNotes(ns []Note) []Note {
	out := make([]Note, len(ns))
	for i, n := range ns {
		out[i] = n
		out[i].Regions = append([]intake.Region(nil), n.Regions...)
		out[i].Source = append([]string(nil), n.Source...)
	}
	return out
}
