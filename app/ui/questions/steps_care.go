package questions

import (
	"kneadform/app/intake"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// goalsFields: what the client hopes the massage will do, then, optional,
// the activities the back makes hard (steps_psfs.go).
func (p *intakePage) goalsFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.Checks(intake.FieldGoals, kit.T("step.goals.legend"), kit.T("hint.all-that-apply"), kit.Options("goal", intake.Goals),
			func(v string) bool { return kit.Contains(a.Goals, intake.Goal(v)) }, e[intake.FieldGoals],
			func(ctx app.Context, v string) { a.Goals = intake.Toggle(a.Goals, intake.Goal(v)); p.changed(ctx) }),
		p.psfsFields(a),
	)
}

// medicinesFields: medicines, and allergies to oils or lotions.
func (p *intakePage) medicinesFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.TextArea(intake.FieldMedications, kit.T("step.medicines.label"), kit.T("step.medicines.hint"), a.Medications,
			e[intake.FieldMedications], intake.MaxTextLen,
			func(ctx app.Context, v string) { a.Medications = v; p.st.Session.Save() }),
		kit.Checks("allergies", kit.T("step.medicines.allergies"), kit.T("hint.all-that-apply"), kit.Options("allergy", intake.Allergies),
			func(v string) bool { return a.AllergicTo(intake.Allergy(v)) }, e["allergies"],
			func(ctx app.Context, v string) {
				a.Allergies = intake.Toggle(a.Allergies, intake.Allergy(v))
				p.changed(ctx)
			}),
	)
}

// trainingFields: how much the client trains.
func (p *intakePage) trainingFields(a *intake.Answers, e kit.Errs) app.UI {
	return kit.Radios(intake.FieldTraining, kit.T("step.training.legend"), kit.T("step.training.hint"), kit.Options("training", intake.Trainings),
		string(a.Training), e[intake.FieldTraining],
		func(ctx app.Context, v string) { a.Training = intake.Training(v); p.changed(ctx) })
}

// prefsFields: talking, warmth and oil during the massage, and comfort on
// the table.
func (p *intakePage) prefsFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.Radios(intake.FieldTalk, kit.T("step.preferences.talk"), "", kit.Options("talk", intake.Talks),
			string(a.Talk), e[intake.FieldTalk],
			func(ctx app.Context, v string) { a.Talk = intake.Talk(v); p.changed(ctx) }),
		kit.Radios(intake.FieldWarmth, kit.T("step.preferences.warmth"), "", kit.Options("warmth", intake.Warmths),
			string(a.Warmth), e[intake.FieldWarmth],
			func(ctx app.Context, v string) { a.Warmth = intake.Warmth(v); p.changed(ctx) }),
		kit.Radios(intake.FieldOil, kit.T("step.preferences.oil"), kit.T("step.preferences.oil.hint"), kit.Options("oil", intake.Oils),
			string(a.Oil), e[intake.FieldOil],
			func(ctx app.Context, v string) { a.Oil = intake.Oil(v); p.changed(ctx) }),
		p.comfortFields(a, e),
	)
}

func (p *intakePage) healthFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.Checks("conditions", kit.T("step.health.legend"), kit.T("step.health.hint"), kit.Options("condition", intake.AskedConditions),
			func(v string) bool { return a.Has(intake.Condition(v)) }, e["conditions"],
			func(ctx app.Context, v string) { a.ToggleCondition(intake.Condition(v)); p.changed(ctx) }),
		app.If(a.Has(intake.CondSurgery) && a.SurgeryWhensAsked() != nil, func() app.UI {
			return el.Div().Class("conditional").Body(
				kit.Radios(intake.FieldSurgeryWhen, kit.T("step.health.surgery-when"), "", kit.Options("surgery", a.SurgeryWhensAsked()),
					string(a.SurgeryWhen), e[intake.FieldSurgeryWhen],
					func(ctx app.Context, v string) { a.SurgeryWhen = intake.SurgeryWhen(v); p.changed(ctx) }),
			)
		}),
		p.surgeryFollowUp(a, e),
		p.reviewedFollowUp(a, e),
	)
}

