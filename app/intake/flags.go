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

// Has reports whether the client ticked condition c.
func (a *Answers) Has(c Condition) bool { return contains(a.Conditions, c) }

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
