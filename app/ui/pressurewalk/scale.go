package pressurewalk

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/pressure"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen 1: what the numbers mean. An explorer for the 0–10 scale: a native
// slider (keyboard arrows, Home/End and screen readers work as everywhere)
// with large Less and More buttons, and a card that says what the level
// feels like, its band by name (colour is never the only cue) and what the
// therapist does there. The card is a live region, so every change is read
// out. Where the phone can vibrate, each change plays the level's pattern.

func (p *pressurePage) scaleScreen() app.UI {
	set := func(ctx app.Context, l pressure.Level) {
		l = max(pressure.MinLevel, min(l, pressure.MaxLevel))
		if l == p.level {
			return
		}
		p.level = l
		previewLevel(p.st.Pressure.Prefs, l)
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.scale.lead")),
		el.P().Text(kit.T("pressure.walk.scale.aim")),
		levelControl(levelSpec{
			id: "scale-slider", label: kit.T("pressure.walk.scale.try"), hint: kit.T("pressure.walk.scale.try.hint"),
			value: p.level, max: pressure.MaxLevel, banded: true,
			lessName: kit.T("pressure.walk.less"), moreName: kit.T("pressure.walk.more"),
		}, set),
		levelCard(p.level),
		bandList(p.level),
		p.hapticsSetting(),
	)
}

// levelSpec describes one level control.
type levelSpec struct {
	id, label, hint string
	labelledBy      string // extra ids naming the control (a region's legend), or ""
	value, max      pressure.Level
	banded          bool   // colour the track by band (the full 0–10 scale)
	lessName        string // accessible names of the buttons
	moreName        string
	status          app.UI // what the control reads out under it
}

// levelControl is a slider from 0 to max with − and + buttons under it.
// The buttons stay focusable at the ends (aria-disabled, not disabled), so
// keyboard focus is never lost.
func levelControl(s levelSpec, set func(ctx app.Context, l pressure.Level)) app.UI {
	valueText := kit.T("pressure.walk.valuetext", "n", int(s.value), "text", kit.T(s.value.Key()))
	slider := el.Input().Attr("type", "range").ID(s.id).Attr("name", s.id).Class("level-slider").
		Attr("min", 0).Attr("max", int(s.max)).Attr("step", 1).Attr("value", strconv.Itoa(int(s.value))).
		Aria("valuetext", valueText).
		OnInput(kit.On(func(ctx app.Context, e app.Event) {
			n, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
			if err != nil {
				return
			}
			set(ctx, pressure.Level(n))
		}), app.EventScope(s.id))
	if s.banded {
		slider = slider.Class("level-slider--bands")
	}
	describedBy := ""
	if s.hint != "" {
		describedBy = s.id + "-hint"
	}
	if describedBy != "" {
		slider = slider.Aria("describedby", describedBy)
	}
	if s.labelledBy != "" {
		slider = slider.Aria("labelledby", s.id+"-label "+s.labelledBy)
	}
	// The buttons show "− Less" and "+ More"; their accessible names say
	// what they change ("Less: Usual pressure, Neck") and start with the
	// visible word (WCAG 2.5.3).
	step := func(cls, glyph, text, name string, delta pressure.Level, atEnd bool) app.UI {
		b := el.Button().Attr("type", "button").ID(s.id+"-"+cls).Class("step-button step-button--"+cls).
			Aria("label", name).
			OnClick(kit.On(func(ctx app.Context, e app.Event) {
				set(ctx, s.value+delta)
			}), app.EventScope(s.id+"-"+cls+"-"+strconv.Itoa(int(s.value)))) // the closure captures s.value
		if atEnd {
			b = b.Aria("disabled", "true")
		}
		return b.Body(
			el.Span().Class("step-glyph").Aria("hidden", "true").Text(glyph),
			el.Span().Class("step-text").Aria("hidden", "true").Text(text),
		)
	}
	ticks := make([]app.UI, 0, int(s.max)+1)
	for l := pressure.MinLevel; l <= s.max; l++ {
		ticks = append(ticks, el.Span().Class("tick").Text(strconv.Itoa(int(l))))
	}
	return el.Div().Class("level-control").Body(
		el.Label().ID(s.id+"-label").Attr("for", s.id).Class("label").Text(s.label),
		app.If(s.hint != "", func() app.UI { return el.P().ID(s.id + "-hint").Class("hint").Text(s.hint) }),
		el.Div().Class("level-track").Body(
			slider,
			el.Div().Class("ticks").Aria("hidden", "true").Body(ticks...),
		),
		el.Div().Class("level-steps").Body(
			step("less", "−", kit.T("pressure.walk.less"), s.lessName, -1, s.value <= pressure.MinLevel),
			step("more", "+", kit.T("pressure.walk.more"), s.moreName, +1, s.value >= s.max),
		),
		s.status,
	)
}

