package pressure

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// ScaleMarkdown renders the pressure scale, its bands, named pressures,
// caps, safety notes, warning signs and technique pressures as Markdown for
// a clinician to review, with the client texts taken from catalog c.
// docs/pressure.md is its output for English; a test keeps the committed
// file up to date.
func ScaleMarkdown(c *i18n.Catalog) []byte {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# Pressure scale\n\n")
	p("<!-- Generated from app/pressure by `go generate ./app/pressure` (or `go test ./app/pressure -update`). Do not edit by hand. -->\n\n")
	p("The 0–10 scale the pressure walkthrough teaches the client before the visit, and the caps the clinical rules put on the\n")
	p("pressure the client may choose. Rendered from the code for clinical review; \"Client reads\" is the English catalog.\n\n")
	p("- The scale rates how the pressure **feels**: 0 = nothing felt, 10 = intolerable; therapeutic work aims for 4–6 (seed:000).\n")
	p("- For each region they chose on the body map, the client sets a **usual** (preferred) and a **strongest** (maximum) level.\n")
	p("- Nobody's choice goes above **%d** (the top of the 4–6 aim), and never above the region's cap below. The app lowers a\n", MaxWork)
	p("  choice above its cap, tells the client why, and the therapist summary shows both.\n")
	p("- New clients start from usual %d, strongest %d (seed:000: aim for 4–6).\n\n", DefaultSetting.Preferred, DefaultSetting.Max)

	p("## Levels\n\n")
	p("| Level | Band | Named pressure | Client reads | The therapist (client reads) | Vibration preview (ms) |\n|---|---|---|---|---|---|\n")
	for _, l := range Levels {
		word := "—"
		if w := l.Word(); w != "" {
			word = fmt.Sprintf("%s (`%s`)", c.T(w.Key()), w)
		}
		p("| %d | %s | %s | %s | %s | %s |\n", l, c.T(l.Band().Key()), word, c.T(l.Key()), c.T(l.ActionKey()), ints(Haptic(l)))
	}

	p("\n## Bands\n\n")
	p("| Band | Levels | Colour token | Client reads | Sources |\n|---|---|---|---|---|\n")
	bandSources := map[Band]string{
		BandCalm:        "seed:000",
		BandTherapeutic: "seed:000 (aim 4–6; FAQ Q2 uncomfortable but tolerable)",
		BandTooMuch:     "practice; seed:001 (tensing or holding the breath = too hard)",
		BandStop:        "practice; seed:000 (stop and reassess)",
	}
	for _, bd := range Bands {
		lo, hi := bd.Range()
		p("| %s | %d–%d | `%s` | %s | %s |\n", c.T(bd.Key()), lo, hi, bd.Token(), c.T(bd.DescKey()), bandSources[bd])
	}

	p("\n## Named pressures\n\n")
	p("The words on the client's screens and the summary. They match the triage ceilings (light = %d, moderate = %d).\n\n", triage.CeilingLight, triage.CeilingModerate)
	p("| Word | Client reads | Levels |\n|---|---|---|\n")
	for _, w := range Words {
		lo, hi := w.Range()
		p("| `%s` | %s | %s |\n", w, c.T(w.Key()), levelRange(lo, hi))
	}

	p("\n## Caps\n\n")
	p("The lowest cap that applies wins. Every client: **%d**, the top of the therapeutic aim (%s). Client reads: %s\n\n", MaxWork, strings.Join(scaleReason.Source, ", "), c.T(scaleReason.Key))
	p("### Whole back, from the triage rules\n\n")
	p("| Rule | Cap | When | Client reads | Sources |\n|---|---|---|---|---|\n")
	for _, r := range triage.Rules {
		if r.Ceiling == 0 {
			continue
		}
		p("| `%s` (%s) | %d (%s) | %s | %s | %s |\n", r.ID, r.Tier, r.Ceiling, Level(r.Ceiling).Word(), r.Describe, c.T(r.ClientKey()), strings.Join(r.Source, ", "))
	}
	p("\nRules of the see-doctor tier cap the visit once a doctor has cleared it; until then there is no massage.\n\n")
	p("### Single regions\n\n")
	p("| Regions | Cap | When | Client reads | Sources |\n|---|---|---|---|---|\n")
	skin := avoidReasons([]string{"triage.avoid.wound"})[0]
	p("| any region marked with a skin issue | 0 (not touched) | a wound, rash, infection, swelling, bruise, varicose veins or injury marked on the body map (rule `skin-local`) | %s | %s |\n", c.T(skin.Key), strings.Join(skin.Source, ", "))
	p("| any region the client asked not to touch | 0 (not touched) | the client's \"do not touch\" list | %s | — |\n", c.T("pressure.cap.avoid-asked"))
	p("| %s | %d (%s) | pregnant or not sure (rule `%s`): no deep work on the legs, clot risk | %s | %s |\n",
		regionNames(c, legs()), triage.CeilingLight, Level(triage.CeilingLight).Word(), legsInPregnancy.Rule, c.T(legsInPregnancy.Key), strings.Join(legsInPregnancy.Source, ", "))

	p("\n## Safety notes (not caps)\n\n")
	p("| Note | Where | Client reads | Sources |\n|---|---|---|---|\n")
	for _, n := range Notes {
		where := "whole back"
		if len(n.Regions) > 0 {
			where = regionNames(c, n.Regions)
		}
		p("| `%s` | %s | %s | %s |\n", n.ID, where, c.T(n.Key()), strings.Join(n.Source, ", "))
	}

	p("\n## Good pain and warning signs\n\n")
	p("| Sign | Client reads | The therapist | Sources |\n|---|---|---|---|\n")
	for _, s := range Signs {
		p("| `%s` | %s | %s | %s |\n", s.ID, c.T(s.Key()), c.T(s.Action.Key()), strings.Join(s.Source, ", "))
	}

	p("\n## Techniques and their usual pressure\n\n")
	p("Triage chooses the techniques; the guide shows their usual pressure, and a gentler version (or leaves one out) when it\n")
	p("is above the client's cap. Words from seed:003; trigger point held about 30 s (seed:001).\n\n")
	p("| Technique | Client name | Usual levels | Usual pressure | Held |\n|---|---|---|---|---|\n")
	ids := make([]string, 0, len(usual))
	for id := range usual {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t := newTechnique(id, triage.Band{})
		held := "—"
		switch {
		case t.HoldSeconds > 0:
			held = fmt.Sprintf("about %d s", t.HoldSeconds)
		case t.Sustained:
			held = "sustained"
		}
		p("| `%s` | %s | %d–%d | %s | %s |\n", id, c.T(t.NameKey()), t.Usual.Min, t.Usual.Max, c.T(t.Usual.Key(), "from", c.T(t.Usual.From.Key()), "to", c.T(t.Usual.To.Key())), held)
	}

	p("\n## Speaking up\n\n")
	p("- Stop signal: \"%s\" (the default word is \"%s\"; or the client's own word, up to %d letters) or \"%s\".\n",
		c.T(SignalWord.Key()), c.T(DefaultWordKey), MaxStopWordLen, c.T(SignalHand.Key()))
	var freq []string
	for _, f := range CheckIns {
		freq = append(freq, "\""+c.T(f.Key())+"\"")
	}
	p("- Check-ins (seed:001: \"Is this okay?\", \"Too much?\"): %s.\n", strings.Join(freq, ", "))

	p("\n## Sources\n\n")
	all := map[string]string{}
	for id, s := range triage.Sources {
		all[id] = s
	}
	for id, s := range Sources {
		all[id] = s
	}
	keys := make([]string, 0, len(all))
	for id := range all {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		p("- `%s`: %s\n", id, all[id])
	}
	return b.Bytes()
}

func legs() []intake.Region {
	var out []intake.Region
	for _, r := range intake.Regions {
		if r.IsLeg() {
			out = append(out, r)
		}
	}
	return out
}

func regionNames(c *i18n.Catalog, rs []intake.Region) string {
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = c.T(r.MsgKey())
	}
	return strings.Join(names, "; ")
}

func levelRange(lo, hi Level) string {
	if lo == hi {
		return fmt.Sprint(lo)
	}
	return fmt.Sprintf("%d–%d", lo, hi)
}

func ints(xs []int) string {
	if len(xs) == 0 {
		return "—"
	}
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}
