package routine

import (
	"sort"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// Length of the timed part of a routine, in seconds: seed:000's "five
// minutes a day", and never more than ten. Habits are not counted.
const (
	MinSeconds = 5 * 60
	MaxSeconds = 10 * 60
	// MaxRelease is how many ball or roller items a day's routine holds:
	// seed:000 warns against overworking sore spots.
	MaxRelease = 2
)

// Rules in Routine.Left that are not contraindications.
const (
	LeftTime  = "time"  // it did not fit in MaxSeconds
	LeftTools = "tools" // MaxRelease ball or roller items were already chosen
)

// Scoring weights: where it hurts counts most, then the five-minute core
// and daily life, then goals and what makes the pain worse.
const (
	weightRegion = 3 // the item helps a region the client chose (pain or focus)
	weightCore   = 2
	weightDaily  = 2 // per shared activity
	weightGoal   = 1 // per shared goal
	weightWorse  = 1 // per shared trigger
	// strongScore is the least score that still adds an item once the
	// routine has reached MinSeconds: a region match, or the core plus one
	// more reason. Weaker matches would only pad the routine.
	strongScore = weightRegion
)

// Routine is one client's daily self-care routine. Client texts are catalog
// keys; the UI (or the player) renders them.
type Routine struct {
	// Tier is the triage outcome the routine was made for.
	Tier triage.Tier `json:"tier"`
	// Advice is set instead of exercises for the emergency, see-a-doctor
	// and postpone tiers: the catalog key routine.advice.<tier>.
	Advice string `json:"advice,omitempty"`
	// Exercises are the timed items, warm-up → release → mobility →
	// activation, then table order. Never nil.
	Exercises []Step `json:"exercises"`
	// Habits are for the rest of the day (breaks, workstation, heat, ice,
	// water, recovery timing), in table order. Never nil.
	Habits []Step `json:"habits"`
	// Left lists the items that suited the client but were left out, and
	// why, in table order. Never nil.
	Left []Left `json:"left"`
	// Seconds is how long the exercises take at their starting dose.
	Seconds int `json:"seconds"`
	// Notes are catalog keys of general safety notes (stop if it hurts,
	// build up slowly, ...).
	Notes []string `json:"notes,omitempty"`
	// Frequency is the visit frequency from the triage outcome, with its
	// reason (nil when triage gives none: see-a-doctor and emergency).
	Frequency *triage.Frequency `json:"frequency,omitempty"`
}

// Step is one item of a routine, ready to show.
type Step struct {
	Item    string   `json:"item"` // library id
	Kind    Kind     `json:"kind"`
	Phase   Phase    `json:"phase"`
	Dose    Dose     `json:"dose"`
	Seconds int      `json:"seconds"`          // the starting dose, setup included; 0 for habits
	Name    string   `json:"name"`             // catalog key
	Steps   []string `json:"steps"`            // catalog keys, in order
	Safety  string   `json:"safety"`           // catalog key
	Image   string   `json:"image"`            // illustration path from the site root
	Why     []string `json:"why"`              // catalog keys routine.why.*: why it was chosen
	Gentle  []string `json:"gentle,omitempty"` // catalog keys routine.contra.*: how to go gently
}

// Left is an item left out of the routine.
type Left struct {
	Item   string `json:"item"`
	Name   string `json:"name"`   // catalog key of the item's name
	Rule   string `json:"rule"`   // the contraindication id, or LeftTime / LeftTools
	Reason string `json:"reason"` // catalog key of the client's reason
}

// Minutes is the exercise time rounded up to whole minutes.
func (r Routine) Minutes() int { return (r.Seconds + 59) / 60 }

// Generate makes the daily routine for a client from their answers and the
// triage outcome of those answers (triage.Evaluate(a)).
//
// Items are scored by what they share with the answers (regions and focus,
// the five-minute core, daily activities, goals, what makes the pain worse;
// morning stiffness counts as "worse in the mornings", and training in the
// last 48 hours as a training day). An item a contraindication excludes is
// never chosen. The rest are taken best score first (ties in table order)
// while they fit in MaxSeconds, at most MaxRelease ball or roller items;
// once MinSeconds is reached only strong matches (strongScore) are added.
// When that is under MinSeconds, other safe items fill up to it. A client
// with few safe items may get a shorter routine rather than an unsafe one.
//
// The emergency, see-a-doctor and postpone tiers (and an unknown tier) get
// no exercises and no habits, only Advice. Generate is pure and
// deterministic: the order of the answers' lists does not matter. It does
// not modify a or o.
func Generate(a *intake.Answers, o triage.Outcome) Routine {
	if a == nil {
		a = &intake.Answers{}
	}
	r := Routine{Tier: o.Tier, Exercises: []Step{}, Habits: []Step{}, Left: []Left{}}
	if o.Frequency != nil {
		f := *o.Frequency
		r.Frequency = &f
	}
	if r.Advice = adviceKey(o.Tier); r.Advice != "" {
		return r
	}
	r.Notes = notes(a, &o)

	type candidate struct {
		index  int
		score  int
		why    []string
		gentle []string
	}
	var cands []candidate
	left := map[int]Left{} // by table index, so Left comes out in table order
	for i := range Library {
		it := &Library[i]
		score, why := match(it, a)
		rule, gentle := check(it, a, &o)
		switch {
		case rule != nil:
			if score > 0 {
				left[i] = Left{Item: it.ID, Name: it.NameKey(), Rule: rule.ID, Reason: rule.Key()}
			}
		case it.Kind == KindHabit:
			if score > 0 {
				r.Habits = append(r.Habits, newStep(it, why, gentle))
			}
		default:
			cands = append(cands, candidate{i, score, why, gentle})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })

	chosen := map[int]candidate{}
	tools := 0
	for _, c := range cands {
		it := &Library[c.index]
		if c.score == 0 || (r.Seconds >= MinSeconds && c.score < strongScore) {
			continue
		}
		switch {
		case it.Kind == KindRelease && tools >= MaxRelease:
			left[c.index] = Left{Item: it.ID, Name: it.NameKey(), Rule: LeftTools, Reason: "routine.left." + LeftTools}
		case r.Seconds+it.Dose.Seconds() > MaxSeconds:
			left[c.index] = Left{Item: it.ID, Name: it.NameKey(), Rule: LeftTime, Reason: "routine.left." + LeftTime}
		default:
			chosen[c.index] = c
			r.Seconds += it.Dose.Seconds()
			if it.Kind == KindRelease {
				tools++
			}
		}
	}
	for _, c := range cands { // fill up to MinSeconds with other safe, non-tool items
		it := &Library[c.index]
		if r.Seconds >= MinSeconds {
			break
		}
		if c.score == 0 && it.Kind != KindRelease && r.Seconds+it.Dose.Seconds() <= MaxSeconds {
			c.why = []string{whyKey("extra")}
			chosen[c.index] = c
			r.Seconds += it.Dose.Seconds()
		}
	}

	for _, p := range Phases { // phase order, then table order
		for i := range Library {
			if c, ok := chosen[i]; ok && Library[i].Phase == p {
				r.Exercises = append(r.Exercises, newStep(&Library[i], c.why, c.gentle))
			}
		}
	}
	for i := range Library {
		if l, ok := left[i]; ok {
			r.Left = append(r.Left, l)
		}
	}
	return r
}

// adviceKey is the advice for tiers that get no exercises ("" otherwise).
// An unknown tier is treated as see-a-doctor: conservative by design.
func adviceKey(t triage.Tier) string {
	switch {
	case t == triage.Proceed || t == triage.Cautions:
		return ""
	case t.NoMassage() && t.Valid():
		return "routine.advice." + t.String()
	}
	return "routine.advice." + triage.SeeDoctor.String()
}

// check runs the item's contraindications: the first that excludes it, or
// the catalog keys of the gentle ones that apply.
func check(it *Item, a *intake.Answers, o *triage.Outcome) (excluded *Contra, gentle []string) {
	for _, c := range it.Contra {
		if !c.When(a, o, it) {
			continue
		}
		if c.Effect != Gentle { // anything but Gentle excludes
			return c, nil
		}
		gentle = append(gentle, c.Key())
	}
	return nil, gentle
}

// notes are the general safety notes every routine carries.
func notes(a *intake.Answers, o *triage.Outcome) []string {
	ns := []string{"routine.note.stop", "routine.note.build-up"}
	if o.Has(rulePregnancy) || (a.Pregnant.Positive() && intake.StepPregnancy.Applies(a)) {
		ns = append(ns, "routine.note.pregnancy")
	}
	return ns
}

func newStep(it *Item, why, gentle []string) Step {
	return Step{
		Item: it.ID, Kind: it.Kind, Phase: it.Phase, Dose: it.Dose, Seconds: it.Dose.Seconds(),
		Name: it.NameKey(), Steps: it.StepKeys(), Safety: it.SafetyKey(), Image: it.Image(),
		Why: why, Gentle: gentle,
	}
}

func whyKey(reason string) string { return "routine.why." + reason }

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
