package pressurewalk

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen 4: a usual and a strongest pressure for every region the client
// chose on the body map. The screen first says what the most for them is,
// and why, in plain words (pressure.Cap). Each slider stops at its region's
// cap, so no choice can go above it; settings saved before a cap applied
// are lowered by pressure.Apply and listed with why. A region that must not
// be touched gets no controls, only the reason.

func (p *pressurePage) regionsScreen() app.UI {
	chosen := p.chosen()
	if len(chosen) == 0 {
		return el.Div().Body(
			el.P().Class("lead").Text(kit.T("pressure.walk.regions.none")),
			el.A().Class("button button--secondary").Attr("href", kit.StepURL(intake.StepWhere)).Text(kit.T("pressure.walk.regions.choose")),
		)
	}
	rows := []app.UI{}
	for _, r := range intake.Regions {
		if kit.Contains(chosen, r) {
			rows = append(rows, p.regionSetting(r))
		}
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.regions.lead")),
		capPanel(p.ceiling),
		p.adjustedList(),
		el.Div().Class("region-settings").Body(rows...),
	)
}

// reasonItems lists the client texts of reasons, each once.
func reasonItems(rs []pressure.Reason) []app.UI {
	seen := map[string]bool{}
	items := []app.UI{}
	for _, r := range rs {
		if !seen[r.Key] {
			seen[r.Key] = true
			items = append(items, el.Li().Text(kit.T(r.Key)))
		}
	}
	return items
}

// capPanel says the most pressure the client may have, and why.
func capPanel(c pressure.Ceiling) app.UI {
	return el.Section().ID("cap").Class("panel cap-panel").Aria("labelledby", "cap-title").Body(
		el.H2().ID("cap-title").Text(kit.T("pressure.walk.cap.title")),
		el.P().ID("cap-level").Class("cap-level").Text(kit.LevelText(c.Global)),
		el.P().Class("cap-why").Text(kit.T("pressure.walk.cap.why")),
		el.Ul().ID("cap-reasons").Class("bullets").Body(reasonItems(c.Reasons)...),
	)
}

// adjustedList tells the client which saved numbers were lowered to fit.
func (p *pressurePage) adjustedList() app.UI {
	if len(p.adjusted) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(p.adjusted))
	for _, a := range p.adjusted {
		key := "pressure.walk.adjusted.strongest"
		if a.Field == pressure.PreferredField(a.Region) {
			key = "pressure.walk.adjusted.usual"
		}
		items = append(items, el.Li().Text(kit.T(key,
			"region", kit.T(a.Region.MsgKey()), "from", int(a.From), "to", int(a.To))))
	}
	return el.Div().ID("adjusted").Class("notice").Role("status").Body(
		el.P().Class("notice-title").Text(kit.T("pressure.walk.adjusted.title")),
		el.Ul().Class("bullets").Body(items...),
	)
}

// regionSetting is one region's pair of controls, or why it is not touched.
func (p *pressurePage) regionSetting(r intake.Region) app.UI {
	limit, why := p.ceiling.For(r)
	name := kit.T(r.MsgKey())
	legendID := "legend-" + string(r)
	own := false
	for _, rc := range p.ceiling.Regions {
		own = own || rc.Region == r
	}
	head := []app.UI{
		el.Legend().ID(legendID).Class("legend region-name").Text(name),
	}
	if limit <= pressure.MinLevel {
		return el.FieldSet().ID("region-" + string(r)).Class("field region-setting region-setting--avoid").Body(append(head,
			el.P().Class("region-cap").Text(kit.T("pressure.walk.region.avoid")),
			el.Ul().Class("bullets").Body(reasonItems(why)...),
		)...)
	}
	head = append(head, el.P().ID("cap-"+string(r)).Class("hint region-cap").Text(kit.T("pressure.walk.region.cap", "level", kit.LevelText(limit))))
	if own {
		head = append(head, el.Ul().Class("bullets region-why").Body(reasonItems(why)...))
	}
	s := p.st.Pressure.Prefs.Regions[r]
	control := func(field, label string, value pressure.Level, set func(l pressure.Level)) app.UI {
		status := []app.UI{app.Text(kit.T("pressure.walk.valuetext", "n", int(value), "text", kit.T(value.Key())))}
		if p.atCap == field {
			status = append(status, el.Span().Class("at-cap").Text(" "+kit.T("pressure.walk.at-cap", "level", kit.LevelText(limit))))
		}
		return levelControl(levelSpec{
			id: field, label: label, labelledBy: legendID,
			value: value, max: limit,
			lessName: kit.T("pressure.walk.less.for", "what", label, "region", name),
			moreName: kit.T("pressure.walk.more.for", "what", label, "region", name),
			status:   el.P().ID(field+"-status").Class("level-status").Aria("live", "polite").Body(status...),
		}, func(ctx app.Context, l pressure.Level) {
			// Read the cap and the current level now: go-app may keep
			// this closure from an earlier render (same EventScope).
			limit, _ := p.ceiling.For(r)
			p.atCap = ""
			if l > limit {
				p.atCap = field // + at the cap: say why nothing happened
				return
			}
			if l < pressure.MinLevel {
				return
			}
			set(l)
			p.st.Pressure.Prefs, _ = pressure.Apply(p.st.Pressure.Prefs, p.ceiling)
			previewLevel(p.st.Pressure.Prefs, l)
			p.changed()
		})
	}
	return el.FieldSet().ID("region-" + string(r)).Class("field region-setting").Body(append(head,
		control(pressure.PreferredField(r), kit.T("pressure.walk.usual"), s.Preferred, func(l pressure.Level) {
			set := p.st.Pressure.Prefs.Regions[r]
			set.Preferred = l
			set.Max = max(set.Max, l) // the strongest is never below the usual
			p.st.Pressure.Prefs.Regions[r] = set
		}),
		control(pressure.MaxField(r), kit.T("pressure.walk.strongest"), s.Max, func(l pressure.Level) {
			set := p.st.Pressure.Prefs.Regions[r]
			set.Max = l
			set.Preferred = min(set.Preferred, l)
			p.st.Pressure.Prefs.Regions[r] = set
		}),
	)...)
}
