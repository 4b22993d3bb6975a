package questions

import (
	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The issue-13 follow-up questions (app/intake/followups.go). Each is shown
// only when its Asks… method says it applies, as a GOV.UK conditional reveal
// under the question it follows up. All are optional: an unanswered one
// reads the conservative way in app/triage.

// tris are the yes / no / not sure choices, in display order.
var tris = []intake.Tri{intake.No, intake.Yes, intake.Unsure}

// triFollowUp is a yes / no / not sure follow-up, revealed when asks: its
// question and hint are the catalog's key and key.hint, its answer *v.
func (p *intakePage) triFollowUp(asks bool, field, key string, v *intake.Tri, e kit.Errs) app.UI {
	return app.If(asks, func() app.UI {
		return el.Div().Class("conditional").Body(
			kit.Radios(field, kit.T(key), hintOf(key), kit.Options("tri", tris), string(*v), e[field],
				func(ctx app.Context, s string) { *v = intake.Tri(s); p.changed(ctx) }),
		)
	})
}

// legsFollowUp asks whether symptoms in both legs are new or long-standing
// and known (docs/clinical-rules.md, rule both-legs: NICE CKS and NHS on
// cauda equina vs spinal stenosis). While it is unanswered the emergency
// waits (triage.AwaitsLegsFollowUp, see holdsEmergency); "new or worse" and
// "not sure" interrupt at once through changed.
func (p *intakePage) legsFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return app.If(a.AsksBothLegs(), func() app.UI {
		return el.Div().Class("conditional").Body(
			kit.Radios(intake.FieldBothLegs, kit.T("step.safety.both-legs-when"), kit.T("step.safety.both-legs-when.hint"),
				kit.Options("both-legs-when", intake.LegsHistories), string(a.BothLegs), e[intake.FieldBothLegs],
				func(ctx app.Context, v string) { a.BothLegs = intake.LegsHistory(v); p.changed(ctx) }),
		)
	})
}

// nightFollowUp asks whether night pain eases with a change of position.
func (p *intakePage) nightFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return p.triFollowUp(a.AsksNightEases(), intake.FieldNightEases, "step.safety.night-eases", &a.NightEases, e)
}

// neckFollowUp asks about headaches, the jaw, dizziness, arm symptoms and a
// recent neck injury when an upper-back region is chosen.
func (p *intakePage) neckFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return app.If(a.AsksNeck(), func() app.UI {
		return el.Div().Class("conditional").Body(
			kit.Checks(intake.FieldNeck, kit.T("step.feel.neck"), hintOf("step.feel.neck"), kit.Options("neck", intake.NeckSigns),
				func(v string) bool { return a.HasNeckSign(intake.NeckSign(v)) }, e[intake.FieldNeck],
				func(ctx app.Context, v string) { a.Neck = intake.Toggle(a.Neck, intake.NeckSign(v)); p.changed(ctx) }),
		)
	})
}

// surgeryFollowUp asks where the operation was (body map and its checkbox
// list) and, with reviewedFollowUp, whether a doctor said it is stable.
func (p *intakePage) surgeryFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return app.If(a.AsksSurgeryAreas(), func() app.UI {
		toggle := func(ctx app.Context, r intake.Region) {
			a.SurgeryAreas = intake.Toggle(a.SurgeryAreas, r)
			p.changed(ctx)
		}
		return el.Div().Class("conditional where").Body(
			kit.BodyMap("bodymap-surgery", kit.T("bodymap.caption"),
				func(r intake.Region) string {
					if kit.Contains(a.SurgeryAreas, r) {
						return "on"
					}
					return ""
				}, kit.NoLabel, toggle),
			kit.Checks(intake.FieldSurgeryAreas, kit.T("step.health.surgery-areas"), hintOf("step.health.surgery-areas"),
				kit.RegionOptions(), func(v string) bool { return kit.Contains(a.SurgeryAreas, intake.Region(v)) },
				e[intake.FieldSurgeryAreas], func(ctx app.Context, v string) { toggle(ctx, intake.Region(v)) }),
		)
	})
}

// reviewedFollowUp asks whether a doctor checked the disc, stenosis or
// operation and said it is stable.
func (p *intakePage) reviewedFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return p.triFollowUp(a.AsksReviewed(), intake.FieldReviewed, "step.health.reviewed", &a.Reviewed, e)
}

// rashFollowUp asks whether a marked rash is a known condition that does
// not spread by touch (eczema, psoriasis): then it is an area to avoid
// rather than a reason to postpone (app/triage).
func (p *intakePage) rashFollowUp(a *intake.Answers, e kit.Errs) app.UI {
	return p.triFollowUp(a.AsksRashKnown(), intake.FieldRashKnown, "step.skin.rash-known", &a.RashKnown, e)
}

// comfortFields asks how the client lies comfortably on the table.
func (p *intakePage) comfortFields(a *intake.Answers, e kit.Errs) app.UI {
	return kit.Checks(intake.FieldComfort, kit.T("step.preferences.comfort"), hintOf("step.preferences.comfort"),
		kit.Options("comfort", intake.Comforts), func(v string) bool { return a.Needs(intake.Comfort(v)) }, e[intake.FieldComfort],
		func(ctx app.Context, v string) {
			a.Comfort = intake.Toggle(a.Comfort, intake.Comfort(v))
			p.changed(ctx)
		})
}

// holdsEmergency reports whether the emergency interruption waits on step
// for the both-legs follow-up, asked on this page: the only emergency is
// symptoms in both legs, and whether they are new is not answered yet.
func holdsEmergency(a *intake.Answers, step intake.Step) bool {
	return (step == intake.StepSafety || step == intake.StepFeel) && triage.AwaitsLegsFollowUp(a)
}