// levelCard says what a level feels like, its band and what the therapist
// does. It is a polite live region: each change is read out once.
func levelCard(l pressure.Level) app.UI {
	b := l.Band()
	return el.Div().ID("scale-live").Class("level-card band--"+b.Token()).
		Role("status").Aria("live", "polite").Aria("atomic", "true").Body(
		el.P().Class("level-card-head").Body(
			el.Span().ID("scale-number").Class("level-number").Text(strconv.Itoa(int(l))),
			el.Span().ID("scale-band").Class("band-name").Text(kit.T(b.Key())),
		),
		el.P().ID("scale-feel").Class("level-feel").Text(kit.T(l.Key())),
		el.P().ID("scale-action").Class("level-action").Body(
			el.Span().Class("level-action-label").Text(kit.T("pressure.walk.scale.therapist")+" "),
			app.Text(kit.T(l.ActionKey())),
		),
	)
}

// bandList shows the four bands with their numbers, names and meaning, and
// marks the band of the current level in words.
func bandList(current pressure.Level) app.UI {
	items := make([]app.UI, 0, len(pressure.Bands))
	for _, b := range pressure.Bands {
		lo, hi := b.Range()
		here := current.Band() == b
		cls := "band-item band--" + b.Token()
		if here {
			cls += " band-item--here"
		}
		items = append(items, el.Li().Class(cls).Body(
			el.P().Class("band-item-head").Body(
				el.Span().Class("band-range").Text(kit.T("pressure.walk.band.range", "from", int(lo), "to", int(hi))),
				el.Span().Class("band-name").Text(kit.T(b.Key())),
				app.If(here, func() app.UI {
					return el.Span().Class("band-here").Text(kit.T("pressure.walk.band.here"))
				}),
			),
			el.P().Class("band-desc").Text(kit.T(b.DescKey())),
		))
	}
	return el.Section().Class("bands").Aria("labelledby", "bands-title").Body(
		el.H2().ID("bands-title").Text(kit.T("pressure.walk.bands.title")),
		el.Ul().ID("band-list").Class("band-list").Body(items...),
	)
}

// hapticsSetting lets the client turn the vibration preview off. It shows
// only where the phone can vibrate; under reduced motion it says why it is
// off.
func (p *pressurePage) hapticsSetting() app.UI {
	if !p.haptics {
		return nil
	}
	if p.reduced {
		return el.P().ID("haptics-reduced").Class("hint").Text(kit.T("pressure.walk.haptics.reduced"))
	}
	return kit.Checks("haptics", kit.T("pressure.walk.haptics.legend"), "",
		[]kit.Option{{Value: "on", Label: kit.T("pressure.walk.haptics.on")}},
		func(string) bool { return p.st.Pressure.Prefs.HapticsOn() }, "",
		func(ctx app.Context, v string) {
			p.st.Pressure.Prefs.HapticsOff = !p.st.Pressure.Prefs.HapticsOff
			p.st.Pressure.Save()
			if p.st.Pressure.Prefs.HapticsOn() {
				previewLevel(p.st.Pressure.Prefs, p.level)
			}
		})
}
