package intake

// Flag is one safety (red-flag) question on the dedicated safety step. The
// rules that turn answers into a tier live in app/triage; this is only the
// question list, in the order the client sees it.
type Flag string

// Safety questions. Sources are cited on the rules in app/triage/rules.go.
const (
	FlagSaddle    Flag = "saddle"     // numbness or tingling between the legs / buttocks / inner thighs
	FlagBladder   Flag = "bladder"    // new trouble passing urine, or losing control of bladder or bowel
	FlagBothLegs  Flag = "both-legs"  // pain, weakness or numbness in both legs
	FlagWeakness  Flag = "weakness"   // leg weakness that is getting worse
	FlagChestPain Flag = "chest-pain" // chest pain together with the back pain
	FlagAccident  Flag = "accident"   // back pain since a serious accident or fall
	FlagFever     Flag = "fever"      // fever, or feeling hot and shivery and unwell
	FlagWeight    Flag = "weight"     // weight loss without trying
	FlagCancer    Flag = "cancer"     // cancer now or in the past
	FlagNight     Flag = "night"      // bad pain at night that rest does not ease
	FlagCalf      Flag = "calf"       // one calf swollen, red, warm or painful
	FlagSurgery   Flag = "surgery"    // an operation in the last 6 weeks
	FlagSteroids  Flag = "steroids"   // steroid tablets for months
	FlagImmune    Flag = "immune"     // weakened immune system, or injecting drugs
	FlagIll       Flag = "ill"        // a cold, flu or stomach bug right now
)

// Flags lists the safety questions in the order they are asked: the
// emergency ones first, so an emergency interrupts as early as possible.
var Flags = []Flag{
	FlagSaddle, FlagBladder, FlagBothLegs, FlagWeakness, FlagChestPain, FlagAccident,
	FlagFever, FlagWeight, FlagCancer, FlagNight, FlagCalf, FlagSurgery, FlagSteroids, FlagImmune,
	FlagIll,
}

// SafetyFlags returns the safety questions asked on step s (StepSafety:
// the signs that need care soonest, so an emergency interrupts early;
// StepSafety2: the others), nil for any other step. Two short pages
// instead of one long one (issue 17); together they are Flags.
func SafetyFlags(s Step) []Flag {
	switch s {
	case StepSafety:
		return Flags[:7]
	case StepSafety2:
		return Flags[7:]
	}
	return nil
}

// Valid reports whether f is one of Flags.
func (f Flag) Valid() bool {
	for _, g := range Flags {
		if f == g {
			return true
		}
	}
	return false
}

// Flag returns the answer to a safety question ("" when unanswered).
func (a *Answers) Flag(f Flag) Tri {
	if a.RedFlags == nil {
		return ""
	}
	return a.RedFlags[f]
}

// Has reports whether the client has condition c: ticked on the health
// checklist or, for cancer, answered yes on the safety page (issue 17: asked
// once, on the safety page; drafts from before may hold the old tick).
func (a *Answers) Has(c Condition) bool {
	return contains(a.Conditions, c) || (c == CondCancer && a.Flag(FlagCancer) == Yes)
}

// HealthConditions is the client's conditions as Has reads them, in
// checklist order: the ticked ones and those derived from the safety page.
func (a *Answers) HealthConditions() []Condition {
	var out []Condition
	for _, c := range Conditions {
		if a.Has(c) {
			out = append(out, c)
		}
	}
	return out
}

// AskedConditions is the health checklist as shown: cancer is asked once,
// on the safety page (FlagCancer), so it is not offered again here.
var AskedConditions = func() []Condition {
	var out []Condition
	for _, c := range Conditions {
		if c != CondCancer {
			out = append(out, c)
		}
	}
	return out
}()

// Does reports whether activity d fills the client's days.
func (a *Answers) Does(d Activity) bool { return contains(a.Daily, d) }

// Feels reports whether the client described the pain as f.
func (a *Answers) Feels(f Feeling) bool { return contains(a.Feelings, f) }

// HasRegion reports whether region r was chosen on the body map.
func (a *Answers) HasRegion(r Region) bool { return contains(a.Regions, r) }

// AllergicTo reports whether the client has allergy x.
func (a *Answers) AllergicTo(x Allergy) bool { return contains(a.Allergies, x) }

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Toggle adds x to xs when absent and removes it when present, keeping order.
func Toggle[T comparable](xs []T, x T) []T {
	for i, y := range xs {
		if y == x {
			return append(xs[:i:i], xs[i+1:]...)
		}
	}
	return append(xs, x)
}

// SurgeryWhensAsked lists the timings the health page offers for an
// operation, given the safety page, so the last 6 weeks is asked once
// (issue 17): "Yes" there already says when (nil: not asked again), "No"
// leaves the two older timings, "Not sure" or unanswered all three.
func (a *Answers) SurgeryWhensAsked() []SurgeryWhen {
	switch a.Flag(FlagSurgery) {
	case Yes:
		return nil
	case No:
		return SurgeryWhens[1:]
	}
	return SurgeryWhens
}

// ToggleCondition is a tap on condition c of the health checklist. An
// operation ticked after "Yes" to an operation in the last 6 weeks takes
// that timing; untick it and the timing goes.
func (a *Answers) ToggleCondition(c Condition) {
	a.Conditions = Toggle(a.Conditions, c)
	switch {
	case !a.Has(CondSurgery):
		a.SurgeryWhen = ""
	case c == CondSurgery && a.SurgeryWhensAsked() == nil:
		a.SurgeryWhen = SurgeryRecent
	}
}
