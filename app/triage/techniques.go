package triage

import (
	"fmt"
	"strings"

	"kneadform/app/intake"
)

// Technique is a suggested technique for the therapist summary. The client
// reads it at the catalog keys technique.<id>.name and technique.<id>.desc.
type Technique struct {
	ID string `json:"id"`
	// Why lists the answers that led to it (English, for the therapist).
	Why []string `json:"why"`
	// Pressure is the band to work in, already lowered to the ceiling.
	Pressure Band `json:"pressure"`
	// Softened is true when the usual band was lowered to fit the ceiling.
	Softened bool `json:"softened,omitempty"`
	// Note is how to apply it (English, for the therapist); NoteKey is its
	// catalog key (the clinic's language).
	Note    string `json:"note,omitempty"`
	NoteKey string `json:"noteKey,omitempty"`
	// AfterClearance is true when it may be used only once a doctor has
	// assessed the symptoms that suggested it.
	AfterClearance bool     `json:"afterClearance,omitempty"`
	Source         []string `json:"source"`
	// Limits are the fired rules' limits on this technique: how to adapt
	// it, with the rule and its sources.
	Limits []Limit `json:"limits,omitempty"`
}

// Limit is a fired rule's limit on a suggested technique.
type Limit struct {
	Rule   string   `json:"rule"`
	Note   string   `json:"note"` // English, for the therapist
	Key    string   `json:"key"`  // catalog key of Note (the clinic's language)
	Source []string `json:"source"`
}

// Band is a range of pressure on the 0–10 scale: light 1–3, moderate 4–5,
// firm 6 (seed:000: therapeutic work 4–6; never beyond).
type Band struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// Dropped is a technique the decision guide suggested but a fired rule
// excludes or the pressure ceiling rules out.
type Dropped struct {
	ID     string `json:"id"`
	Reason string `json:"reason"` // English, for the therapist
	// Rules are the ids of the fired rules that exclude it, or that set the
	// pressure ceiling it does not fit under.
	Rules []string `json:"rules,omitempty"`
	// Source lists the sources of the exclusions (empty for the ceiling:
	// the ceiling rules cite theirs).
	Source []string `json:"source,omitempty"`
}

// techniqueInfo is one technique: its usual band, how to apply it, sources.
type techniqueInfo struct {
	id             string
	band           Band
	note           string
	afterClearance bool
	source         []string
}

// Techniques in session order (seed:000: warm-up, targeted release,
// integration). Bands from seed:003 (Swedish light–moderate, deep tissue and
// trigger point moderate–firm, myofascial light–moderate sustained) and
// seed:001 (static pressure ~30 s).
var techniqueTable = []techniqueInfo{
	{id: "swedish", band: Band{2, 5}, note: "Effleurage and petrissage to warm up; flat palms, no pressure on the spine.", source: []string{"seed:000", "seed:003", "seed:001"}},
	{id: "mobility", band: Band{1, 3}, note: "Gentle, pain-free range of motion.", source: []string{"seed:000"}},
	{id: "deep-tissue", band: Band{4, 6}, note: "Slow, focused strokes on the erector spinae and multifidus, beside (never on) the spine.", source: []string{"seed:000", "seed:003"}},
	{id: "trigger-point", band: Band{4, 6}, note: "Static pressure about 30 seconds per point until it eases; brief referred pain then relief is expected.", source: []string{"seed:001", "seed:000", "seed:003"}},
	{id: "scapular-release", band: Band{3, 6}, note: "Rhomboids, upper trapezius and levator scapulae around the shoulder blade: muscle energy, cross-fiber friction and trigger points; eases referred pain into the neck.", source: []string{"seed:000", "seed:003"}},
	{id: "glute-release", band: Band{3, 6}, note: "Glute and piriformis release; map referred pain.", afterClearance: true, source: []string{"seed:000"}},
	{id: "myofascial", band: Band{2, 5}, note: "Sustained low-load pressure; let the tissue glide and lengthen.", source: []string{"seed:000", "seed:003"}},
	{id: "mobilization", band: Band{2, 4}, note: "Gentle, controlled joint mobilizations; no thrusts.", source: []string{"seed:000"}},
	{id: "thai-stretch", band: Band{2, 5}, note: "Thai-style passive stretches: hamstrings, hip flexors, thoracic area, with the breath.", source: []string{"seed:000"}},
	{id: "thoracic-mobilization", band: Band{2, 4}, note: "Thoracic segment and rib mobilizations to restore extension and rotation.", source: []string{"seed:000"}},
}

