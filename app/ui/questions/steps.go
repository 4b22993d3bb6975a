package questions

import (
	"kneadform/app/intake"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fields renders the questions of the current page: its own step's and
// those of the steps asked on it (intake.Sections) that apply. Every setter
// writes the answer into the model and calls changed, which saves and
// re-checks.
func (p *intakePage) fields(a *intake.Answers, e kit.Errs) app.UI {
	var parts []app.UI
	for _, s := range intake.Sections(p.step) {
		if s != p.step && (s == intake.StepSkin || s == intake.StepPregnancy) {
			// Drawn inside their page's own questions: the skin problems
			// between focus and avoid (areasFields), pregnancy as a row of
			// the safety list (safetyFields).
			continue
		}
		if s == p.step || s.Applies(a) {
			parts = append(parts, p.section(s, a, e))
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return el.Div().Class("question-list").Body(parts...)
}

// section renders the questions of step s.
func (p *intakePage) section(s intake.Step, a *intake.Answers, e kit.Errs) app.UI {
	switch s {
	case intake.StepAbout:
		return p.aboutFields(a, e)
	case intake.StepDaily:
		return p.dailyFields(a, e)
	case intake.StepSafety, intake.StepSafety2:
		return p.safetyFields(a, e)
	case intake.StepWhere:
		return p.whereFields(a, e)
	case intake.StepPain:
		return p.painFields(a, e)
	case intake.StepOnset:
		return p.onsetFields(a, e)
	case intake.StepFeel:
		return p.feelFields(a, e)
	case intake.StepWorse:
		return p.worseFields(a, e)
	case intake.StepMoves:
		return p.moveFields(a, e)
	case intake.StepFunction:
		return p.functionFields(a, e)
	case intake.StepGoals:
		return p.goalsFields(a, e)
	case intake.StepHealth:
		return p.healthFields(a, e)
	case intake.StepMedicines:
		return p.medicinesFields(a, e)
	case intake.StepSkin:
		return p.skinFields(a, e)
	case intake.StepTraining:
		return p.trainingFields(a, e)
	case intake.StepPrefs:
		return p.prefsFields(a, e)
	case intake.StepAreas:
		return p.areasFields(a, e)
	case intake.StepCheck:
		return p.checkAnswers(a)
	case intake.StepConsent:
		return p.consentFields(a, e)
	}
	return nil
}

// fieldLabels names each field in the error summary, so "Select an
// answer" reads as "How old are you?: Select an answer".
func fieldLabels(s intake.Step, a *intake.Answers) map[string]string {
	m := map[string]string{
		intake.FieldFirstName:   kit.T("step.about.name"),
		intake.FieldAgeBand:     kit.T("step.about.age"),
		intake.FieldPregnant:    kit.T("step.pregnancy.legend"),
		intake.FieldWeeks:       kit.T("step.pregnancy.weeks"),
		intake.FieldRegions:     kit.T("step.where.legend"),
		intake.FieldDuration:    kit.T("step.onset.duration"),
		intake.FieldOnset:       kit.T("step.onset.how"),
		intake.FieldFeelings:    kit.T("step.feel.feelings"),
		intake.FieldSpread:      kit.T("step.feel.spread"),
		intake.FieldSleep:       kit.T("step.function.sleep"),
		intake.FieldStiffness:   kit.T("step.function.stiffness"),
		intake.FieldGoals:       kit.T("step.goals.legend"),
		intake.FieldSurgeryWhen: kit.T("step.health.surgery-when"),
		intake.FieldMedications: kit.T("step.medicines.label"),
		intake.FieldTraining:    kit.T("step.training.legend"),
		intake.FieldTalk:        kit.T("step.preferences.talk"),
		intake.FieldWarmth:      kit.T("step.preferences.warmth"),
		intake.FieldOil:         kit.T("step.preferences.oil"),
		intake.FieldConsent:     kit.T("step.consent.legend"),
		intake.FieldConsentName: kit.T("step.consent.name"),
		// Follow-ups (issue 13): optional, named for an invalid value.
		intake.FieldBothLegs:     kit.T("step.safety.both-legs-when"),
		intake.FieldNightEases:   kit.T("step.safety.night-eases"),
		intake.FieldNeck:         kit.T("step.feel.neck"),
		intake.FieldSurgeryAreas: kit.T("step.health.surgery-areas"),
		intake.FieldReviewed:     kit.T("step.health.reviewed"),
		intake.FieldRashKnown:    kit.T("step.skin.rash-known"),
		intake.FieldComfort:      kit.T("step.preferences.comfort"),
		// The tick lists (issue 17).
		intake.FieldFlags: kit.T("step.safety.legend"),
		intake.FieldMoves: kit.T("step.moves.legend"),
		intake.FieldTasks: kit.T("step.function.legend"),
	}
	for _, f := range intake.Flags {
		m[intake.FlagField(f)] = kit.T("flag." + string(f))
	}
	for _, r := range a.Regions {
		m[intake.PainField(r)] = kit.T("region." + string(r))
	}
	for _, mv := range intake.Moves {
		m[intake.MoveField(mv)] = kit.T("move." + string(mv))
	}
	for _, tk := range intake.Tasks {
		m[intake.TaskField(tk)] = kit.T("task." + string(tk))
	}
	for _, r := range intake.Regions {
		m[intake.SkinField(r)] = kit.T("region." + string(r))
	}
	return m
}
