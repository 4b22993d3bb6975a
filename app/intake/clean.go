package intake

import "strings"

// Clean removes every value a hostile or damaged source could have put in a:
// unknown choices, regions and flags, numbers out of range, over-long text,
// and in free text every control, escape and bidi-override character
// (CleanText), so a name or a medication never acts on the page or the
// clinic's terminal. Valid answers are kept as they are. It returns how many
// values it removed or changed.
func (a *Answers) Clean() (dropped int) {
	cleanText(&a.FirstName, MaxNameLen, false, &dropped)
	cleanText(&a.Medications, MaxTextLen, true, &dropped)
	cleanText(&a.ConsentName, MaxNameLen, false, &dropped)
	cleanText(&a.ConsentAt, 0, false, &dropped) // no length limit of its own: handoff has one
	cleanOne(&a.AgeBand, AgeBands, &dropped)
	cleanOne(&a.Pregnant, []Tri{Yes, No, Unsure}, &dropped)
	if a.PregnancyWeeks < 0 || a.PregnancyWeeks > MaxPregnancyWeeks {
		a.PregnancyWeeks, dropped = 0, dropped+1
	}
	a.Daily = cleanList(a.Daily, Activities, &dropped)
	for f, t := range a.RedFlags {
		if !f.Valid() || !contains([]Tri{Yes, No, Unsure}, t) {
			delete(a.RedFlags, f)
			dropped++
		}
	}
	a.Regions = cleanList(a.Regions, Regions, &dropped)
	for r, p := range a.Pain {
		if !r.Valid() || p < 0 || p > 10 {
			delete(a.Pain, r)
			dropped++
		}
	}
	cleanOne(&a.Duration, Durations, &dropped)
	cleanOne(&a.Onset, Onsets, &dropped)
	a.Feelings = cleanList(a.Feelings, Feelings, &dropped)
	cleanOne(&a.Spread, Spreads, &dropped)
	a.Worse = cleanList(a.Worse, Triggers, &dropped)
	a.Better = cleanList(a.Better, Reliefs, &dropped)
	for m, r := range a.Moves {
		if !contains(Moves, m) || !contains(MoveResults, r) {
			delete(a.Moves, m)
			dropped++
		}
	}
	for t, x := range a.Function {
		if !contains(Tasks, t) || !contains(Abilities, x) {
			delete(a.Function, t)
			dropped++
		}
	}
	cleanOne(&a.Sleep, Qualities, &dropped)
	cleanOne(&a.Stiff, Stiffnesses, &dropped)
	a.Goals = cleanList(a.Goals, Goals, &dropped)
	a.Conditions = cleanList(a.Conditions, Conditions, &dropped)
	cleanOne(&a.SurgeryWhen, SurgeryWhens, &dropped)
	a.Allergies = cleanList(a.Allergies, Allergies, &dropped)
	for r, xs := range a.Skin {
		if !r.Valid() {
			delete(a.Skin, r)
			dropped++
			continue
		}
		if xs = cleanList(xs, SkinIssues, &dropped); len(xs) == 0 {
			delete(a.Skin, r)
		} else {
			a.Skin[r] = xs
		}
	}
	cleanOne(&a.Training, Trainings, &dropped)
	cleanOne(&a.Talk, Talks, &dropped)
	cleanOne(&a.Warmth, Warmths, &dropped)
	cleanOne(&a.Oil, Oils, &dropped)
	a.Avoid = cleanList(a.Avoid, Regions, &dropped)
	a.Focus = cleanList(a.Focus, Regions, &dropped)
	a.cleanFollowUps(&dropped)
	return dropped
}

// cleanText makes *s safe (CleanText) and, when max > 0, at most max bytes
// long.
func cleanText(s *string, max int, multiline bool, dropped *int) {
	t := CleanText(*s, multiline)
	if max > 0 {
		t = CutText(t, max)
	}
	if t != *s {
		*s, *dropped = t, *dropped+1
	}
}

func cleanOne[T comparable](v *T, allowed []T, dropped *int) {
	var zero T
	if *v != zero && !contains(allowed, *v) {
		*v = zero
		*dropped++
	}
}

// cleanList keeps the allowed values of xs, once each, in their order.
func cleanList[T comparable](xs, allowed []T, dropped *int) []T {
	if len(xs) == 0 {
		return xs
	}
	out := xs[:0:0]
	for _, x := range xs {
		if contains(allowed, x) && !contains(out, x) {
			out = append(out, x)
		} else {
			*dropped++
		}
	}
	return out
}

// truncate cuts s to at most n bytes without leaving half a UTF-8 sequence.
func truncate(s string, n int) string { return strings.ToValidUTF8(s[:n], "") }
