package triage

import "kneadform/app/intake"

// Outcome is the result of Evaluate: the tier, the rules that fired, and how
// the session is adapted. Client-facing texts are catalog keys; therapist
// notes are English (clinician audience). The JSON form is what
// `kneadform screen` prints and what the summary and hand-off read.
type Outcome struct {
	// Tier is the most urgent tier among the fired rules (Proceed when none).
	Tier Tier `json:"tier"`
	// Fired lists the rules that fired, in rule-table order (most urgent
	// first). Never nil, so JSON shows [] rather than null.
	Fired []Fired `json:"fired"`
	// Avoid lists the areas to leave alone, in body-map order: marked skin
	// issues and the client's own "avoid" list.
	Avoid []Area `json:"avoid,omitempty"`
	// PressureCeiling is the highest pressure allowed on the 0–10 scale
	// (NoCeiling when no rule sets one).
	PressureCeiling int `json:"pressureCeiling"`
	// CeilingReasons are the ids of the rules that set the ceiling: those
	// whose ceiling equals PressureCeiling.
	CeilingReasons []string `json:"ceilingReasons,omitempty"`
	// Positioning and OilNotes are the positioning and product cautions.
	Positioning []Note `json:"positioning,omitempty"`
	OilNotes    []Note `json:"oilNotes,omitempty"`
	// Techniques suggested from seed 000's decision guide, in session order
	// (warm-up, targeted release, integration), already fitted under the
	// pressure ceiling. Empty for the see-doctor and emergency tiers.
	Techniques []Technique `json:"techniques,omitempty"`
	// Dropped lists the techniques the guide suggested but a fired rule
	// (its exclusions) or the pressure ceiling rules out, with the reason.
	Dropped []Dropped `json:"droppedTechniques,omitempty"`
	// Frequency is the suggested visit frequency (nil for the see-doctor
	// and emergency tiers).
	Frequency *Frequency `json:"frequency,omitempty"`
	// DoctorList holds the catalog keys of "what to tell the doctor", one
	// per fired see-doctor or emergency rule, most urgent first.
	DoctorList []string `json:"doctorList,omitempty"`
}

// Fired is one rule that fired, as the outcome reports it.
type Fired struct {
	ID        string `json:"id"`
	Tier      Tier   `json:"tier"`
	ClientKey string `json:"clientKey"` // catalog key: the client's explanation
	Therapist string `json:"therapist"` // note for the therapist (English)
	// TherapistKey is the catalog key of the therapist's note, so the
	// therapist reads it in the clinic's language (issue 15).
	TherapistKey string   `json:"therapistKey"`
	Source       []string `json:"source"` // source ids, see Sources
}

// Area is a body-map region to leave alone, with why.
type Area struct {
	Region intake.Region `json:"region"`
	// Reasons are catalog keys triage.avoid.<reason>, where reason is a skin
	// issue (intake.SkinIssues order) or ReasonClient.
	Reasons []string `json:"reasons"`
}

// Note is a positioning or product caution. Every caution uses the same
// scheme: a catalog key for the client ("what will be adapted and why") and
// an English note for the therapist, with the rule that added it.
type Note struct {
	Rule      string `json:"rule"`
	Key       string `json:"key"`
	Therapist string `json:"therapist"`
	// TherapistKey is the catalog key of Therapist (the clinic's language).
	TherapistKey string `json:"therapistKey"`
}

