package handoff

import (
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/visit"
)

// Version 3 of the answers format (issue 14) appends, after the follow-ups
// of version 2, what the device knows besides the intake: the language the
// client answered in, the functional scale (app/outcome) with each
// activity's first score, and the last visit with its latest after-visit
// check-in (app/visit). A version 1 or 2 hand-off has none of them.

// The value lists version 3 added, frozen like the version 1 tables
// (TestTablesMatchIntake compares them with app/visit and app/triage).
var (
	v3Sorenesses = []string{"none", "mild", "strong", "worse"}
	v3Waters     = []string{"plenty", "some", "little"}
	v3Felts      = []string{"too-light", "right", "too-much"}
	v3Stages     = []string{"24h", "48h"}
	v3Techniques = []string{"swedish", "mobility", "deep-tissue", "trigger-point", "scapular-release", "glute-release",
		"myofascial", "mobilization", "thai-stretch", "thoracic-mobilization"}
)

// MaxLangLen bounds the language tag ("es", "pt-BR").
const MaxLangLen = 12

// langTag reports whether s is a language tag of the form
// ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$ ("es", "pt-BR"), without regexp, which
// the wasm does not link (docs/performance.md).
func langTag(s string) bool {
	primary, region, dash := strings.Cut(s, "-")
	if len(primary) < 2 || len(primary) > 3 || !allBytes(primary, func(c byte) bool { return 'a' <= c && c <= 'z' }) {
		return false
	}
	if !dash {
		return true
	}
	return len(region) >= 2 && len(region) <= 8 && allBytes(region, func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	})
}

// allBytes reports whether every byte of s satisfies ok.
func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// ValidLang reports whether s is a language tag a hand-off may carry ("" is
// "not said").
func ValidLang(s string) bool { return s == "" || (len(s) <= MaxLangLen && langTag(s)) }

// atEpoch is where a visit's time counts its minutes from.
var atEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// cleanExtras returns p's version 3 fields as Encode writes them: an
// invalid language is dropped; the activities are cut to valid, distinct
// names (outcome.FitName, outcome.PSFS.Clean) with scores 0–10; the last
// visit keeps only its latest check-in, cleaned (visit.Visit.Clean), and
// is dropped when its time is not valid.
func cleanExtras(p *Payload) {
	if !ValidLang(p.Lang) {
		p.Lang = ""
	}
	var kept []outcome.Tracked
	var names outcome.PSFS
	for _, t := range p.Progress {
		t.Name = outcome.FitName(intake.CleanText(t.Name, false))
		candidate := append(append(outcome.PSFS(nil), names...), outcome.Activity{Name: t.Name, Score: t.Score})
		if len(kept) == outcome.MaxActivities || candidate.Validate() != nil ||
			(t.First != nil && (*t.First < 0 || *t.First > outcome.MaxScore)) {
			continue
		}
		if t.First != nil {
			f := *t.First
			t.First = &f
		}
		names, kept = candidate, append(kept, t)
	}
	p.Progress = kept
	if p.LastVisit == nil {
		return
	}
	v := *p.LastVisit
	if c, ok := v.Latest(); ok {
		c.Techniques, c.RedFlags = cloneMap(c.Techniques), cloneMap(c.RedFlags)
		c.Feelings = append([]intake.Feeling(nil), c.Feelings...)
		c.Note = intake.CleanText(c.Note, true)
		v.CheckIns = []visit.CheckIn{c}
	}
	v.Clean()
	t, ok := v.Time()
	if !ok || t.Before(atEpoch) {
		p.LastVisit = nil
		return
	}
	p.LastVisit = &v
}

// putExtras writes p's version 3 fields (already cleaned).
func putExtras(e *encoder, text *[]byte, p *Payload) {
	w := e.w
	putString(text, p.Lang)
	w.write(uint(len(p.Progress)), 2)
	for _, t := range p.Progress {
		w.write(uint(t.Score), width(v1MaxLevel))
		putLevel(w, t.First)
		putString(text, t.Name)
	}
	w.bit(p.LastVisit != nil)
	if p.LastVisit == nil {
		return
	}
	v := p.LastVisit
	at, _ := v.Time()
	*text = binary.AppendVarint(*text, int64(at.Sub(atEpoch)/time.Minute))
	putLevel(w, v.PainBefore)
	putLevel(w, v.PainAfter)
	c, ok := v.Latest()
	w.bit(ok)
	if !ok {
		return
	}
	w.write(uint(indexOf(v3Stages, c.Stage)), 1)
	one(e, v3Sorenesses, c.Soreness)
	one(e, v3Waters, c.Water)
	putLevel(w, c.Pain)
	one(e, v3Felts, c.Pressure)
	putLevel(w, c.RightLevel)
	for id := range c.Techniques {
		e.index(v3Techniques, id) // an id the table lacks fails the encoding
	}
	for _, id := range v3Techniques {
		one(e, v3Felts, c.Techniques[id])
	}
	for _, f := range v1Flags {
		one(e, v1Tris, c.RedFlags[intake.Flag(f)])
	}
	one(e, v1Spreads, c.Spread)
	list(e, v1Feelings, c.Feelings)
	putString(text, c.Note)
}

// putLevel writes an optional 0–10 value: a presence bit, then 4 bits.
func putLevel(w *bitWriter, n *int) {
	w.bit(n != nil)
	if n != nil {
		w.write(uint(*n), width(v1MaxLevel))
	}
}

