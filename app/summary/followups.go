package summary

import "kneadform/app/intake"

// followUps are the rows of the issue-13 follow-up questions that belong to
// step s, each shown only while its question applies (intake's Asks…
// methods), so a stale answer is never shown. Their text is in
// locales/<lang>/clinical.json.
func (w writer) followUps(a *intake.Answers, s intake.Step) []Row {
	c := w.c
	var rows []Row
	add := func(ok bool, label, value string) {
		if ok {
			rows = append(rows, Row{c.T(label), value})
		}
	}
	switch s {
	case intake.StepSafety:
		add(a.AsksBothLegs(), "step.safety.both-legs-when", one(w, "both-legs-when", a.BothLegs))
		add(a.AsksNightEases(), "step.safety.night-eases", one(w, "tri", a.NightEases))
	case intake.StepFeel:
		add(a.AsksNeck(), "step.feel.neck", list(w, "neck", a.Neck))
	case intake.StepHealth:
		add(a.AsksSurgeryAreas(), "step.health.surgery-areas", list(w, "region", a.SurgeryAreas))
		add(a.AsksReviewed(), "step.health.reviewed", one(w, "tri", a.Reviewed))
	case intake.StepSkin:
		add(a.AsksRashKnown(), "step.skin.rash-known", one(w, "tri", a.RashKnown))
	case intake.StepPrefs:
		add(true, "step.preferences.comfort", list(w, "comfort", a.Comfort))
	}
	return rows
}
