package questions

import (
	"kneadform/app/ui/el"
	"strings"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Areas to focus on or avoid, asked once: the step starts from "where does
// it hurt" (issue 17). The body map shows the earlier choices (a dotted
// outline and the pain number) and cycles an area through focus, avoid and
// neither; under it, the focus question lists only the areas that hurt, and
// every other area (to focus on or to avoid) waits behind a closed
// disclosure, so the 13-area list is not shown again and a client with
// nothing to add taps nothing.

// areasFields: regions to focus on and to avoid.
func (p *intakePage) areasFields(a *intake.Answers, e kit.Errs) app.UI {
	hurts := a.Regions
	others := make([]intake.Region, 0, len(intake.Regions))
	for _, r := range intake.Regions {
		if !a.HasRegion(r) {
			others = append(others, r)
		}
	}
	focus := func(ctx app.Context, v string) { p.toggleArea(ctx, a, intake.Region(v), "focus") }
	isFocus := func(v string) bool { return kit.Contains(a.Focus, intake.Region(v)) }
	avoid := func(ctx app.Context, v string) { p.toggleArea(ctx, a, intake.Region(v), "avoid") }
	return el.Div().Class("where").Body(
		kit.BodyMap("bodymap-areas", kit.T("step.areas.map"), areaState(a), kit.PainLabel(a), func(ctx app.Context, r intake.Region) {
			switch {
			case kit.Contains(a.Focus, r):
				p.setArea(ctx, a, r, "avoid")
			case kit.Contains(a.Avoid, r):
				p.setArea(ctx, a, r, "")
			default:
				p.setArea(ctx, a, r, "focus")
			}
		}),
		app.If(len(hurts) > 0, func() app.UI {
			return kit.Checks("focus", kit.T("step.areas.focus"), kit.T("step.areas.focus.from-where"), kit.Options("region", hurts),
				isFocus, e["focus"], focus)
		}),
		more("focus-more", kit.T("step.areas.focus.other"), chosen(a.Focus, others),
			kit.Checks("focus-other", kit.T("step.areas.focus.other.legend"), kit.T("hint.all-that-apply"),
				kit.Options("region", others), isFocus, "", focus)),
		p.skinFields(a, e),
		more("avoid-more", kit.T("step.areas.avoid"), chosen(a.Avoid, intake.Regions),
			kit.Checks("avoid", kit.T("step.areas.avoid.legend"), kit.T("hint.all-that-apply"),
				kit.RegionOptions(), func(v string) bool { return kit.Contains(a.Avoid, intake.Region(v)) }, e["avoid"], avoid)),
	)
}

// setArea sets r's state to "focus", "avoid" or neither (""): an area is
// never both, so choosing one takes it out of the other.
func (p *intakePage) setArea(ctx app.Context, a *intake.Answers, r intake.Region, to string) {
	a.Focus = without(a.Focus, r)
	a.Avoid = without(a.Avoid, r)
	switch to {
	case "focus":
		a.Focus = append(a.Focus, r)
	case "avoid":
		a.Avoid = append(a.Avoid, r)
	}
	p.changed(ctx)
}

// toggleArea is a checkbox's change: on (to focus or avoid) or off.
func (p *intakePage) toggleArea(ctx app.Context, a *intake.Answers, r intake.Region, to string) {
	list := a.Focus
	if to == "avoid" {
		list = a.Avoid
	}
	if kit.Contains(list, r) {
		to = ""
	}
	p.setArea(ctx, a, r, to)
}

func without(rs []intake.Region, r intake.Region) []intake.Region {
	if !kit.Contains(rs, r) {
		return rs
	}
	return intake.Toggle(rs, r)
}

// areaState marks, on the areas step's map, what the client chose: to avoid
// (here or on the skin step), to focus on, or only that it hurts.
func areaState(a *intake.Answers) func(intake.Region) string {
	return func(r intake.Region) string {
		_, skin := a.Skin[r]
		switch {
		case kit.Contains(a.Avoid, r):
			return "avoid"
		case kit.Contains(a.Focus, r):
			return "focus"
		case skin:
			return "skin"
		case a.HasRegion(r):
			return "hurt"
		}
		return ""
	}
}

// more is a closed disclosure whose summary names what is chosen inside, so
// a choice made earlier stays visible while the list is folded away.
func more(id, summary, picked string, body app.UI) app.UI {
	return el.Details().ID(id).Class("more").Body(
		el.Summary().Body(
			el.Span().Class("more-title").Text(summary),
			app.If(picked != "", func() app.UI {
				return el.Span().ID(id + "-chosen").Class("more-chosen").Text(kit.T("step.areas.chosen", "areas", picked))
			}),
		),
		body,
	)
}

// chosen names the regions of picked that are among in, in body-map order.
func chosen(picked, in []intake.Region) string {
	var names []string
	for _, r := range in {
		if kit.Contains(picked, r) {
			names = append(names, kit.T(r.MsgKey()))
		}
	}
	return strings.Join(names, ", ")
}
