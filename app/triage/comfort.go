package triage

import "kneadform/app/intake"

// ComfortRule is the Note.Rule of the positioning notes that come from the
// client's comfort answers (intake.Answers.Comfort) rather than from a
// clinical rule: they put how the client lies comfortably on the therapist
// summary, beside the rules' positioning cautions.
const ComfortRule = "comfort"

// comfortTherapist is the therapist's note for each comfort need (English).
var comfortTherapist = map[intake.Comfort]string{
	intake.ComfortFaceDown:   "Lying face down is hard or uncomfortable: offer side-lying or a seated position.",
	intake.ComfortFaceCradle: "The face cradle is uncomfortable: adjust or pad it, or use side-lying.",
	intake.ComfortReflux:     "Reflux when lying flat: raise the head end a little or use side-lying; keep face-down and flat time short.",
	intake.ComfortBreathing:  "Breathing is harder lying flat or face down: side-lying or a raised head end; check in on breathing.",
	intake.ComfortSideLying:  "Prefers lying on the side.",
	intake.ComfortPillows:    "Wants pillows or bolsters (under the knees, ankles or chest).",
}

// ComfortKey is the catalog key of the client text for comfort need c.
func ComfortKey(c intake.Comfort) string { return "triage.comfort." + string(c) }

// comfortNotes lists the positioning notes for the client's comfort needs,
// in intake.Comforts order (unknown values are skipped).
func comfortNotes(a *intake.Answers) []Note {
	var out []Note
	for _, c := range intake.Comforts {
		if a.Needs(c) {
			out = append(out, Note{Rule: ComfortRule, Key: ComfortKey(c), Therapist: comfortTherapist[c], TherapistKey: therapistKey("comfort", string(c))})
		}
	}
	return out
}
