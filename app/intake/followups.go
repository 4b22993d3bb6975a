package intake

// Follow-up questions (issue 13). Each is asked only when an earlier answer
// makes it relevant (see the Asks… methods) and is optional: an unanswered
// follow-up always reads the conservative way in app/triage, so a client who
// skips one, or a screen that does not show it yet, never gets a milder
// outcome than before the question existed.

// LegsHistory is the follow-up to symptoms in both legs (the both-legs safety
// question answered yes, or pain spreading into both legs): is it new or
// getting worse (possible emergency), or long-standing and known?
type LegsHistory string

// Answers to the both-legs follow-up. Only the two "known" answers soften the
// outcome; anything else, including no answer, keeps the emergency
// (app/triage rule both-legs; NICE CKS, NHS).
const (
	// LegsNew: new, or getting worse.
	LegsNew LegsHistory = "new-or-worse"
	// LegsUnchecked: the same for months and not getting worse, but no
	// doctor has checked it (a see-a-doctor outcome, not an emergency).
	LegsUnchecked LegsHistory = "long-standing-unchecked"
	// LegsWalking: the same for months, a doctor knows the cause (for
	// example narrowing of the spine, spinal stenosis), and it comes on only
	// when walking or standing and eases on sitting or bending forward.
	LegsWalking LegsHistory = "known-walking"
	// LegsStretch: only a pulling at the back of both thighs when stretching
	// or bending forward (tight hamstrings), with no numbness or weakness.
	LegsStretch LegsHistory = "known-stretch"
	// LegsUnsure: not sure (counts as new).
	LegsUnsure LegsHistory = "unsure"
)

// LegsHistories lists the answers in display order.
var LegsHistories = []LegsHistory{LegsNew, LegsUnchecked, LegsWalking, LegsStretch, LegsUnsure}

// NeckSign is something about the neck and head that matters for neck and
// upper-back work (seed:003: tension headaches from tight upper-back muscles).
type NeckSign string

// Neck and head signs.
const (
	NeckHeadaches NeckSign = "headaches" // tension-type headaches (a tight band, from the neck or shoulders)
	NeckJaw       NeckSign = "jaw"       // clenching or grinding the teeth, a tight jaw
	NeckDizzy     NeckSign = "dizzy"     // dizzy or light-headed when turning or tilting the head
	NeckArm       NeckSign = "arm"       // pain, tingling or numbness going down an arm or into a hand
	NeckWhiplash  NeckSign = "whiplash"  // a neck injury (whiplash, a fall) in the last 3 months
)

// NeckSigns lists the signs in display order.
var NeckSigns = []NeckSign{NeckHeadaches, NeckJaw, NeckDizzy, NeckArm, NeckWhiplash}

// Comfort is a positioning or comfort need for the table (face down, face
// cradle, side-lying, pillows), for the therapist summary.
type Comfort string

// Comfort needs (clinical-sources §1: pregnancy → side-lying, no face-down;
// stenosis and disc positioning; seed:001 comfort and warmth).
const (
	ComfortFaceDown   Comfort = "face-down"   // lying face down is hard or uncomfortable
	ComfortFaceCradle Comfort = "face-cradle" // the face cradle is uncomfortable (sinuses, pressure on the face)
	ComfortReflux     Comfort = "reflux"      // heartburn or reflux when lying flat
	ComfortBreathing  Comfort = "breathing"   // breathing is harder lying flat or face down
	ComfortSideLying  Comfort = "side-lying"  // prefers lying on the side
	ComfortPillows    Comfort = "pillows"     // needs pillows under the knees, ankles or chest
)

// Comforts lists the comfort needs in display order.
var Comforts = []Comfort{ComfortFaceDown, ComfortFaceCradle, ComfortReflux, ComfortBreathing, ComfortSideLying, ComfortPillows}

// AsksBothLegs reports whether the both-legs follow-up applies: the both-legs
// safety question answered yes, or pain spreading into both legs. "Not sure"
// on the safety question is not followed up: it stays an emergency.
func (a *Answers) AsksBothLegs() bool {
	return a.Flag(FlagBothLegs) == Yes || a.Spread == SpreadBoth
}