// Evaluate runs the rule table over a and returns the outcome. It is pure
// and deterministic, never panics (nil answers count as empty) and is cheap
// enough to call after every answer. It does not modify a.
func Evaluate(a *intake.Answers) Outcome {
	if a == nil {
		a = &intake.Answers{}
	}
	o := Outcome{Tier: Proceed, Fired: []Fired{}, PressureCeiling: NoCeiling}
	reasons := map[intake.Region][]string{}
	var fired []Rule
	for _, r := range Rules {
		if !r.When(a) {
			continue
		}
		fired = append(fired, r)
		o.Fired = append(o.Fired, Fired{ID: r.ID, Tier: r.Tier, ClientKey: r.ClientKey(), Therapist: r.Therapist, TherapistKey: r.TherapistKey(), Source: r.Source})
		if r.Tier.MoreUrgent(o.Tier) {
			o.Tier = r.Tier
		}
		if k := r.DoctorKey(); k != "" {
			o.DoctorList = append(o.DoctorList, k)
		}
		if r.Ceiling > 0 && r.Ceiling < o.PressureCeiling {
			o.PressureCeiling = r.Ceiling
		}
		if r.Position != "" {
			o.Positioning = append(o.Positioning, Note{Rule: r.ID, Key: r.PositionKey(), Therapist: r.Position, TherapistKey: therapistKey("position", r.ID)})
		}
		if r.Oil != "" {
			o.OilNotes = append(o.OilNotes, Note{Rule: r.ID, Key: r.OilKey(), Therapist: r.Oil, TherapistKey: therapistKey("oil", r.ID)})
		}
		if r.Avoid != nil {
			for _, area := range r.Avoid(a) {
				reasons[area.Region] = appendNew(reasons[area.Region], area.Reasons...)
			}
		}
	}
	for _, r := range a.Avoid {
		reasons[r] = appendNew(reasons[r], avoidKey(ReasonClient))
	}
	o.Positioning = append(o.Positioning, comfortNotes(a)...)
	for _, r := range intake.Regions { // body-map order; drops unknown regions
		if len(reasons[r]) > 0 {
			o.Avoid = append(o.Avoid, Area{Region: r, Reasons: reasons[r]})
		}
	}
	for _, f := range o.Fired {
		if r, _ := Lookup(f.ID); r.Ceiling == o.PressureCeiling {
			o.CeilingReasons = append(o.CeilingReasons, f.ID)
		}
	}
	if o.Tier < SeeDoctor {
		o.Techniques, o.Dropped = techniques(a, o.PressureCeiling, o.CeilingReasons, fired)
		f := frequency(a)
		o.Frequency = &f
	}
	return o
}

// IsEmergency reports whether any emergency rule fires for a: the cheap
// check the intake can make after every safety answer to interrupt at once.
// It agrees with Evaluate(a).Tier == Emergency.
func IsEmergency(a *intake.Answers) bool {
	if a == nil {
		return false
	}
	for _, r := range Rules {
		if r.Tier == Emergency && r.When(a) {
			return true
		}
	}
	return false
}

// AwaitsLegsFollowUp reports whether the emergency is waiting only on the
// both-legs follow-up (intake.Answers.BothLegs): symptoms in both legs
// answered yes (or pain spreading into both legs), the follow-up not yet
// answered, and no other emergency rule firing. IsEmergency is still true
// then (an unanswered follow-up counts as new); the intake asks the
// follow-up at once, on the same page, and interrupts as soon as it is
// answered "new or worse" or "not sure", or when the client leaves the page
// without answering. "Not sure" on the both-legs question is never followed
// up: it interrupts at once.
func AwaitsLegsFollowUp(a *intake.Answers) bool {
	if a == nil || !a.AsksBothLegs() || a.BothLegs != "" || a.Flag(intake.FlagBothLegs) == intake.Unsure {
		return false
	}
	for _, r := range Rules {
		if r.Tier == Emergency && r.ID != "both-legs" && r.When(a) {
			return false
		}
	}
	return true
}

// Has reports whether the rule with the given id fired.
func (o Outcome) Has(id string) bool {
	for _, f := range o.Fired {
		if f.ID == id {
			return true
		}
	}
	return false
}

// appendNew appends the values of add that xs does not hold yet.
func appendNew(xs []string, add ...string) []string {
	for _, x := range add {
		found := false
		for _, y := range xs {
			found = found || x == y
		}
		if !found {
			xs = append(xs, x)
		}
	}
	return xs
}
