package intake

// The "tick what applies" lists (issue 17, "Shorter without being less
// safe"): the safety questions, the movement checks and the everyday tasks
// are shown as rows a client ticks only when something applies (one tap:
// "yes", "not sure", "some pain"…), with an exclusive last box, "None of
// these" (the GOV.UK checkbox pattern), that answers every row at once.
// The answers are the same per-item maps as before, so triage, the
// summary, the hand-off and old drafts read them unchanged:
//
//   - nothing ticked yet: every row unanswered (""), the list is not answered;
//   - a row ticked: it takes that answer, every unanswered row reads "none"
//     (a box left unticked on a list that has a tick means "does not apply");
//   - the tick taken off again: the row reads "none"; when no row is ticked
//     any more, the whole list goes back to unanswered, so the client must
//     tick "None of these" on purpose;
//   - "None of these": every row reads "none"; taken off, all unanswered.

// tickRow is one tap on row k's box for answer v of a list whose
// does-not-apply answer is none.
func tickRow[K comparable, V comparable](m map[K]V, keys []K, k K, v, none V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	var zero V
	if m[k] == v {
		m[k] = none
		if !anyTicked(m, keys, none) {
			for _, key := range keys {
				delete(m, key)
			}
		}
		return m
	}
	m[k] = v
	for _, key := range keys {
		if m[key] == zero {
			m[key] = none
		}
	}
	return m
}

// noneRow is one tap on the list's "None of these" box.
func noneRow[K comparable, V comparable](m map[K]V, keys []K, none V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	if allNone(m, keys, none) {
		for _, k := range keys {
			delete(m, k)
		}
		return m
	}
	for _, k := range keys {
		m[k] = none
	}
	return m
}

// settleRows reads the unanswered rows of a list with a tick as "none".
func settleRows[K comparable, V comparable](m map[K]V, keys []K, none V) {
	if !anyTicked(m, keys, none) {
		return
	}
	var zero V
	for _, k := range keys {
		if m[k] == zero {
			m[k] = none
		}
	}
}

// anyTicked reports whether a row holds an answer other than none.
func anyTicked[K comparable, V comparable](m map[K]V, keys []K, none V) bool {
	var zero V
	for _, k := range keys {
		if v := m[k]; v != zero && v != none {
			return true
		}
	}
	return false
}

func allNone[K comparable, V comparable](m map[K]V, keys []K, none V) bool {
	for _, k := range keys {
		if m[k] != none {
			return false
		}
	}
	return true
}

// listAnswered is the validation of a tick list: answered when a row is
// ticked or every row reads none (an unanswered row beside a tick is read
// as none, see settleRows); else one error on the list's field.
func listAnswered[K comparable, V comparable](v *validator, field string, m map[K]V, keys []K, none V) {
	if !anyTicked(m, keys, none) && !allNone(m, keys, none) {
		v.add(field, "tick-or-none")
	}
}

// The pregnancy question is a row of the second safety page's list (flow3,
// issue 17): "Are you pregnant?" with Yes and Not sure, like the red flags,
// so a client for whom nothing applies answers it with "None of these"
// instead of a separate No. The rows of that page are its red flags and,
// when it is asked (StepPregnancy.Applies), the pregnancy question; a tick
// or an untick reads the whole page, both answers included.

// AsksPregnancy reports whether the tick list of page s has the pregnancy row.
func (a *Answers) AsksPregnancy(s Step) bool {
	return s == StepPregnancy.Page() && StepPregnancy.Applies(a)
}

// TickFlag is a tap on safety question f's box for t (Yes or Unsure), on
// the list of f's page.
func (a *Answers) TickFlag(f Flag, t Tri) {
	s := flagStep(f)
	if a.RedFlags == nil {
		a.RedFlags = map[Flag]Tri{}
	}
	if a.RedFlags[f] == t { // the tick taken off
		a.RedFlags[f] = No
		a.unsettle(s)
		return
	}
	a.RedFlags[f] = t
	a.settleSafety(s)
}

// TickPregnant is a tap on the pregnancy row's box for t (Yes or Unsure).
func (a *Answers) TickPregnant(t Tri) {
	s := StepPregnancy.Page()
	if a.Pregnant == t {
		a.Pregnant, a.PregnancyWeeks = No, 0
		a.unsettle(s)
		return
	}
	a.Pregnant = t
	if t != Yes {
		a.PregnancyWeeks = 0
	}
	a.settleSafety(s)
}

// settleSafety reads every unanswered row of safety page s as No.
func (a *Answers) settleSafety(s Step) {
	a.RedFlags = allUnanswered(a.RedFlags, SafetyFlags(s), No)
	if a.AsksPregnancy(s) && a.Pregnant == "" {
		a.Pregnant = No
	}
}

// unsettle returns safety page s to unanswered when no row is ticked any
// more (the client must choose "None of these" on purpose).
func (a *Answers) unsettle(s Step) {
	if a.Ticked(s) {
		return
	}
	for _, f := range SafetyFlags(s) {
		delete(a.RedFlags, f)
	}
	if a.AsksPregnancy(s) {
		a.Pregnant, a.PregnancyWeeks = "", 0
	}
}

