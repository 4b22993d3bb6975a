package triage

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"kneadform/app/i18n"
)

// tierHeadings are the clinician-facing section titles, most urgent first.
var tierHeadings = map[Tier]string{
	Emergency: "Emergency: call the emergency number now, no massage",
	SeeDoctor: "See a doctor first: no massage until cleared",
	Postpone:  "Postpone: reschedule",
	Cautions:  "Proceed with cautions: massage, adapted",
}

// RulesMarkdown renders the rule table, the technique decision guide and the
// visit-frequency table as Markdown for a clinician to review, with the
// client texts taken from catalog c. docs/clinical-rules.md is its output
// for English; a test keeps the committed file up to date.
func RulesMarkdown(c *i18n.Catalog) []byte {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Clinical rules\n\n")
	p("<!-- Generated from app/triage by `go generate ./app/triage` (or `go test ./app/triage -update`). Do not edit by hand. -->\n\n")
	p("This is the rule table the app uses to screen a client's intake answers, rendered from the code for clinical review.\n")
	p("Each rule has a stable id, a tier, the condition, the note for the therapist, what the client reads, and its sources.\n\n")
	p("- The overall tier is the most urgent tier of any rule that fires; with no rule it is **proceed**.\n")
	p("- \"Not sure\" on any safety question counts as **yes**.\n")
	p("- Adding a red-flag answer, a condition, a nerve-type feeling or a wider spread of pain never lowers the tier (tested).\n")
	p("- Age is never a rule on its own; it only adds weight to another finding (`fracture-risk`).\n")
	p("- Pressure ceilings use the 0–10 scale of the pressure walkthrough: light = %d, moderate = %d, none = %d. The lowest ceiling of the fired rules applies.\n", CeilingLight, CeilingModerate, NoCeiling)
	p("- Areas to avoid: every region marked with a skin issue on the body map, plus the client's own \"do not touch\" list.\n")
	p("- Techniques and visit frequency are suggested only for the proceed, cautions and postpone tiers.\n\n")
	p("%d rules: ", len(Rules))
	var counts []string
	for _, t := range Tiers[:4] {
		n := 0
		for _, r := range Rules {
			if r.Tier == t {
				n++
			}
		}
		counts = append(counts, fmt.Sprintf("%d %s", n, t))
	}
	p("%s.\n", strings.Join(counts, ", "))

	for _, t := range Tiers[:4] {
		p("\n## %s\n\n", tierHeadings[t])
		p("Tier id `%s`. The client reads: **%s** %s\n", t, c.T(t.MsgKey()+".title"), c.T(t.MsgKey()+".body"))
		for _, r := range Rules {
			if r.Tier == t {
				renderRule(&b, c, r)
			}
		}
	}

	p("\n## Techniques (seed:000 decision guide)\n\n")
	p("Each matching row suggests its techniques; with none, Swedish is the gentle default. A technique whose lowest pressure is above the ceiling is dropped (deep tissue and trigger point are replaced by myofascial release); one whose highest pressure is above it is softened to the ceiling.\n\n")
	p("| When | Suggests |\n|---|---|\n")
	for _, row := range decisionGuide {
		p("| %s | %s |\n", row.describe, codes(row.techniques))
	}
	p("\n| Technique | Client name | Pressure | How | Sources |\n|---|---|---|---|---|\n")
	for _, t := range techniqueTable {
		how := t.note
		if t.afterClearance {
			how += " After medical clearance only."
		}
		p("| `%s` | %s | %d–%d | %s | %s |\n", t.id, c.T("technique."+t.id+".name"), t.band.Min, t.band.Max, how, strings.Join(t.source, ", "))
	}

	p("\n## Visit frequency (seed:003 table, seed:000)\n\n")
	p("The first matching row wins: the clinical need first, then the client's daily life, then maintenance.\n\n")
	p("| Id | When | The client reads | Sources |\n|---|---|---|---|\n")
	for _, f := range frequencyTable {
		p("| `%s` | %s | %s | %s |\n", f.id, f.describe, c.T("frequency."+f.id), strings.Join(f.source, ", "))
	}

	p("\n## Sources\n\n")
	ids := make([]string, 0, len(Sources))
	for id := range Sources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		p("- `%s`: %s\n", id, Sources[id])
	}
	return b.Bytes()
}

func renderRule(b *bytes.Buffer, c *i18n.Catalog, r Rule) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("\n### `%s`\n\n", r.ID)
	p("- **When:** %s\n", r.Describe)
	p("- **Therapist:** %s\n", r.Therapist)
	p("- **Client reads:** %s\n", c.T(r.ClientKey()))
	if k := r.DoctorKey(); k != "" {
		p("- **Tell the doctor:** \"%s\"\n", c.T(k))
	}
	switch r.Ceiling {
	case CeilingLight:
		p("- **Pressure ceiling:** %d (light)\n", r.Ceiling)
	case CeilingModerate:
		p("- **Pressure ceiling:** %d (moderate)\n", r.Ceiling)
	}
	if r.Position != "" {
		p("- **Positioning:** %s Client reads: %s\n", r.Position, c.T(r.PositionKey()))
	}
	if r.Oil != "" {
		p("- **Oils and products:** %s Client reads: %s\n", r.Oil, c.T(r.OilKey()))
	}
	if r.Avoid != nil {
		p("- **Avoid:** the regions marked on the body map\n")
	}
	p("- **Sources:** %s\n", strings.Join(r.Source, ", "))
}

func codes(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "`" + x + "`"
	}
	return strings.Join(out, ", ")
}