// AsksNightEases reports whether the night-pain follow-up applies (the night
// safety question answered yes; "not sure" stays a see-a-doctor outcome).
func (a *Answers) AsksNightEases() bool { return a.Flag(FlagNight) == Yes }

// AsksRashKnown reports whether the rash follow-up applies: a rash is marked
// on the body map.
func (a *Answers) AsksRashKnown() bool {
	for _, r := range Regions {
		if contains(a.Skin[r], SkinRash) {
			return true
		}
	}
	return false
}

// AsksReviewed reports whether the "checked by a doctor and stable" follow-up
// applies: a disc problem, spinal stenosis or an operation is ticked.
func (a *Answers) AsksReviewed() bool {
	return a.Has(CondDisc) || a.Has(CondStenosis) || a.Has(CondSurgery)
}

// AsksSurgeryAreas reports whether "where was the operation" applies.
func (a *Answers) AsksSurgeryAreas() bool { return a.Has(CondSurgery) }

// AsksNeck reports whether the neck-and-head question applies: a region of
// the upper back (neck, shoulders, between the shoulder blades) is chosen as
// painful or as a focus.
func (a *Answers) AsksNeck() bool {
	for _, rs := range [][]Region{a.Regions, a.Focus} {
		for _, r := range rs {
			if r.Zone() == ZoneUpper {
				return true
			}
		}
	}
	return false
}

// HasNeckSign reports whether the client ticked neck sign s.
func (a *Answers) HasNeckSign(s NeckSign) bool { return contains(a.Neck, s) }

// Needs reports whether the client ticked comfort need c.
func (a *Answers) Needs(c Comfort) bool { return contains(a.Comfort, c) }

// Field ids of the follow-up questions (see Validate for the step each
// belongs to).
const (
	FieldBothLegs     = "bothLegs"
	FieldNightEases   = "nightEases"
	FieldRashKnown    = "rashKnown"
	FieldReviewed     = "reviewed"
	FieldSurgeryAreas = "surgeryAreas"
	FieldNeck         = "neck"
	FieldComfort      = "comfort"
)

// validateFollowUps checks the follow-up answers that belong to step s. They
// are optional (see the file comment): only unknown values are errors.
func validateFollowUps(v *validator, a *Answers, s Step) {
	switch s {
	case StepSafety:
		optional(v, FieldBothLegs, a.BothLegs, LegsHistories)
	case StepSafety2:
		optional(v, FieldNightEases, a.NightEases, tris)
	case StepFeel:
		all(v, FieldNeck, a.Neck, NeckSigns)
	case StepHealth:
		optional(v, FieldReviewed, a.Reviewed, tris)
		all(v, FieldSurgeryAreas, a.SurgeryAreas, Regions)
	case StepSkin:
		optional(v, FieldRashKnown, a.RashKnown, tris)
	case StepPrefs:
		all(v, FieldComfort, a.Comfort, Comforts)
	}
}

// optional is choice for a question that may be left unanswered.
func optional[T comparable](v *validator, field string, got T, allowed []T) {
	var zero T
	if got != zero && !contains(allowed, got) {
		v.add(field, "invalid")
	}
}

// cleanFollowUps is Clean for the follow-up answers.
func (a *Answers) cleanFollowUps(dropped *int) {
	cleanOne(&a.BothLegs, LegsHistories, dropped)
	cleanOne(&a.NightEases, tris, dropped)
	cleanOne(&a.RashKnown, tris, dropped)
	cleanOne(&a.Reviewed, tris, dropped)
	a.SurgeryAreas = cleanList(a.SurgeryAreas, Regions, dropped)
	a.Neck = cleanList(a.Neck, NeckSigns, dropped)
	a.Comfort = cleanList(a.Comfort, Comforts, dropped)
}

// checkFollowUps is checkAnswers for the follow-up answers.
func checkFollowUps(c *checker, a *Answers) {
	checkOne(c, "bothLegs", a.BothLegs, LegsHistories)
	checkOne(c, "nightEases", a.NightEases, tris)
	checkOne(c, "rashKnown", a.RashKnown, tris)
	checkOne(c, "reviewed", a.Reviewed, tris)
	checkList(c, "surgeryAreas", a.SurgeryAreas, Regions)
	checkList(c, "neck", a.Neck, NeckSigns)
	checkList(c, "comfort", a.Comfort, Comforts)
}
