package intake

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
)

// checkAnswers reports, as ValueErrors joined into one error, every value
// Clean would drop from a, in field order; prefix starts each field path
// ("answers." inside a draft). As a safety net it also runs Clean on a copy
// and fails when Clean drops a value the checks missed.
func checkAnswers(a *Answers, prefix string) error {
	c := checker{prefix: prefix}
	c.text("firstName", a.FirstName, MaxNameLen, false)
	c.text("medications", a.Medications, MaxTextLen, true)
	c.text("consentName", a.ConsentName, MaxNameLen, false)
	c.text("consentAt", a.ConsentAt, 0, false)
	checkOne(&c, "ageBand", a.AgeBand, AgeBands)
	checkOne(&c, "pregnant", a.Pregnant, tris)
	if a.PregnancyWeeks < 0 || a.PregnancyWeeks > MaxPregnancyWeeks {
		c.add("pregnancyWeeks", strconv.Itoa(a.PregnancyWeeks), fmt.Sprintf("is out of range (0 to %d)", MaxPregnancyWeeks), nil)
	}
	checkList(&c, "daily", a.Daily, Activities)
	for _, f := range sortedKeys(a.RedFlags) {
		if !f.Valid() {
			c.add("redFlags", string(f), "is not a safety question", names(Flags))
		} else {
			checkOne(&c, "redFlags."+string(f), a.RedFlags[f], tris)
		}
	}
	checkList(&c, "regions", a.Regions, Regions)
	for _, r := range sortedKeys(a.Pain) {
		if !r.Valid() {
			c.add("pain", string(r), "is not a region", names(Regions))
		} else if p := a.Pain[r]; p < 0 || p > 10 {
			c.add("pain."+string(r), strconv.Itoa(p), "is out of range (0 to 10)", nil)
		}
	}
	checkOne(&c, "duration", a.Duration, Durations)
	checkOne(&c, "onset", a.Onset, Onsets)
	checkList(&c, "feelings", a.Feelings, Feelings)
	checkOne(&c, "spread", a.Spread, Spreads)
	checkList(&c, "worse", a.Worse, Triggers)
	checkList(&c, "better", a.Better, Reliefs)
	for _, m := range sortedKeys(a.Moves) {
		if !contains(Moves, m) {
			c.add("moves", string(m), "is not a movement check", names(Moves))
		} else {
			checkOne(&c, "moves."+string(m), a.Moves[m], MoveResults)
		}
	}
	for _, t := range sortedKeys(a.Function) {
		if !contains(Tasks, t) {
			c.add("function", string(t), "is not an everyday task", names(Tasks))
		} else {
			checkOne(&c, "function."+string(t), a.Function[t], Abilities)
		}
	}
	checkOne(&c, "sleep", a.Sleep, Qualities)
	checkOne(&c, "stiffness", a.Stiff, Stiffnesses)
	checkList(&c, "goals", a.Goals, Goals)
	checkList(&c, "conditions", a.Conditions, Conditions)
	checkOne(&c, "surgeryWhen", a.SurgeryWhen, SurgeryWhens)
	checkList(&c, "allergies", a.Allergies, Allergies)
	for _, r := range sortedKeys(a.Skin) {
		if !r.Valid() {
			c.add("skin", string(r), "is not a region", names(Regions))
		} else {
			checkList(&c, "skin."+string(r), a.Skin[r], SkinIssues)
		}
	}
	checkOne(&c, "training", a.Training, Trainings)
	checkOne(&c, "talk", a.Talk, Talks)
	checkOne(&c, "warmth", a.Warmth, Warmths)
	checkOne(&c, "oil", a.Oil, Oils)
	checkList(&c, "avoid", a.Avoid, Regions)
	checkList(&c, "focus", a.Focus, Regions)
	checkFollowUps(&c, a)

	if len(c.errs) == 0 {
		cp := *a
		cp.RedFlags, cp.Pain, cp.Moves, cp.Function = copyMap(a.RedFlags), copyMap(a.Pain), copyMap(a.Moves), copyMap(a.Function)
		cp.Skin = copyMap(a.Skin)
		if n := cp.Clean(); n > 0 {
			c.errs = append(c.errs, fmt.Errorf("%s%d values are not allowed (an unchecked field: please report this)", prefix, n))
		}
	}
	return errors.Join(c.errs...)
}

var tris = []Tri{Yes, No, Unsure}

type checker struct {
	prefix string
	errs   []error
}

func (c *checker) add(field, value, problem string, allowed []string) {
	c.errs = append(c.errs, &ValueError{Field: c.prefix + field, Value: value, Problem: problem, Allowed: allowed})
}

// text checks a free-text answer: its length (when max > 0) and that it
// holds no control, escape or bidi-override character (CleanText). The
// value is shown cleaned and quoted, so the error message is safe to print.
func (c *checker) text(field, s string, max int, multiline bool) {
	if max > 0 && TooLong(s, max) {
		c.add(field, fmt.Sprintf("%.20s…", CleanText(s, false)), fmt.Sprintf("is %d characters long (at most %d)", utf8.RuneCountInString(s), max), nil)
	}
	if CleanText(s, multiline) != s {
		c.add(field, fmt.Sprintf("%.20s…", CleanText(s, false)), "holds control, escape or text-direction characters", nil)
	}
}

func checkOne[T ~string](c *checker, field string, v T, allowed []T) {
	if v != "" && !contains(allowed, v) {
		c.add(field, string(v), "is not allowed", names(allowed))
	}
}

func checkList[T ~string](c *checker, field string, xs, allowed []T) {
	var seen []T // allowed values only, so at most len(allowed): linear in len(xs)
	for _, x := range xs {
		switch {
		case !contains(allowed, x):
			c.add(field, string(x), "is not allowed", names(allowed))
		case contains(seen, x):
			c.add(field, string(x), "is listed twice", nil)
		default:
			seen = append(seen, x)
		}
	}
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out) // not an insertion sort: a hostile draft may hold 50,000 keys
	return out
}

func copyMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
