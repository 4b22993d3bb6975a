package triage

import (
	"bytes"
	"fmt"
	"strings"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// Example is a documented example intake (docs/examples/<Name>.json) with
// the explanation of its expected outcome, rendered into the clinician doc.
type Example struct {
	Name    string
	Why     string // why the outcome is what it is (English)
	Answers *intake.Answers
}

// renderExamples writes, for each example, the outcome Evaluate gives now
// (a test also checks it against docs/examples/<name>.expected.json) and why.
func renderExamples(b *bytes.Buffer, c *i18n.Catalog, examples []Example) {
	if len(examples) == 0 {
		return
	}
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("\n## Examples (docs/examples)\n\n")
	p("Each example intake is screened by `kneadform screen` in the tests; the outcome below is computed from the rule table.\n")
	for _, ex := range examples {
		o := Evaluate(ex.Answers)
		p("\n### `%s`\n\n", ex.Name)
		p("%s\n\n", ex.Why)
		fired := make([]string, len(o.Fired))
		for i, f := range o.Fired {
			fired[i] = f.ID
		}
		p("- **Tier:** %s; **fired:** %s\n", o.Tier, orNone(codes(fired)))
		if o.PressureCeiling < NoCeiling {
			p("- **Pressure ceiling:** %d (%s)\n", o.PressureCeiling, strings.Join(o.CeilingReasons, ", "))
		}
		var avoid []string
		for _, ar := range o.Avoid {
			avoid = append(avoid, string(ar.Region))
		}
		if len(avoid) > 0 {
			p("- **Avoid:** %s\n", strings.Join(avoid, ", "))
		}
		if len(o.Techniques) > 0 {
			var ts []string
			for _, t := range o.Techniques {
				s := fmt.Sprintf("`%s` %d–%d", t.ID, t.Pressure.Min, t.Pressure.Max)
				for _, l := range t.Limits {
					s += fmt.Sprintf(" (limit, %s: %s)", l.Rule, l.Note)
				}
				ts = append(ts, s)
			}
			p("- **Techniques:** %s\n", strings.Join(ts, "; "))
		}
		for _, d := range o.Dropped {
			p("- **Left out:** `%s`: %s\n", d.ID, d.Reason)
		}
		if f := o.Frequency; f != nil {
			p("- **Visit frequency:** `%s`, %s\n", f.ID, c.T(f.ClientKey))
			rows := make([]string, len(f.Rows))
			for i, r := range f.Rows {
				rows[i] = fmt.Sprintf("`%s` (%s): %s", r.ID, r.Role, r.Reason)
			}
			p("  - **Rows:** %s\n", strings.Join(rows, "; "))
			why := make([]string, len(f.WhyKeys))
			for i, k := range f.WhyKeys {
				why[i] = "\"" + c.T(k) + "\""
			}
			p("  - **The client reads why:** %s\n", strings.Join(why, " "))
		}
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