// NoFlags is a tap on a "None of these" box under the safety questions of
// step s (the pages now have the button, NoneApply; kept for the model's
// tests): every row No, or, when they all were, unanswered.
func (a *Answers) NoFlags(s Step) {
	if a.FlagsNone(s) {
		a.RedFlags = noneRow(a.RedFlags, SafetyFlags(s), No) // all No: taken off
		if a.AsksPregnancy(s) {
			a.Pregnant = ""
		}
		return
	}
	a.RedFlags = allRows(a.RedFlags, SafetyFlags(s), No)
	if a.AsksPregnancy(s) {
		a.Pregnant, a.PregnancyWeeks = No, 0
	}
}

// FlagsNone reports whether every row of safety page s reads No.
func (a *Answers) FlagsNone(s Step) bool {
	return allNone(a.RedFlags, SafetyFlags(s), No) && (!a.AsksPregnancy(s) || a.Pregnant == No)
}

// flagStep is the safety page that asks f.
func flagStep(f Flag) Step {
	if contains(SafetyFlags(StepSafety2), f) {
		return StepSafety2
	}
	return StepSafety
}

// allUnanswered gives every unanswered key of m the answer none.
func allUnanswered[K comparable, V comparable](m map[K]V, keys []K, none V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	var zero V
	for _, k := range keys {
		if m[k] == zero {
			m[k] = none
		}
	}
	return m
}

// TickMove is a tap on movement check m's box for r.
func (a *Answers) TickMove(m Move, r MoveResult) { a.Moves = tickRow(a.Moves, Moves, m, r, MoveNoPain) }

// NoMovePain is a tap on the movement list's "None of these hurt".
func (a *Answers) NoMovePain() { a.Moves = noneRow(a.Moves, Moves, MoveNoPain) }

// MovesNone reports whether every movement check reads "no pain".
func (a *Answers) MovesNone() bool { return allNone(a.Moves, Moves, MoveNoPain) }

// TickTask is a tap on everyday task t's box for ability x.
func (a *Answers) TickTask(t Task, x Ability) {
	a.Function = tickRow(a.Function, Tasks, t, x, AbleEasy)
}

// AllTasksEasy is a tap on the task list's "I can do all of these easily".
func (a *Answers) AllTasksEasy() { a.Function = noneRow(a.Function, Tasks, AbleEasy) }

// TasksNone reports whether every task reads "easily".
func (a *Answers) TasksNone() bool { return allNone(a.Function, Tasks, AbleEasy) }

// Settle reads the unticked rows of the tick lists on step s as "does
// not apply", once the client goes on from it (drafts from before the
// lists may hold a tick beside unanswered rows).
func (a *Answers) Settle(s Step) {
	switch s {
	case StepSafety, StepSafety2:
		if a.Ticked(s) {
			a.settleSafety(s)
		}
	case StepMoves:
		settleRows(a.Moves, Moves, MoveNoPain)
	case StepFunction:
		settleRows(a.Function, Tasks, AbleEasy)
	}
}

// NoneSubmits reports whether page s is one tick list and nothing else (the
// two safety pages, the movement checks): there "None of these" is the
// page's button (issue 17, one tap for the common case), which answers
// every row and goes on; once a row is ticked, the button is Continue.
func NoneSubmits(s Step) bool { return s == StepSafety || s == StepSafety2 || s == StepMoves }

// Ticked reports whether a row of the tick list on page s holds an answer
// other than "does not apply" (a Yes, a Not sure, a move that hurt…).
func (a *Answers) Ticked(s Step) bool {
	switch s {
	case StepSafety, StepSafety2:
		return anyTicked(a.RedFlags, SafetyFlags(s), No) || a.AsksPregnancy(s) && a.Pregnant.Positive()
	case StepMoves:
		return anyTicked(a.Moves, Moves, MoveNoPain)
	case StepFunction:
		return anyTicked(a.Function, Tasks, AbleEasy)
	}
	return false
}

// NoneApply is the "None of these" button of page s: every row of its tick
// list reads "does not apply". Unlike the box (noneRow), it never takes an
// answer back, and it changes nothing when a row is ticked.
func (a *Answers) NoneApply(s Step) {
	if a.Ticked(s) {
		return
	}
	switch s {
	case StepSafety, StepSafety2:
		a.RedFlags = allRows(a.RedFlags, SafetyFlags(s), No)
		if a.AsksPregnancy(s) {
			a.Pregnant, a.PregnancyWeeks = No, 0
		}
	case StepMoves:
		a.Moves = allRows(a.Moves, Moves, MoveNoPain)
	case StepFunction:
		a.Function = allRows(a.Function, Tasks, AbleEasy)
	}
}

func allRows[K comparable, V comparable](m map[K]V, keys []K, none V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	for _, k := range keys {
		m[k] = none
	}
	return m
}