// skinFields: a skin problem (a wound, a rash…) where the therapist must
// not massage. It is asked on the areas page (issue 17: where to avoid is
// asked once), folded under its question; the areas' body map marks these
// areas (!), and the list opens by itself once an area is marked or has an
// error, so nothing chosen is hidden.
func (p *intakePage) skinFields(a *intake.Answers, e kit.Errs) app.UI {
	mark := func(ctx app.Context, r intake.Region) {
		if a.Skin == nil {
			a.Skin = map[intake.Region][]intake.SkinIssue{}
		}
		if _, ok := a.Skin[r]; ok {
			delete(a.Skin, r)
		} else {
			a.Skin[r] = []intake.SkinIssue{}
		}
		p.skinOpen = true
		p.changed(ctx)
	}
	marked := func(r intake.Region) bool { _, ok := a.Skin[r]; return ok }
	details := []app.UI{}
	open := p.skinOpen || len(a.Skin) > 0 || e["skin"] != "" || e[intake.FieldRashKnown] != ""
	for _, r := range intake.Regions {
		r := r
		if !marked(r) {
			continue
		}
		field := intake.SkinField(r)
		open = open || e[field] != ""
		details = append(details, el.Div().Class("conditional").Body(
			kit.Checks(field, kit.T("step.skin.what", "region", kit.T("region."+string(r))), kit.T("hint.all-that-apply"),
				kit.Options("skin", intake.SkinIssues),
				func(v string) bool { return kit.Contains(a.Skin[r], intake.SkinIssue(v)) }, e[field],
				func(ctx app.Context, v string) {
					a.Skin[r] = intake.Toggle(a.Skin[r], intake.SkinIssue(v))
					p.changed(ctx)
				}),
		))
	}
	var picked []intake.Region
	for r := range a.Skin {
		picked = append(picked, r)
	}
	d := el.Details().ID("skin-more").Class("more")
	if open {
		d = d.Attr("open", true)
	}
	return d.Body(
		el.Summary().Body(
			el.Span().Class("more-title").Text(kit.T("step.skin.question")),
			app.If(len(picked) > 0, func() app.UI {
				return el.Span().ID("skin-more-chosen").Class("more-chosen").
					Text(kit.T("step.areas.chosen", "areas", chosen(picked, intake.Regions)))
			}),
		),
		kit.Checks("skin", kit.T("step.skin.legend"), kit.T("step.skin.hint"), kit.RegionOptions(),
			func(v string) bool { return marked(intake.Region(v)) }, e["skin"],
			func(ctx app.Context, v string) { mark(ctx, intake.Region(v)) }),
		el.Div().Body(details...),
		p.rashFollowUp(a, e),
	)
}

// consentFields is the declaration (the GOV.UK "check answers" pattern):
// no box to tick; typing the name under it and choosing "Agree and finish"
// is the agreement (next sets Consent only with a name typed).
func (p *intakePage) consentFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		el.P().Text(kit.T("step.consent.body")),
		el.P().ID("consent-declaration").Class("declaration").Text(kit.T("step.consent.declare")),
		kit.TextInput(intake.FieldConsentName, kit.T("step.consent.name"), kit.T("step.consent.name.hint"), a.ConsentName,
			e[intake.FieldConsentName], intake.MaxNameLen, "name",
			func(ctx app.Context, v string) {
				a.ConsentName = v
				p.st.Session.Save()
				if len(p.errors) > 0 {
					// The agreement itself is given by the button (next),
					// so while typing only the name's own error can show.
					p.errors = withoutField(intake.ValidatePage(a, p.step), intake.FieldConsent)
				}
			}),
	)
}

// withoutField is errs without those on field.
func withoutField(errs []intake.FieldError, field string) []intake.FieldError {
	out := errs[:0:0]
	for _, e := range errs {
		if e.Field != field {
			out = append(out, e)
		}
	}
	return out
}
