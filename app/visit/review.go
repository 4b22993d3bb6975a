package visit

import (
	"maps"
	"slices"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// Screen runs the intake's rule engine (triage.Evaluate, the same rules and
// the same tiers) on the intake answers with the check-in's new answers
// merged in, so a symptom that appears or gets worse after a massage
// reaches exactly the advice it would reach at the intake: saddle numbness
// or both legs → emergency, fever or new leg numbness → see a doctor. The
// merge only ever adds concern: a check-in "no" never clears an intake
// "yes", and a leg spread or pain rating only replaces a milder one. base
// is not modified.
func Screen(base *intake.Answers, c CheckIn) triage.Outcome {
	return triage.Evaluate(Merge(base, c))
}

// Merge returns a copy of base with the check-in's answers that add
// concern: positive red flags, a wider leg spread, new feelings and a
// higher pain rating (on every region chosen on the body map). base is
// not modified; nil counts as empty answers.
func Merge(base *intake.Answers, c CheckIn) *intake.Answers {
	a := intake.Answers{}
	if base != nil {
		a = *base
	}
	a.RedFlags = maps.Clone(a.RedFlags)
	if a.RedFlags == nil {
		a.RedFlags = map[intake.Flag]intake.Tri{}
	}
	for f, t := range c.RedFlags {
		if f.Valid() && t.Positive() && !a.RedFlags[f].Positive() {
			a.RedFlags[f] = t
		} else if f.Valid() && t == intake.Yes {
			a.RedFlags[f] = intake.Yes // "yes" is firmer than an earlier "not sure"
		}
	}
	if spreadRank(c.Spread) > spreadRank(a.Spread) {
		a.Spread = c.Spread
	}
	a.Feelings = slices.Clone(a.Feelings)
	for _, f := range c.Feelings {
		if oneOf(intake.Feelings, f) && !a.Feels(f) {
			a.Feelings = append(a.Feelings, f)
		}
	}
	a.Pain = maps.Clone(a.Pain)
	if c.Pain != nil && *c.Pain >= 0 && *c.Pain <= 10 {
		for _, r := range a.Regions {
			if a.Pain == nil {
				a.Pain = map[intake.Region]int{}
			}
			if *c.Pain > a.Pain[r] {
				a.Pain[r] = *c.Pain
			}
		}
	}
	return &a
}

func spreadRank(s intake.Spread) int {
	switch s {
	case intake.SpreadOneLeg:
		return 1
	case intake.SpreadBoth:
		return 2
	}
	return 0
}

// Action is what the client should do after a check-in, most urgent last.
type Action string

// Actions.
const (
	// ActNormal: what they feel is the normal after-massage course.
	ActNormal Action = "normal"
	// ActWatch: more than mild soreness at 24 h; it should ease by 48 h.
	ActWatch Action = "watch"
	// ActClinic: contact the clinic (soreness getting worse, or more than
	// mild at 48 h).
	ActClinic Action = "clinic"
	// ActTriage: a new red-flag answer; show the triage screen for
	// Outcome.Tier exactly as the intake would (/urgent for an emergency).
	ActTriage Action = "triage"
)

// Review is what a check-in means for the client.
type Review struct {
	Action Action `json:"action"`
	// Keys are the catalog keys of the messages to show, in order.
	Keys []string `json:"keys"`
	// Outcome is Screen's triage outcome; New the ids of the rules that
	// fire now but did not fire on the intake answers alone.
	Outcome triage.Outcome `json:"outcome"`
	New     []string       `json:"new,omitempty"`
}

// NewReview reads check-in c against the intake answers base.
//
//   - A rule that fires now and not at the intake, at the see-doctor or
//     emergency tier, or any emergency rule, is ActTriage: the UI shows
//     that tier's screen as it does for the intake (clinical-sources §1).
//   - seed:003 "After Your Session": mild soreness for 24–48 hours is
//     normal (ActNormal). More than mild at 24 h is ActWatch; still more
//     than mild at 48 h, or getting worse at any time, is ActClinic
//     (seed:003 "When Massage Might Not Be Enough": pain that persists →
//     the clinic can coordinate with a healthcare provider).
//   - Drinking little adds the water reminder (seed:003, seed:001).
func NewReview(base *intake.Answers, c CheckIn) Review {
	before := triage.Evaluate(base)
	r := Review{Action: ActNormal, Outcome: Screen(base, c)}
	for _, f := range r.Outcome.Fired {
		if !before.Has(f.ID) {
			r.New = append(r.New, f.ID)
		}
	}
	urgentNew := false
	for _, id := range r.New {
		if rule, ok := triage.Lookup(id); ok && rule.Tier >= triage.SeeDoctor {
			urgentNew = true
		}
	}
	switch {
	case r.Outcome.Tier == triage.Emergency || urgentNew:
		r.Action = ActTriage
		r.Keys = append(r.Keys, r.Outcome.Tier.MsgKey()+".title", r.Outcome.Tier.MsgKey()+".body")
		return r
	case c.Soreness == SoreWorse || (c.Soreness == SoreStrong && c.Stage == Stage48h):
		r.Action = ActClinic
		r.Keys = append(r.Keys, "visit.review.clinic")
	case c.Soreness == SoreStrong:
		r.Action = ActWatch
		r.Keys = append(r.Keys, "visit.review.watch")
	default:
		r.Keys = append(r.Keys, "visit.review.normal")
	}
	if c.Water == WaterLittle {
		r.Keys = append(r.Keys, "visit.review.water")
	}
	return r
}
