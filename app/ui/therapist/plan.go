package therapist

import (
	"kneadform/app/ui/el"
	"strings"

	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// therapistPlan: the client's goals, the techniques the rules suggest
// (already under the pressure limit, each with the fired rules' limits), the
// techniques the fired rules left out and why, and how often to come with
// every reason.
func therapistPlan(a *intake.Answers, o triage.Outcome) app.UI {
	goals := make([]string, len(a.Goals))
	for i, g := range a.Goals {
		goals[i] = kit.T("goal." + string(g))
	}
	rows := []app.UI{tRow(kit.T("handoff.therapist.goals"), el.Span().ID("t-goals").Text(joinOr(goals, kit.T("answer.none"))))}
	if len(o.Techniques) > 0 {
		items := make([]app.UI, len(o.Techniques))
		for i, tq := range o.Techniques {
			items[i] = techniqueItem(tq)
		}
		rows = append(rows, tRow(kit.T("handoff.therapist.techniques"), el.Ul().ID("t-techniques").Class("t-bullets").Body(items...)))
	}
	if len(o.Dropped) > 0 {
		rows = append(rows, tRow(kit.T("handoff.therapist.dropped"), el.Span().ID("t-dropped").Class("t-meta t-inline").Text(droppedText(o.Dropped))))
	}
	if f := o.Frequency; f != nil {
		rows = append(rows, tRow(kit.T("handoff.therapist.frequency"),
			el.Span().ID("t-frequency").Text(kit.T(f.ClientKey)),
			el.Span().ID("t-frequency-why").Class("t-meta t-inline").Text(" "+frequencyWhy(f)),
		))
	}
	return tCard("t-plan", kit.T("handoff.therapist.plan"), tList(rows...))
}

// techniqueItem is one suggested technique: its name and pressure band, how
// to apply it, and each fired rule's limit on it ("Limit (disc): …").
func techniqueItem(tq triage.Technique) app.UI {
	head := kit.T("handoff.therapist.technique", "name", kit.T("technique."+tq.ID+".name"),
		"min", tq.Pressure.Min, "max", tq.Pressure.Max)
	note := inClinicLanguage(tq.NoteKey, tq.Note)
	if tq.AfterClearance {
		note = strings.TrimSpace(note + " " + kit.T("handoff.therapist.after-clearance"))
	}
	body := []app.UI{
		el.Span().Class("t-technique").Text(head),
		app.If(note != "", func() app.UI { return el.Span().Class("t-meta").Text(" " + note) }),
	}
	for _, l := range tq.Limits {
		text := l.Note
		if kit.Has(l.Key) {
			text = kit.T(l.Key)
		}
		body = append(body, el.Span().Class("t-limit").DataSet("rule", l.Rule).
			Text(" "+kit.T("handoff.therapist.technique-limit", "rule", l.Rule, "note", text)))
	}
	return el.Li().DataSet("technique", tq.ID).Body(body...)
}

// droppedText lists, on one line, the techniques the guide suggested but
// fired rules excluded or the pressure limit ruled out, those left out for
// the same reason together: "Deep tissue massage, Trigger point pressure
// (osteoporosis, bleeding-risk); Thai-style stretching (osteoporosis)".
func droppedText(ds []triage.Dropped) string {
	type group struct {
		key, rules string
		names      []string
	}
	var groups []*group
	byReason := map[string]*group{}
	for _, d := range ds {
		g := &group{key: "handoff.therapist.dropped-rules", rules: strings.Join(d.Rules, ", ")}
		if !d.Excluded() {
			g.key = "handoff.therapist.dropped-ceiling"
		}
		if seen, ok := byReason[g.key+"|"+g.rules]; ok {
			g = seen
		} else {
			byReason[g.key+"|"+g.rules] = g
			groups = append(groups, g)
		}
		g.names = append(g.names, kit.T("technique."+d.ID+".name"))
	}
	items := make([]string, len(groups))
	for i, g := range groups {
		items[i] = kit.T(g.key, "name", strings.Join(g.names, ", "), "rules", g.rules)
	}
	return strings.Join(items, "; ")
}

// frequencyWhy gives every row that shaped the visit frequency, in table
// order (the course, then the rhythm), and the rows that matched but did
// not set it: "Why: pain for 6 weeks or more, then desk work (also:
// relaxation …)".
func frequencyWhy(f *triage.Frequency) string {
	var set, also []string
	for _, r := range f.Rows {
		why := kit.T("handoff.therapist.frequency-row." + r.ID)
		if r.Role == triage.RoleAlso {
			also = append(also, why)
		} else {
			set = append(set, why)
		}
	}
	why := strings.Join(set, ", ")
	if len(set) == 2 { // the course, then the rhythm
		why = kit.T("handoff.therapist.frequency-then", "first", set[0], "then", set[1])
	}
	s := kit.T("handoff.therapist.frequency-why", "why", why)
	if len(also) > 0 {
		s += " " + kit.T("handoff.therapist.frequency-also", "rows", strings.Join(also, ", "))
	}
	return s
}
