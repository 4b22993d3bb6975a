package triage

import (
	"fmt"
	"strings"

	"kneadform/app/intake"
)

// Helpers that say, for the therapist, which answers made a row of the
// decision guide apply.

// restricted describes restricted motion from the answers ("" when none):
// movement checks that hurt, or a mobility goal.
func restricted(a *intake.Answers) string {
	var painful []string
	for _, m := range intake.Moves {
		if r := a.Moves[m]; r == intake.MoveSomePain || r == intake.MoveTooPainful {
			painful = append(painful, string(m))
		}
	}
	switch {
	case len(painful) > 0:
		return "movement checks with pain: " + strings.Join(painful, ", ")
	case contains(a.Goals, intake.GoalMobility):
		return "goal: mobility"
	}
	return ""
}

// stiffWhy describes stiffness from the answers ("" when none).
func stiffWhy(a *intake.Answers) string {
	var parts []string
	if a.Feels(intake.FeelStiff) {
		parts = append(parts, "feels stiff")
	}
	if a.Stiff == intake.StiffLong {
		parts = append(parts, "morning stiffness over 30 min")
	}
	if contains(a.Worse, intake.WorseMornings) {
		parts = append(parts, "worse in the mornings")
	}
	return strings.Join(parts, "; ")
}

func phaseWhy(a *intake.Answers) string {
	if p := a.Duration.Phase(); p != "" {
		return fmt.Sprintf("phase: %s (pain for %s)", p, durationText(a.Duration))
	}
	return ""
}

// durationText says how long the pain has lasted, for the therapist.
func durationText(d intake.Duration) string {
	switch d {
	case intake.DurDays:
		return "under a week"
	case intake.DurWeeks:
		return "1–6 weeks"
	case intake.DurMonths:
		return "6–12 weeks"
	case intake.DurChronic:
		return "over 12 weeks"
	}
	return string(d)
}

func feelWhy(a *intake.Answers, fs ...intake.Feeling) string {
	var got []string
	for _, f := range fs {
		if a.Feels(f) {
			got = append(got, string(f))
		}
	}
	if len(got) == 0 {
		return ""
	}
	return "feels: " + strings.Join(got, ", ")
}

func nonEmpty(xs ...string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// upperWhy describes upper-back tension from the answers ("" when none):
// upper-back regions that hurt or are a focus, tension headaches, jaw
// clenching.
func upperWhy(a *intake.Answers) string {
	var parts []string
	var regions []intake.Region
	for _, r := range intake.Regions {
		if r.Zone() == intake.ZoneUpper && (contains(a.Regions, r) || contains(a.Focus, r)) {
			regions = append(regions, r)
		}
	}
	if len(regions) > 0 {
		parts = append(parts, "upper back: "+join(regions))
	}
	if a.HasNeckSign(intake.NeckHeadaches) {
		parts = append(parts, "tension headaches")
	}
	if a.HasNeckSign(intake.NeckJaw) {
		parts = append(parts, "jaw clenching")
	}
	return strings.Join(parts, "; ")
}
