package handoff

import (
	"strconv"
	"strings"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/triage"
)

// Text returns the plain-text summary for a messaging app, the clipboard
// and `kneadform open`: the tier, why, the cautions (areas to avoid,
// pressure ceiling, positioning, oils), suggested techniques and visit
// frequency, then every answer (app/summary's rows, so it always agrees
// with "check your answers") and the consent. Client-facing texts come
// from catalog c; the therapist notes are English, as in the rule table.
// Lines are plain: no Markdown, no HTML, nothing a messaging app could
// turn into a link except what the client typed.
func Text(a *intake.Answers, o triage.Outcome, c *i18n.Catalog) string {
	if a == nil {
		a = &intake.Answers{}
	}
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line(c.T("handoff.text.title"))
	if name := a.CallName(); name != "" {
		line(c.T("handoff.text.client", "name", name))
	}
	line(c.T("handoff.text.result", "tier", c.T(o.Tier.MsgKey()+".title"), "id", o.Tier.String()))

	if len(o.Fired) > 0 {
		line("")
		line(c.T("handoff.text.why"))
		for _, f := range o.Fired {
			line("- " + c.T(f.ClientKey))
			line("  " + c.T("handoff.text.therapist-note", "note", f.Therapist, "rule", f.ID))
		}
	}
	cautions := cautionLines(o, c)
	if len(cautions) > 0 {
		line("")
		for _, s := range cautions {
			line(s)
		}
	}
	for _, s := range summary.Sections(a, c) {
		line("")
		line("== " + s.Title + " ==")
		for _, r := range s.Rows {
			line(r.Label + ": " + r.Value)
		}
	}
	line("")
	if a.Consent {
		line(c.T("handoff.text.consent", "name", strings.TrimSpace(a.ConsentName), "time", a.ConsentAt))
	} else {
		line(c.T("handoff.text.no-consent"))
	}
	return b.String()
}

// cautionLines are the session adaptations of o, one line each.
func cautionLines(o triage.Outcome, c *i18n.Catalog) []string {
	var out []string
	if len(o.Avoid) > 0 {
		parts := make([]string, len(o.Avoid))
		for i, area := range o.Avoid {
			why := make([]string, len(area.Reasons))
			for j, k := range area.Reasons {
				why[j] = c.T(k)
			}
			parts[i] = c.T(area.Region.MsgKey()) + " (" + strings.Join(why, "; ") + ")"
		}
		out = append(out, c.T("handoff.text.avoid", "areas", strings.Join(parts, ", ")))
	}
	if o.PressureCeiling < triage.NoCeiling {
		out = append(out, c.T("handoff.text.ceiling", "n", strconv.Itoa(o.PressureCeiling), "rules", strings.Join(o.CeilingReasons, ", ")))
	}
	for _, n := range o.Positioning {
		out = append(out, c.T("handoff.text.positioning", "text", c.T(n.Key)))
	}
	for _, n := range o.OilNotes {
		out = append(out, c.T("handoff.text.oils", "text", c.T(n.Key)))
	}
	if len(o.Techniques) > 0 {
		names := make([]string, len(o.Techniques))
		for i, t := range o.Techniques {
			names[i] = c.T("technique."+t.ID+".name") + " (" + strconv.Itoa(t.Pressure.Min) + "–" + strconv.Itoa(t.Pressure.Max) + ")"
		}
		out = append(out, c.T("handoff.text.techniques", "list", strings.Join(names, ", ")))
	}
	if o.Frequency != nil {
		out = append(out, c.T("handoff.text.frequency", "text", c.T(o.Frequency.ClientKey)))
	}
	return out
}

// PayloadText is the whole plain-text hand-off of p: Text, then the
// pressure choices (PressureText) and the version 3 fields (ExtrasText:
// language, activities, last visit) when p has them. The share page's
// "Copy as text" and `kneadform open` both print it, so a text hand-off
// says everything the encrypted one carries.
func PayloadText(p Payload, o triage.Outcome, c *i18n.Catalog) string {
	out := Text(&p.Answers, o, c)
	if p.Prefs != nil {
		out += "\n" + PressureText(*p.Prefs, &p.Answers, o, c)
	}
	if x := ExtrasText(p, c); x != "" {
		out += "\n" + x
	}
	return out
}