// level reads what putLevel wrote.
func (d *decoder) level(field string) *int {
	if !d.bits.bit() {
		return nil
	}
	n := int(d.bits.read(width(v1MaxLevel)))
	if n > v1MaxLevel {
		d.fail("%s is %d", field, n)
	}
	return &n
}

// extras reads what putExtras wrote; check, after the text section,
// refuses what cleanExtras would change.
func (d *decoder) extras(p *Payload) {
	d.text(&p.Lang, "lang", MaxLangLen)
	p.Progress = make([]outcome.Tracked, d.bits.read(2))
	for i := range p.Progress {
		t := &p.Progress[i]
		if t.Score = int(d.bits.read(width(v1MaxLevel))); t.Score > v1MaxLevel {
			d.fail("activity score %d", t.Score)
		}
		t.First = d.level("activity first score")
		d.text(&t.Name, "activity", outcome.MaxNameLen)
	}
	if len(p.Progress) == 0 {
		p.Progress = nil
	}
	if !d.bits.bit() {
		return
	}
	v := &visit.Visit{}
	p.LastVisit = v
	d.texts = append(d.texts, textField{dst: &v.At, name: "visit time", minutes: true})
	v.PainBefore = d.level("painBefore")
	v.PainAfter = d.level("painAfter")
	if !d.bits.bit() {
		return
	}
	c := visit.CheckIn{Stage: visit.Stage(v3Stages[d.bits.read(1)])}
	c.Soreness = getOne[visit.Soreness](d, v3Sorenesses, "soreness")
	c.Water = getOne[visit.Water](d, v3Waters, "water")
	c.Pain = d.level("check-in pain")
	c.Pressure = getOne[visit.Felt](d, v3Felts, "pressure")
	c.RightLevel = d.level("rightLevel")
	for _, id := range v3Techniques {
		if f := getOne[visit.Felt](d, v3Felts, "techniques"); f != "" {
			c.Techniques = put(c.Techniques, id, f)
		}
	}
	for _, f := range v1Flags {
		if t := getOne[intake.Tri](d, v1Tris, "check-in redFlags"); t != "" {
			c.RedFlags = put(c.RedFlags, intake.Flag(f), t)
		}
	}
	c.Spread = getOne[intake.Spread](d, v1Spreads, "check-in spread")
	c.Feelings = getList[intake.Feeling](d, v1Feelings, "check-in feelings")
	v.CheckIns = []visit.CheckIn{c}
	d.text(&v.CheckIns[0].Note, "check-in note", visit.MaxNoteLen)
}

// minutesAt reads a visit time written as minutes since atEpoch.
func minutesAt(text []byte) (string, int) {
	m, n := binary.Varint(text)
	if n <= 0 || m < 0 || m > 200*366*24*60 {
		return "", 0
	}
	return atEpoch.Add(time.Duration(m) * time.Minute).Format(visit.AtLayout), n
}

// checkExtras refuses version 3 fields that Encode would not write.
func checkExtras(p Payload) error {
	q := p
	cleanExtras(&q)
	switch {
	case q.Lang != p.Lang:
		return fmt.Errorf("%w: language %q", ErrMalformed, p.Lang)
	case len(q.Progress) != len(p.Progress):
		return fmt.Errorf("%w: %d of %d activities are not allowed", ErrMalformed, len(p.Progress)-len(q.Progress), len(p.Progress))
	case (q.LastVisit == nil) != (p.LastVisit == nil):
		return fmt.Errorf("%w: the last visit's time is not allowed", ErrMalformed)
	}
	for i := range p.Progress {
		if q.Progress[i].Name != p.Progress[i].Name {
			return fmt.Errorf("%w: activity %q is not allowed", ErrMalformed, p.Progress[i].Name)
		}
	}
	if p.LastVisit != nil {
		if err := p.LastVisit.Validate(); err != nil {
			return fmt.Errorf("%w: %v", ErrMalformed, err)
		}
		if c, _ := q.LastVisit.Latest(); len(p.LastVisit.CheckIns) == 1 && c.Note != p.LastVisit.CheckIns[0].Note {
			return fmt.Errorf("%w: the check-in note is not allowed", ErrMalformed)
		}
	}
	return nil
}

// ExtrasText is the plain text of p's version 3 fields for `kneadform
// open`, in catalog c: the language the client answered in, the
// functional scale (latest and first scores) and the last visit's notes
// (visit.LastVisitNotes, English like every therapist note). Empty when
// p has none of them.
func ExtrasText(p Payload, c *i18n.Catalog) string {
	var b strings.Builder
	if p.Lang != "" {
		name := p.Lang
		if c.Has("lang.in." + p.Lang) {
			name = c.T("lang.in." + p.Lang)
		}
		b.WriteString(c.T("lang.client", "language", name) + "\n")
	}
	if len(p.Progress) > 0 {
		b.WriteString("\n" + c.T("handoff.therapist.activities") + "\n")
		for _, a := range p.Progress {
			line := c.T("handoff.therapist.activity", "name", a.Name, "score", a.Score)
			if a.First != nil {
				line = c.T("handoff.therapist.activity-first", "name", a.Name, "score", a.Score, "first", *a.First)
			}
			b.WriteString("- " + line + "\n")
		}
	}
	if p.LastVisit != nil {
		if notes := visit.LastVisitNotes(*p.LastVisit, c); len(notes) > 0 {
			b.WriteString("\n" + c.T("handoff.therapist.last-visit") + "\n")
			for _, n := range notes {
				b.WriteString("- " + n + "\n")
			}
		}
	}
	return b.String()
}
