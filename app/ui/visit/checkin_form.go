package visit

import (
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fields are the check-in's questions (docs/visit.md, "For the screens"):
// when the visit was and which check-in this is, soreness, water, pain now,
// how the pressure and each technique felt, then anything new: the intake's
// safety questions (ticked = yes), leg spread, sensations and a note.
func (p *checkInPage) fields() app.UI {
	c := &p.c
	return app.Div().Body(
		p.whenField(),
		kit.Radios("stage", kit.T("visitui.checkin.stage"), "", kit.Options("visit.checkin.stage", dv.Stages), string(c.Stage), "",
			func(ctx app.Context, v string) { c.Stage = dv.Stage(v) }),
		kit.Radios("soreness", kit.T(dv.KeySoreness), "", kit.Options("visit.checkin.soreness", dv.Sorenesses), string(c.Soreness), "",
			func(ctx app.Context, v string) { c.Soreness = dv.Soreness(v) }),
		kit.Radios("water", kit.T(dv.KeyWater), "", kit.Options("visit.checkin.water", dv.Waters), string(c.Water), "",
			func(ctx app.Context, v string) { c.Water = dv.Water(v) }),
		scale("pain", kit.T(dv.KeyPain), "", c.Pain, func(v *int) { c.Pain = v }),
		p.visitPain(),
		kit.Radios("pressure", kit.T(dv.KeyPressure), "", kit.Options("visit.checkin.felt", dv.Felts), string(c.Pressure), "",
			func(ctx app.Context, v string) { c.Pressure = dv.Felt(v) }),
		app.If(c.Pressure == dv.FeltRight, func() app.UI {
			return scale("rightlevel", kit.T(dv.KeyRightLevel), "", c.RightLevel, func(v *int) { c.RightLevel = v })
		}),
		p.techniques(),
		app.H2().Text(kit.T(dv.KeyNew)),
		p.safetyQuestions(),
		kit.Radios("spread", kit.T(dv.KeySpread), "", kit.Options("spread", intake.Spreads), string(c.Spread), "",
			func(ctx app.Context, v string) { c.Spread = intake.Spread(v) }),
		kit.Checks("feelings", kit.T(dv.KeyFeelings), kit.T("hint.all-that-apply"), kit.Options("feeling", intake.Feelings),
			func(v string) bool { return kit.Contains(c.Feelings, intake.Feeling(v)) }, "", p.toggleFeeling),
		kit.TextArea("note", kit.T(dv.KeyNote), "", c.Note, "", dv.MaxNoteLen,
			func(ctx app.Context, v string) { c.Note = v }),
	)
}

// whenField asks when the visit started (the device's wall clock).
func (p *checkInPage) whenField() app.UI {
	errKey := ""
	if len(p.errors) > 0 {
		errKey = p.errors[0].Key
	}
	in := app.Input().Type("datetime-local").ID("when").Name("when").Value(p.when).Class("input").
		Aria("describedby", kit.DescribedBy("when", "", errKey)).
		OnInput(kit.On(func(ctx app.Context, e app.Event) { p.when = ctx.JSSrc().Get("value").String() }), app.EventScope("when"))
	if errKey != "" {
		in = in.Aria("invalid", "true")
	}
	return app.Div().Class(kit.FieldClass(errKey)).Body(
		app.Label().For("when").Class("label").Text(kit.T("visitui.checkin.when")),
		kit.FieldError("when", errKey),
		in,
	)
}

// techniques asks how each technique suggested for the client felt.
func (p *checkInPage) techniques() app.UI {
	ts := p.s.outcome.Techniques
	if len(ts) == 0 {
		return nil
	}
	qs := []app.UI{app.H2().Text(kit.T(dv.KeyTechniques))}
	for i, t := range ts {
		if i == dv.MaxTechniques {
			break
		}
		id := t.ID
		field := "tech-" + id
		qs = append(qs, kit.Radios(field, kit.T("technique."+id+".name"), "", kit.Options("visit.checkin.felt", dv.Felts),
			string(p.c.Techniques[id]), "", func(ctx app.Context, v string) {
				if p.c.Techniques == nil {
					p.c.Techniques = map[string]dv.Felt{}
				}
				p.c.Techniques[id] = dv.Felt(v)
			}))
	}
	return app.Div().Body(qs...)
}

// checkInTris are the answers of a safety question, in the intake's order.
var checkInTris = []intake.Tri{intake.No, intake.Yes, intake.Unsure}

// safetyQuestions asks the intake's safety questions again, as the intake
// does: No, Yes or Not sure for each, one row of chips. "Not sure" counts
// as yes, as at the intake (visit.Screen runs the same rules: seed:003, the
// red-flag table of app/triage). A question left unanswered is nothing new.
func (p *checkInPage) safetyQuestions() app.UI {
	qs := []app.UI{app.P().ID("newflags-hint").Class("hint").Text(kit.T("visitui.checkin.flags"))}
	for _, f := range intake.Flags {
		f := f
		key := "flag." + string(f)
		hint := ""
		if kit.Has(key + ".hint") {
			hint = kit.T(key + ".hint")
		}
		qs = append(qs, app.Div().Class("chips chips--3").Body(
			kit.Radios("new-"+intake.FlagField(f), kit.T(key), hint, kit.Options("tri", checkInTris), string(p.c.RedFlags[f]), "",
				func(ctx app.Context, v string) {
					if p.c.RedFlags == nil {
						p.c.RedFlags = map[intake.Flag]intake.Tri{}
					}
					p.c.RedFlags[f] = intake.Tri(v)
				})))
	}
	return app.Div().ID("newflags").Class("question-list").Body(qs...)
}

// visitPain asks the pain just after the massage and, when no rating from
// the week before the visit can stand for it (outcome.Log.PainBefore),
// the pain just before: the journal's chart shows both for each visit.
func (p *checkInPage) visitPain() app.UI {
	askBefore := p.st.Visits.Log.PainBefore(p.when) == nil
	if v, ok := findVisit(p.st.Visits.Log.Visits, p.when); ok && v.PainBefore != nil {
		askBefore = false
	}
	return app.Div().Body(
		scale("pain-after", kit.T(dv.KeyPainAfter), "", p.painAfter, func(v *int) { p.painAfter = v }),
		app.If(askBefore || p.painBefore != nil, func() app.UI {
			return scale("pain-before", kit.T(dv.KeyPainBefore), "", p.painBefore, func(v *int) { p.painBefore = v })
		}),
	)
}

// toggleFeeling adds or removes a new sensation.
func (p *checkInPage) toggleFeeling(ctx app.Context, v string) {
	f := intake.Feeling(v)
	out := p.c.Feelings[:0:0]
	for _, x := range p.c.Feelings {
		if x != f {
			out = append(out, x)
		}
	}
	if len(out) == len(p.c.Feelings) {
		out = append(out, f)
	}
	p.c.Feelings = out
}

// scale is a 0–10 question as one grid of number chips (the intake's
// "scale" layout), not eleven full-width rows.
func scale(field, label, hint string, value *int, set func(*int)) app.UI {
	return app.Div().Class("scale").Body(kit.Radios(field, label, hint, kit.ScaleOptions(10), intText(value), "",
		func(ctx app.Context, v string) { set(intPtr(v)) }))
}

func intText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func intPtr(v string) *int {
	n, err := strconv.Atoi(v)
	if err != nil {
		return nil
	}
	return &n
}
