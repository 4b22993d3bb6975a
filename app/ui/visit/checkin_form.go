package visit

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The check-in's questions (docs/visit.md, "For the screens"), one page
// each: how it went (when the visit was, which check-in this is,
// soreness, water, pain now, pain just after and just before the
// massage), the intake's safety questions again, new leg pain, sensations
// and a note, then how the pressure and each technique felt.

// newFlagsField is the safety pages' "Nothing new" box, which the error
// summary links to.
const newFlagsField = "newflags"

// howFields is the first page: how the back is since the massage.
func (p *checkInPage) howFields() app.UI {
	c := p.d.CheckIn
	return el.Div().Body(
		p.whenField(),
		kit.Radios("stage", kit.T("visitui.checkin.stage"), "", kit.Options("visit.checkin.stage", dv.Stages), string(c.Stage), "",
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Stage = dv.Stage(v) }) }),
		kit.Radios("soreness", kit.T(dv.KeySoreness), "", kit.Options("visit.checkin.soreness", dv.Sorenesses), string(c.Soreness), "",
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Soreness = dv.Soreness(v) }) }),
		kit.Radios("water", kit.T(dv.KeyWater), "", kit.Options("visit.checkin.water", dv.Waters), string(c.Water), "",
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Water = dv.Water(v) }) }),
		scale("pain", kit.T(dv.KeyPain), "", c.Pain, func(v *int) { p.edit(func(d *dv.Draft) { d.CheckIn.Pain = v }) }),
		p.visitPain(),
	)
}

// whenField asks when the visit started (the device's wall clock).
func (p *checkInPage) whenField() app.UI {
	errKey := kit.ToErrs(p.errors)["when"]
	in := el.Input().Attr("type", "datetime-local").ID("when").Attr("name", "when").Attr("value", p.d.At).Class("input").
		Aria("describedby", kit.DescribedBy("when", "", errKey)).
		OnInput(kit.On(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.edit(func(d *dv.Draft) { d.At = v })
		}), app.EventScope("when"))
	if errKey != "" {
		in = in.Aria("invalid", "true")
	}
	return el.Div().Class(kit.FieldClass(errKey)).Body(
		el.Label().Attr("for", "when").Class("label").Text(kit.T("visitui.checkin.when")),
		kit.FieldError("when", errKey),
		in,
	)
}

// visitPain asks the pain just after the massage and, when no rating from
// the week before the visit can stand for it (outcome.Log.PainBefore),
// the pain just before: the journal's chart shows both for each visit.
func (p *checkInPage) visitPain() app.UI {
	askBefore := p.st.Visits.Log.PainBefore(p.d.At) == nil
	if v, ok := findVisit(p.st.Visits.Log.Visits, p.d.At); ok && v.PainBefore != nil {
		askBefore = false
	}
	return el.Div().Body(
		scale("pain-after", kit.T(dv.KeyPainAfter), "", p.d.PainAfter, func(v *int) { p.edit(func(d *dv.Draft) { d.PainAfter = v }) }),
		app.If(askBefore || p.d.PainBefore != nil, func() app.UI {
			return scale("pain-before", kit.T(dv.KeyPainBefore), "", p.d.PainBefore, func(v *int) { p.edit(func(d *dv.Draft) { d.PainBefore = v }) })
		}),
	)
}

// flagFields is one of the two safety pages: the intake's questions on
// that page, as the intake asks them (issue 17): "tick what applies", Yes
// and Not sure one tap each, and "Nothing new", which the client ticks on
// purpose. "Not sure" counts as yes, as at the intake (visit.Screen runs
// the same rules: seed:003, the red-flag table of app/triage).
func (p *checkInPage) flagFields() app.UI {
	flags := p.flags
	c := p.d.CheckIn
	items := make([]kit.TickItem, len(flags))
	for i, f := range flags {
		key := "flag." + string(f)
		items[i] = kit.TickItem{Key: string(f), Field: "new-" + intake.FlagField(f), Label: kit.T(key)}
		if kit.Has(key + ".hint") {
			items[i].Hint = kit.T(key + ".hint")
		}
	}
	hint := "" // said once, on the first safety page (the second is kept short)
	if p.page == 1 {
		hint = kit.T("visitui.checkin.safety.hint")
	}
	return kit.TickList(newFlagsField, kit.T("visitui.checkin.safety.legend"), hint, items,
		kit.Options("tri", []intake.Tri{intake.Yes, intake.Unsure}),
		func(item, box string) bool { return string(c.RedFlags[intake.Flag(item)]) == box },
		kit.T("visitui.checkin.none"), c.FlagsNone(flags), kit.ToErrs(p.errors)[newFlagsField],
		func(ctx app.Context, item, box string) {
			p.edit(func(d *dv.Draft) { d.CheckIn.TickFlag(intake.Flag(item), intake.Tri(box)) })
			p.clearFlagError()
		},
		func(ctx app.Context) {
			p.edit(func(d *dv.Draft) { d.CheckIn.NothingNew(flags) })
			p.clearFlagError()
		})
}

