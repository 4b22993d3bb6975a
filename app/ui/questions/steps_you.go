package questions

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dailyFields: what the client does most days.
func (p *intakePage) dailyFields(a *intake.Answers, e kit.Errs) app.UI {
	return kit.Checks("daily", kit.T("step.daily.legend"), kit.T("hint.all-that-apply"), kit.Options("daily", intake.Activities),
		func(v string) bool { return a.Does(intake.Activity(v)) }, e["daily"],
		func(ctx app.Context, v string) { a.Daily = intake.Toggle(a.Daily, intake.Activity(v)); p.changed(ctx) })
}

func (p *intakePage) aboutFields(a *intake.Answers, e kit.Errs) app.UI {
	// No name here: it is asked once, typed as the signature at the end
	// (intake.Answers.CallName), so a client who stops early leaves none.
	return el.Div().Body(
		kit.Radios(intake.FieldAgeBand, kit.T("step.about.age"), "", kit.Options("age", intake.AgeBands),
			string(a.AgeBand), e[intake.FieldAgeBand],
			func(ctx app.Context, v string) { a.AgeBand = intake.AgeBand(v); p.changed(ctx) }),
	)
}

// weeksField asks how many weeks pregnant, under the pregnancy row of the
// safety list once the answer is Yes (the GOV.UK conditional reveal).
func (p *intakePage) weeksField(a *intake.Answers, e kit.Errs) app.UI {
	val := ""
	if a.PregnancyWeeks > 0 {
		val = strconv.Itoa(a.PregnancyWeeks)
	}
	key := e[intake.FieldWeeks]
	in := el.Input().Attr("type", "text").ID(intake.FieldWeeks).Attr("name", intake.FieldWeeks).Attr("value", val).
		Attr("inputmode", "numeric").Attr("pattern", "[0-9]*").Attr("maxlength", 2).Class("input input--short").
		Aria("describedby", kit.DescribedBy(intake.FieldWeeks, "x", key)).
		OnInput(kit.On(func(ctx app.Context, ev app.Event) {
			n, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
			if err != nil {
				n = 0
			}
			a.PregnancyWeeks = n
			p.st.Session.Save()
		}), app.EventScope(intake.FieldWeeks))
	return el.Div().Class("conditional "+kit.FieldClass(key)).Body(
		el.Label().Attr("for", intake.FieldWeeks).Class("label").Text(kit.T("step.pregnancy.weeks")),
		el.P().ID(intake.FieldWeeks+"-hint").Class("hint").Text(kit.T("step.pregnancy.weeks.hint")),
		kit.FieldError(intake.FieldWeeks, key),
		in,
	)
}

// safetyFields is one of the two safety pages: a "tick what applies" list
// (issue 17). Every question is on screen; "Yes" and "Not sure" are one tap
// each, as before, and change the answers at once, so an emergency still
// interrupts on that tap (changed); the page's button, "None of these
// apply to me" while nothing is ticked, answers the rest and goes on.
func (p *intakePage) safetyFields(a *intake.Answers, e kit.Errs) app.UI {
	flags := intake.SafetyFlags(p.step)
	items := make([]kit.TickItem, len(flags))
	for i, f := range flags {
		var extra app.UI
		switch f { // follow-ups directly under the question they follow up
		case intake.FlagBothLegs:
			extra = p.legsFollowUp(a, e)
		case intake.FlagNight:
			extra = p.nightFollowUp(a, e)
		}
		items[i] = kit.TickItem{Key: string(f), Field: intake.FlagField(f), Label: kit.T("flag." + string(f)),
			Hint: hintOf("flag." + string(f)), Extra: extra}
	}
	if a.AsksPregnancy(p.step) { // a row of the list, last (flow3)
		var weeks app.UI
		if a.Pregnant == intake.Yes {
			weeks = p.weeksField(a, e)
		}
		items = append(items, kit.TickItem{Key: pregnantRow, Field: intake.FieldPregnant, Label: kit.T("step.pregnancy.legend"),
			Hint: kit.T("step.pregnancy.hint"), Extra: weeks})
	}
	step := p.step
	return kit.TickList(intake.FieldFlags, kit.T("step.safety.legend"), kit.T("step.safety.hint"), items,
		kit.Options("tri", []intake.Tri{intake.Yes, intake.Unsure}),
		func(item, box string) bool {
			if item == pregnantRow {
				return string(a.Pregnant) == box
			}
			return string(a.Flag(intake.Flag(item))) == box
		},
		kit.T("step.safety.none"), a.FlagsNone(step), e[intake.FieldFlags],
		func(ctx app.Context, item, box string) {
			if item == pregnantRow {
				a.TickPregnant(intake.Tri(box))
			} else {
				a.TickFlag(intake.Flag(item), intake.Tri(box))
			}
			p.changed(ctx)
		},
		p.noneBox(func(ctx app.Context) { a.NoFlags(step); p.changed(ctx) }))
}

// noneBox is a tick list's "None of these" box, or nil where the page's
// button says it (intake.NoneSubmits: continueLabel, next).
func (p *intakePage) noneBox(none func(ctx app.Context)) func(ctx app.Context) {
	if intake.NoneSubmits(p.step) {
		return nil
	}
	return none
}

// pregnantRow is the pregnancy row's key in the safety list (no flag has it).
const pregnantRow = "pregnant"

// hintOf returns the catalog text of key+".hint", or "" when there is none.
func hintOf(key string) string {
	if kit.Has(key + ".hint") {
		return kit.T(key + ".hint")
	}
	return ""
}
