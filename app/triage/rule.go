package triage

import "kneadform/app/intake"

// Rule is one row of the clinical rule table (rules.go): a condition over the
// intake answers, the tier it raises the outcome to, what the client and the
// therapist are told, where it comes from, and its caution effects.
//
// Rules are data: they are read by Evaluate, rendered into
// docs/clinical-rules.md and checked by tests. Only clinicians' review should
// change them.
type Rule struct {
	// ID is stable and kebab-case. It appears in outcomes, hand-off links,
	// docs and catalog keys; never rename one.
	ID string
	// Tier is how urgent the outcome becomes when the rule fires.
	Tier Tier
	// Describe is the condition in plain English for the clinician doc.
	Describe string
	// When reports whether the rule fires. It must not modify the answers
	// and must tolerate any value (nil maps, unknown strings).
	When func(a *intake.Answers) bool
	// Therapist is the note for the therapist (English, clinician audience).
	Therapist string
	// Source lists the ids (keys of Sources) the rule is based on.
	Source []string

	// Ceiling is the highest pressure allowed on the 0–10 scale while the
	// rule applies (CeilingLight, CeilingModerate); 0 means no ceiling.
	Ceiling int
	// Position is a positioning note for the therapist; the client reads
	// the catalog text at PositionKey.
	Position string
	// Oil is a note about oils, lotions or gloves for the therapist; the
	// client reads the catalog text at OilKey.
	Oil string
	// Avoid returns the body-map areas to leave alone, each with reason
	// keys (triage.avoid.<reason>), in body-map order. Nil means none.
	Avoid func(a *intake.Answers) []Area
	// Excludes lists the techniques of the decision guide the rule rules
	// out or limits while it applies, each with its source. The guide
	// honours every fired rule (tested as a property).
	Excludes []Exclusion
}

// Exclusion is a technique a rule rules out (Limit empty) or keeps with a
// limit the therapist reads (Limit, English).
type Exclusion struct {
	Technique string   // a technique id (techniqueTable)
	Limit     string   // "" rules the technique out; else how it is limited
	Source    []string // source ids (Sources)
}

// Excluded reports whether the rule rules out technique id (a limit does not).
func (r Rule) Excluded(id string) bool {
	for _, x := range r.Excludes {
		if x.Technique == id && x.Limit == "" {
			return true
		}
	}
	return false
}

// out is the exclusion of each technique in ids, from the sources src.
func out(src []string, ids ...string) []Exclusion {
	xs := make([]Exclusion, len(ids))
	for i, id := range ids {
		xs[i] = Exclusion{Technique: id, Source: src}
	}
	return xs
}

// limit is the limit note on technique id, from the sources src.
func limit(id, note string, src ...string) Exclusion {
	return Exclusion{Technique: id, Limit: note, Source: src}
}

// excl joins exclusion lists.
func excl(xss ...[]Exclusion) []Exclusion {
	var all []Exclusion
	for _, xs := range xss {
		all = append(all, xs...)
	}
	return all
}

// only wraps a single exclusion as a list.
func only(x Exclusion) []Exclusion { return []Exclusion{x} }

// Pressure ceilings on the 0–10 scale of the pressure walkthrough
// (seed:000: 0 = no sensation, 10 = intolerable, therapeutic work 4–6).
const (
	// CeilingLight allows light work only (1–3): no deep or forceful work.
	CeilingLight = 3
	// CeilingModerate allows up to moderate work (4–5): no firm work.
	CeilingModerate = 5
	// NoCeiling is the ceiling when no rule sets one.
	NoCeiling = 10
)

// ClientKey is the catalog key of the client's explanation of the rule.
func (r Rule) ClientKey() string { return "triage.rule." + r.ID }

// TherapistKey is the catalog key of the therapist's note (Therapist): the
// rule table's notes are also in locales/<lang>/therapist.json, generated
// from the table, so the therapist reads them in the clinic's language.
func (r Rule) TherapistKey() string { return therapistKey("rule", r.ID) }

// therapistKey is the catalog key of a therapist-facing note: kind is rule,
// position, oil, comfort, technique or limit.
func therapistKey(kind, id string) string { return "therapist." + kind + "." + id }

// DoctorKey is the catalog key of the "what to tell the doctor" line; only
// see-doctor and emergency rules have one ("" otherwise).
func (r Rule) DoctorKey() string {
	if r.Tier < SeeDoctor {
		return ""
	}
	return "triage.doctor." + r.ID
}

// PositionKey is the catalog key of the client text for the rule's
// positioning note ("" when it has none).
func (r Rule) PositionKey() string {
	if r.Position == "" {
		return ""
	}
	return "triage.position." + r.ID
}

// OilKey is the catalog key of the client text for the rule's oil note (""
// when it has none).
func (r Rule) OilKey() string {
	if r.Oil == "" {
		return ""
	}
	return "triage.oil." + r.ID
}

// Lookup returns the rule with the given id.
func Lookup(id string) (Rule, bool) {
	for _, r := range Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Sources names every source id a rule may cite (clinical-sources.md in the
// shared docs lists the facts taken from each).
var Sources = map[string]string{
	"seed:000":     "Back massage techniques guide: decision guide, pressure scale, red flags, FAQ (seed 000)",
	"seed:001":     "Good back massage techniques: oils, no pressure on the spine, no tapotement on the low back (seed 001)",
	"seed:002":     "Back massage, a simple guide: safety and areas to avoid (seed 002)",
	"seed:003":     "Back massage benefits: techniques, frequency table, when massage is not enough (seed 003)",
	"NHS-backpain": "NHS: Back pain (when to see a GP, when to call 999 / go to A&E)",
	"NICE-CKS":     "NICE Clinical Knowledge Summaries: Back pain, low (without radiculopathy), red flags; suspected cauda equina (new or worsening) usually warrants immediate admission, while stable, diagnosed spinal stenosis is managed with cautions (clinical-sources §1)",
	"ACP-2007":     "Chou et al. 2007, ACP/APS guideline: diagnosis and treatment of low back pain",
	"IFOMPT-2020":  "Finucane et al. 2020, IFOMPT framework: red flags, combine weak flags",
	"ABMP":         "ABMP / Werner: massage contraindications and cautions",
	"Mayo":         "Mayo Clinic: Massage, risks (bleeding, clots, fractures, osteoporosis, pregnancy)",
	"NCCIH":        "NCCIH: Massage therapy, what you need to know (safety)",
	"Osborne":      "Osborne: pregnancy massage positioning (side-lying, no face-down)",
	"kneadform":    "Kneadform's own conservative choice with no external source: for clinician review",
}