// clearFlagError takes the page's error away once it is answered.
func (p *checkInPage) clearFlagError() {
	if len(p.errors) > 0 && p.d.CheckIn.FlagsAnswered(p.flags) {
		p.errors = nil
	}
}

// newFields asks what else is new: pain spreading into a leg, new
// sensations, and anything in the client's words.
func (p *checkInPage) newFields() app.UI {
	c := p.d.CheckIn
	return el.Div().Body(
		kit.Radios("spread", kit.T(dv.KeySpread), "", kit.Options("spread", intake.Spreads), string(c.Spread), "",
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Spread = intake.Spread(v) }) }),
		kit.Checks("feelings", kit.T(dv.KeyFeelings), kit.T("hint.all-that-apply"), kit.Options("feeling", intake.Feelings),
			func(v string) bool { return kit.Contains(c.Feelings, intake.Feeling(v)) }, "", p.toggleFeeling),
		kit.TextArea("note", kit.T(dv.KeyNote), "", c.Note, "", dv.MaxNoteLen,
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Note = v }) }),
	)
}

// massageFields asks how the pressure and each technique felt.
func (p *checkInPage) massageFields() app.UI {
	c := p.d.CheckIn
	return el.Div().Body(
		kit.Radios("pressure", kit.T(dv.KeyPressure), "", kit.Options("visit.checkin.felt", dv.Felts), string(c.Pressure), "",
			func(ctx app.Context, v string) { p.edit(func(d *dv.Draft) { d.CheckIn.Pressure = dv.Felt(v) }) }),
		// The level's slot is always there, so "Just right" chosen by
		// keyboard keeps its focus when the level appears under it.
		el.Div().Body(app.If(c.Pressure == dv.FeltRight, func() app.UI {
			return scale("rightlevel", kit.T(dv.KeyRightLevel), "", c.RightLevel,
				func(v *int) { p.edit(func(d *dv.Draft) { d.CheckIn.RightLevel = v }) })
		})),
		p.techniques(),
	)
}

// techniques asks how each technique suggested for the client felt.
func (p *checkInPage) techniques() app.UI {
	ts := p.s.outcome.Techniques
	if len(ts) == 0 {
		return nil
	}
	qs := []app.UI{el.H2().Text(kit.T(dv.KeyTechniques))}
	for i, t := range ts {
		if i == dv.MaxTechniques {
			break
		}
		id := t.ID
		field := "tech-" + id
		qs = append(qs, kit.Radios(field, kit.T("technique."+id+".name"), "", kit.Options("visit.checkin.felt", dv.Felts),
			string(p.d.CheckIn.Techniques[id]), "", func(ctx app.Context, v string) {
				p.edit(func(d *dv.Draft) {
					if d.CheckIn.Techniques == nil {
						d.CheckIn.Techniques = map[string]dv.Felt{}
					}
					d.CheckIn.Techniques[id] = dv.Felt(v)
				})
			}))
	}
	return el.Div().Body(qs...)
}

// toggleFeeling adds or removes a new sensation.
func (p *checkInPage) toggleFeeling(ctx app.Context, v string) {
	f := intake.Feeling(v)
	p.edit(func(d *dv.Draft) {
		out := d.CheckIn.Feelings[:0:0]
		for _, x := range d.CheckIn.Feelings {
			if x != f {
				out = append(out, x)
			}
		}
		if len(out) == len(d.CheckIn.Feelings) {
			out = append(out, f)
		}
		d.CheckIn.Feelings = out
	})
}

// scale is a 0–10 question as one grid of number chips (the intake's
// "scale" layout), not eleven full-width rows.
func scale(field, label, hint string, value *int, set func(*int)) app.UI {
	return el.Div().Class("scale").Body(kit.Radios(field, label, hint, kit.ScaleOptions(10), intText(value), "",
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