// TechniqueIDs lists the id of every technique the decision guide can
// suggest, in session order (catalog keys technique.<id>.name).
func TechniqueIDs() []string {
	ids := make([]string, len(techniqueTable))
	for i, t := range techniqueTable {
		ids[i] = t.id
	}
	return ids
}

// guideRow is one line of seed:000's decision guide ("When to use each
// technique"): when it applies, why (from the answers), and what it suggests.
type guideRow struct {
	describe   string // the row in plain English, for the clinician doc
	when       func(a *intake.Answers) bool
	why        func(a *intake.Answers) []string
	techniques []string
}

var decisionGuide = []guideRow{
	{ // Acute, generalized tightness: Swedish + mobility work.
		describe: "Acute, generalized tightness: pain for under 6 weeks that aches or feels stiff.",
		when: func(a *intake.Answers) bool {
			return a.Duration.Phase() == intake.PhaseAcute && (a.Feels(intake.FeelAching) || a.Feels(intake.FeelStiff))
		},
		why: func(a *intake.Answers) []string {
			return nonEmpty(phaseWhy(a), feelWhy(a, intake.FeelAching, intake.FeelStiff))
		},
		techniques: []string{"swedish", "mobility"},
	},
	{ // Chronic deep knots: deep tissue + trigger point therapy.
		describe: "Chronic deep knots: pain for 6 weeks or more that aches, with specific spots to focus on.",
		when: func(a *intake.Answers) bool {
			p := a.Duration.Phase()
			return (p == intake.PhaseChronic || p == intake.PhaseSubacute) && a.Feels(intake.FeelAching) && len(a.Focus) > 0
		},
		why: func(a *intake.Answers) []string {
			return nonEmpty(phaseWhy(a), feelWhy(a, intake.FeelAching), "specific spots to focus on: "+join(a.Focus))
		},
		techniques: []string{"deep-tissue", "trigger-point"},
	},
	{ // Restricted motion without specific painful spots: myofascial + mobilizations.
		describe: "Restricted motion without specific painful spots: a movement check hurts (or the goal is mobility) and no focus spots.",
		when:     func(a *intake.Answers) bool { return restricted(a) != "" && len(a.Focus) == 0 },
		why: func(a *intake.Answers) []string {
			return []string{restricted(a), "no specific spots to focus on"}
		},
		techniques: []string{"myofascial", "mobilization"},
	},
	{ // Reduced spinal extension or stiffness: Thai stretching + thoracic mobilizations.
		describe:   "Reduced spinal extension or stiffness: feels stiff, morning stiffness over 30 minutes, or worse in the mornings.",
		when:       func(a *intake.Answers) bool { return stiffWhy(a) != "" },
		why:        func(a *intake.Answers) []string { return []string{stiffWhy(a)} },
		techniques: []string{"thai-stretch", "thoracic-mobilization"},
	},
	{ // Sciatica-like (seed:000 FAQ Q1): glute and piriformis release, after clearance.
		describe:   "Sciatica-like: pain spreads into one leg (seed:000 FAQ Q1); only after medical clearance.",
		when:       func(a *intake.Answers) bool { return a.Spread == intake.SpreadOneLeg },
		why:        func(a *intake.Answers) []string { return []string{"pain spreads into one leg (sciatica-like)"} },
		techniques: []string{"glute-release"},
	},
	{ // Upper-back tension (seed:000 scapular work; seed:003 upper back, tension headaches).
		describe:   "Upper-back tension: the neck, a shoulder or between the shoulder blades is painful or a focus, or tension headaches or jaw clenching (seed:003: tension headaches from tight upper-back muscles).",
		when:       func(a *intake.Answers) bool { return upperWhy(a) != "" },
		why:        func(a *intake.Answers) []string { return []string{upperWhy(a)} },
		techniques: []string{"scapular-release"},
	},
	{ // Relaxation goal: Swedish (seed:003 "best for stress relief, relaxation").
		describe:   "Goal: relax (seed:003: Swedish is best for stress relief and relaxation).",
		when:       func(a *intake.Answers) bool { return contains(a.Goals, intake.GoalRelax) },
		why:        func(a *intake.Answers) []string { return []string{"goal: relax"} },
		techniques: []string{"swedish"},
	},
}

