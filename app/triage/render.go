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
func RulesMarkdown(c *i18n.Catalog, examples ...Example) []byte {
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
	p("- Areas to avoid: every region marked with a skin issue on the body map, where an operation in the past year was, plus the client's own \"do not touch\" list.\n")
	p("- Each rule lists the techniques it **excludes** (left out of the guide) or **limits** (kept, with the limit on the therapist summary), each with its sources. The guide honours every fired rule (tested over generated clients).\n")
	p("- Follow-up questions are optional, and an unanswered one reads the conservative way: symptoms in both legs stay an emergency unless the client says they are long-standing and known; night pain stays a red flag unless it eases with a change of position; a rash postpones unless it is a known non-contagious condition; a disc, stenosis or recent operation counts as not checked by a doctor.\n")
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
	p("Each matching row suggests its techniques; with none, Swedish is the gentle default. A technique a fired rule excludes, or whose lowest pressure is above the ceiling, is dropped with the rule and its sources (deep tissue and trigger point are replaced by myofascial release); one whose highest pressure is above the ceiling is softened to it; a fired rule's limits are attached to the technique. No rule excludes Swedish.\n\n")
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
	p("Every matching row counts, by its reason: a clinical course (acute or chronic pain) comes first, then the ongoing rhythm, the most frequent daily-life row that matches (athlete, then stress, then desk work). Monthly maintenance applies only when nothing else matches; a course alone keeps its own taper. The outcome lists every matching row with its role (course, rhythm, or also matched) and reason. The client's summary shows the frequency with one reason per row that shaped it (the course, then the rhythm: `WhyKeys`); the therapist summary shows every row, the ones that set the frequency and the ones that also matched.\n\n")
	p("| Row | When | The client reads | Why, for the client | Sources |\n|---|---|---|---|---|\n")
	for _, f := range frequencyTable {
		p("| `%s` | %s | %s | %s | %s |\n", f.id, f.describe, c.T("frequency."+f.id), c.T("frequency.why."+f.id), strings.Join(f.source, ", "))
	}
	p("\nCombined: ")
	var combos []string
	for _, id := range frequencyIDs() {
		if strings.Contains(id, "-then-") {
			combos = append(combos, fmt.Sprintf("`%s`: %s", id, c.T("frequency."+id)))
		}
	}
	p("%s\n", strings.Join(combos, "; "))
	renderExamples(&b, c, examples)

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
	for _, x := range r.Excludes {
		if x.Limit == "" {
			p("- **Excludes:** `%s` (%s)\n", x.Technique, strings.Join(x.Source, ", "))
		} else {
			p("- **Limits:** `%s`: %s (%s)\n", x.Technique, x.Limit, strings.Join(x.Source, ", "))
		}
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
