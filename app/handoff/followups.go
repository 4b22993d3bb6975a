package handoff

import "kneadform/app/intake"

// Version 2 of the answers format (issue 13) is version 1 with the intake's
// follow-up answers appended to the bit section, after the answers and the
// pressure choices and before the text section. Version 1 links still decode:
// their follow-ups are simply unanswered, which app/triage reads the
// conservative way.

// The value lists version 2 added, frozen like the version 1 tables.
var (
	v2LegsHistories = []string{"new-or-worse", "long-standing-unchecked", "known-walking", "known-stretch", "unsure"}
	v2NeckSigns     = []string{"headaches", "jaw", "dizzy", "arm", "whiplash"}
	v2Comforts      = []string{"face-down", "face-cradle", "reflux", "breathing", "side-lying", "pillows"}
)

// putFollowUps writes a's follow-up answers (version 2).
func putFollowUps(e *encoder, a *intake.Answers) {
	one(e, v2LegsHistories, a.BothLegs)
	one(e, v1Tris, a.NightEases)
	list(e, v2NeckSigns, a.Neck)
	list(e, v1Regions, a.SurgeryAreas)
	one(e, v1Tris, a.Reviewed)
	one(e, v1Tris, a.RashKnown)
	list(e, v2Comforts, a.Comfort)
}

// followUps reads what putFollowUps wrote.
func (d *decoder) followUps(a *intake.Answers) {
	a.BothLegs = getOne[intake.LegsHistory](d, v2LegsHistories, "bothLegs")
	a.NightEases = getOne[intake.Tri](d, v1Tris, "nightEases")
	a.Neck = getList[intake.NeckSign](d, v2NeckSigns, "neck")
	a.SurgeryAreas = getList[intake.Region](d, v1Regions, "surgeryAreas")
	a.Reviewed = getOne[intake.Tri](d, v1Tris, "reviewed")
	a.RashKnown = getOne[intake.Tri](d, v1Tris, "rashKnown")
	a.Comfort = getList[intake.Comfort](d, v2Comforts, "comfort")
}