// techniques applies the decision guide to a, leaves out every technique a
// fired rule excludes or whose pressure is above the ceiling, softens the
// others to the ceiling, attaches the fired rules' limits and keeps session
// order. Deep tissue and trigger point, when left out, are replaced by
// myofascial release (unless it is excluded too). With no row matching, or
// every suggestion left out, Swedish is the gentle default; no rule excludes
// Swedish (tested).
func techniques(a *intake.Answers, ceiling int, ceilingRules []string, fired []Rule) ([]Technique, []Dropped) {
	why := map[string][]string{}
	for _, row := range decisionGuide {
		if row.when(a) {
			for _, id := range row.techniques {
				why[id] = appendNew(why[id], row.why(a)...)
			}
		}
	}
	if len(why) == 0 {
		why["swedish"] = []string{"no specific pattern in the answers: gentle default"}
	}
	var out []Technique
	var dropped []Dropped
	for _, t := range techniqueTable {
		reasons, ok := why[t.id]
		if !ok {
			continue
		}
		if d, left := leaveOut(t, ceiling, ceilingRules, fired); left {
			dropped = append(dropped, d)
			if t.id == "deep-tissue" || t.id == "trigger-point" {
				why["myofascial"] = appendNew(why["myofascial"], "instead of "+t.id+" ("+d.Reason+")")
				why["myofascial"] = appendNew(why["myofascial"], reasons...)
			}
			continue
		}
		tech := Technique{ID: t.id, Why: reasons, Pressure: t.band, Note: t.note, NoteKey: therapistKey("technique", t.id), AfterClearance: t.afterClearance, Source: t.source}
		if tech.Pressure.Max > ceiling {
			tech.Pressure.Max, tech.Softened = ceiling, true
		}
		for _, r := range fired {
			for _, x := range r.Excludes {
				if x.Technique == t.id && x.Limit != "" {
					tech.Limits = append(tech.Limits, Limit{Rule: r.ID, Note: x.Limit, Key: therapistKey("limit", r.ID+"."+t.id), Source: x.Source})
				}
			}
		}
		out = append(out, tech)
	}
	if len(out) == 0 {
		sw := techniqueTable[0]
		out = append(out, Technique{ID: sw.id, Why: []string{"every suggested technique is left out: gentle default"},
			Pressure: Band{sw.band.Min, min(sw.band.Max, ceiling)}, Softened: sw.band.Max > ceiling, Note: sw.note,
			NoteKey: therapistKey("technique", sw.id), Source: sw.source})
	}
	return out, dropped
}

// leaveOut reports whether technique t is left out: excluded by fired rules
// (named with their sources), else needing more pressure than the ceiling.
func leaveOut(t techniqueInfo, ceiling int, ceilingRules []string, fired []Rule) (Dropped, bool) {
	d := Dropped{ID: t.id}
	for _, r := range fired {
		for _, x := range r.Excludes {
			if x.Technique == t.id && x.Limit == "" {
				d.Rules = appendNew(d.Rules, r.ID)
				d.Source = appendNew(d.Source, x.Source...)
			}
		}
	}
	if len(d.Rules) > 0 {
		d.Reason = "excluded by " + strings.Join(d.Rules, ", ") + " (" + strings.Join(d.Source, ", ") + ")"
		return d, true
	}
	if t.band.Min > ceiling {
		d.Rules = ceilingRules
		d.Reason = fmt.Sprintf("needs pressure %d or more; ceiling is %d (%s)", t.band.Min, ceiling, strings.Join(ceilingRules, ", "))
		return d, true
	}
	return d, false
}

// Excluded reports whether a fired rule's exclusion left d out (else it is
// the pressure ceiling: its lowest pressure is above it).
func (d Dropped) Excluded() bool {
	for _, id := range d.Rules {
		if r, ok := Lookup(id); ok && r.Excluded(d.ID) {
			return true
		}
	}
	return false
}
