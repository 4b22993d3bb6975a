package routine

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"kneadform/app/i18n"
)

// LibraryMarkdown renders the exercise library, the contraindications and
// how Generate chooses, as Markdown for a clinician to review, with the
// client texts from catalog c. docs/self-care.md is its output for English;
// a test keeps the committed file up to date.
func LibraryMarkdown(c *i18n.Catalog) []byte {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Self-care library\n\n")
	p("<!-- Generated from app/routine by `go generate ./app/routine` (or `go test ./app/routine -update`). Do not edit by hand. -->\n\n")
	p("The exercises and habits the app can suggest between visits, rendered from the code (`app/routine/library.go`, `contra.go`) for clinical review.\n\n")
	p("## How a routine is chosen\n\n")
	p("- Emergency, see-a-doctor and postpone outcomes (app/triage) get **no exercises and no habits**, only advice. Everyone else gets a routine.\n")
	p("- An item is **never** suggested while one of its contraindications applies (\"exclude\"); a \"gentle\" one keeps the item and adds the caution the client reads. The app says which items were left out and why.\n")
	p("- Items are scored by what they share with the answers: a chosen or focus region +%d, one of seed:000's five-minute core moves +%d, each daily activity +%d, each goal +%d, each \"makes it worse\" answer +%d (morning stiffness counts as mornings; training in the last 48 h counts as training).\n", weightRegion, weightCore, weightDaily, weightGoal, weightWorse)
	p("- Best score first (ties in table order) while the exercises fit in %d minutes, at most %d ball or roller items a day. Once %d minutes are reached only scores of %d or more are added; below %d minutes, other safe items fill up. A client with few safe items gets a shorter routine, never an unsafe one.\n", MaxSeconds/60, MaxRelease, MinSeconds/60, strongScore, MinSeconds/60)
	p("- Order: warm-up → release → mobility → activation; habits are listed apart and not timed.\n")
	p("- Time per item = %d s to get set + for each rep (per side when marked) the hold (a breath counts %d s) + %d s to move, + %d s rest between sets. The starting dose is timed; \"→\" is what the client may build up to (NHS Inform: add 1–2 reps every few days; stop if symptoms worsen).\n", SetupSeconds, SecondsPerBreath, MoveSeconds, RestSeconds)
	p("- Nothing rolls or presses on the lumbar spine, and nothing is done face-down (both tested). Later pregnancy means week %d or later, or an unknown week.\n", LaterPregnancyWeek)
	p("- A dose marked *ours* has no external source: it is Kneadform's starting dose, for your review.\n\n")

	p("## Library\n\n%d items.\n\n", len(Library))
	p("| Item | Kind | Phase | Position | Dose | Time | Regions | Contraindications | Sources |\n|---|---|---|---|---|---|---|---|---|\n")
	for i := range Library {
		it := &Library[i]
		pos := string(it.Position)
		if pos == "" {
			pos = "—"
		}
		time := "—"
		if s := it.Dose.Seconds(); s > 0 {
			time = fmt.Sprintf("%d s", s)
		}
		var contras []string
		for _, k := range it.Contra {
			contras = append(contras, fmt.Sprintf("`%s` (%s)", k.ID, k.Effect))
		}
		p("| `%s` %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", it.ID, c.T(it.NameKey()), it.Kind, it.Phase, pos,
			doseText(it.Dose), time, list(strs(it.Regions)), list(contras), strings.Join(it.Source, ", "))
	}

	for i := range Library {
		it := &Library[i]
		p("\n### `%s`: %s\n\n", it.ID, c.T(it.NameKey()))
		p("![%s](../web/exercises/%s.svg)\n\n", c.T(it.NameKey()), it.ID)
		for n, k := range it.StepKeys() {
			p("%d. %s\n", n+1, c.T(k))
		}
		p("\n- **Safety:** %s\n", c.T(it.SafetyKey()))
		p("- **Dose:** %s\n", doseText(it.Dose))
		var suits []string
		if it.Core {
			suits = append(suits, "core five minutes")
		}
		if it.Always {
			suits = append(suits, "every routine")
		}
		suits = append(suits, strs(it.Goals)...)
		suits = append(suits, strs(it.Daily)...)
		for _, w := range it.Worse {
			suits = append(suits, "worse "+string(w))
		}
		p("- **Suits:** %s\n", list(suits))
		for _, k := range it.Contra {
			p("- **%s `%s`:** %s Client reads: \"%s\"\n", effectTitle[k.Effect], k.ID, k.Describe, c.T(k.Key()))
		}
	}

	p("\n## Contraindications\n\n")
	p("| Id | Effect | When | Items | Sources |\n|---|---|---|---|---|\n")
	for _, k := range Contras {
		var items []string
		for i := range Library {
			if contains(Library[i].Contra, k) {
				items = append(items, "`"+Library[i].ID+"`")
			}
		}
		p("| `%s` | %s | %s | %s | %s |\n", k.ID, k.Effect, k.Describe, list(items), strings.Join(k.Source, ", "))
	}

	p("\n## Sources\n\n")
	seen := map[string]bool{}
	for i := range Library {
		for _, s := range append(append([]string{Library[i].Dose.Source}, Library[i].Source...), contraSources(&Library[i])...) {
			seen[s] = s != ""
		}
	}
	ids := make([]string, 0, len(seen))
	for id, ok := range seen {
		if ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		p("- `%s`: %s\n", id, SourceText(id))
	}
	p("\nVisit frequency comes from app/triage (docs/clinical-rules.md, \"Visit frequency\"); %d triage rules feed the contraindications above.\n", len(triageRuleIDs))
	return b.Bytes()
}

var effectTitle = map[Effect]string{Exclude: "Exclude", Gentle: "Gentle"}

func contraSources(it *Item) []string {
	var out []string
	for _, k := range it.Contra {
		out = append(out, k.Source...)
	}
	return out
}

func doseText(d Dose) string {
	s := d.String()
	switch {
	case s == "—":
		return s
	case d.Source == "":
		return s + " (*ours*)"
	}
	return s + " (" + d.Source + ")"
}

func list(xs []string) string {
	if len(xs) == 0 {
		return "—"
	}
	return strings.Join(xs, ", ")
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
