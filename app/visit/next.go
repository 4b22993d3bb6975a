package visit

import (
	"maps"
	"slices"
	"strings"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

// StartPrefs is where the next pressure walkthrough starts: the
// preferences agreed last time (prev) fitted to the regions chosen now,
// moved by what the last check-in said, then put under today's caps with
// pressure.Apply, so the result never exceeds what today's answers allow.
//
//   - "too much": the preferred level drops by one and the maximum to at
//     most the old preferred level (seed:003: speak up, the therapist
//     adjusts; seed:001: tensing up means too hard);
//   - "right" with a level: that level becomes the preferred one, within
//     the old maximum (a check-in never raises a maximum: only the client,
//     in the walkthrough, can);
//   - "too light": the preferred level rises by one, within the old
//     maximum.
//
// Only regions set last time move; a region chosen for the first time
// starts at pressure.DefaultSetting. With no check-in, prev is used as it is (pressure.Defaults when the
// client never did the walkthrough).
func StartPrefs(prev pressure.Prefs, last *CheckIn, chosen []intake.Region, c pressure.Ceiling) pressure.Prefs {
	p := prev
	p.Regions = nil
	for r, s := range prev.Regions {
		if p.Regions == nil {
			p.Regions = map[intake.Region]pressure.Setting{}
		}
		p.Regions[r] = s
	}
	p.Fit(chosen)
	if last != nil && last.Validate() == nil {
		for r, s := range p.Regions {
			if _, had := prev.Regions[r]; had { // a region new today was not massaged last time
				p.Regions[r] = nudge(s, *last)
			}
		}
	}
	out, _ := pressure.Apply(p, c)
	return out
}

// nudge moves one region's setting by the check-in's pressure answer.
func nudge(s pressure.Setting, c CheckIn) pressure.Setting {
	switch c.Pressure {
	case FeltTooMuch:
		s.Max = min(s.Max, s.Preferred)
		s.Preferred = max(pressure.MinLevel, s.Preferred-1)
	case FeltRight:
		if c.RightLevel != nil {
			s.Preferred = min(pressure.Level(*c.RightLevel), s.Max)
		}
	case FeltTooLight:
		s.Preferred = min(s.Preferred+1, s.Max)
	}
	return s
}

// LastVisitNotes are the "last visit" lines of the therapist summary in
// catalog c (the clinic's language): pain before and after, then the latest
// check-in (soreness, pressure, techniques, what is new, the client's own
// note). None when v has nothing to report.
func LastVisitNotes(v Visit, c *i18n.Catalog) []string {
	var out []string
	day := v.At
	if t, ok := v.Time(); ok {
		day = c.Date(t)
	}
	score := func(p *int) string {
		if p == nil {
			return c.T("visit.last.not-given")
		}
		return c.T("visit.last.score", "n", *p)
	}
	if v.PainBefore != nil || v.PainAfter != nil {
		out = append(out, c.T("visit.last.pain", "date", day, "before", score(v.PainBefore), "after", score(v.PainAfter)))
	}
	ci, ok := v.Latest()
	if !ok {
		return out
	}
	if parts := checkInParts(ci, c); len(parts) > 0 {
		out = append(out, c.T("visit.last.checkin", "stage", c.T(ci.Stage.Key()), "parts", strings.Join(parts, "; ")))
	}
	var news []string
	for _, f := range intake.Flags {
		if ci.RedFlags[f].Positive() {
			news = append(news, c.T("flag."+string(f)+".short")+" ("+c.T("tri."+string(ci.RedFlags[f]))+")")
		}
	}
	if ci.Spread == intake.SpreadOneLeg || ci.Spread == intake.SpreadBoth {
		news = append(news, c.T("spread."+string(ci.Spread)))
	}
	for _, f := range ci.Feelings {
		news = append(news, c.T("feeling."+string(f)))
	}
	if len(news) > 0 {
		out = append(out, c.T("visit.last.new", "list", strings.Join(news, ", ")))
	}
	if ci.Note != "" {
		out = append(out, c.T("visit.last.note", "note", ci.Note))
	}
	return out
}

// checkInParts are a check-in's answers as "soreness: a little sore",
// "pain 3/10", "pressure: too much (4/10 felt right)" and one per
// technique, by its name, in catalog c.
func checkInParts(ci CheckIn, c *i18n.Catalog) []string {
	var parts []string
	if ci.Soreness != "" {
		parts = append(parts, c.T("visit.last.soreness", "value", c.T(ci.Soreness.Key())))
	}
	if ci.Pain != nil {
		parts = append(parts, c.T("visit.last.pain-now", "n", *ci.Pain))
	}
	if ci.Pressure != "" {
		felt := c.T(ci.Pressure.Key())
		if ci.RightLevel != nil {
			parts = append(parts, c.T("visit.last.right-level", "value", felt, "n", *ci.RightLevel))
		} else {
			parts = append(parts, c.T("visit.last.pressure", "value", felt))
		}
	}
	ids := slices.Sorted(maps.Keys(ci.Techniques))
	for _, id := range ids {
		name := id
		if k := "technique." + id + ".name"; c.Has(k) {
			name = c.T(k)
		}
		parts = append(parts, c.T("visit.last.technique", "name", name, "value", c.T(ci.Techniques[id].Key())))
	}
	return parts
}

// NextVisitDays is how many days after a visit the next one is suggested,
// from the frequency suggestion's id (triage.Frequency.ID): the sooner end
// of each range of seed:003's "How often" table, since the client and
// therapist can always space visits out.
//
//	acute        2–3 times a week at first       → 3 days  (seed:003; seed:000 acute flares)
//	chronic      weekly for 4–6 weeks            → 7 days  (seed:003; seed:000 1–2 weeks apart)
//	athlete      weekly during training          → 7 days  (seed:003)
//	stress       every 1–2 weeks                 → 7 days  (seed:003)
//	desk         every 2–3 weeks                 → 14 days (seed:003)
//	maintenance  monthly                         → 28 days (seed:003)
//
// A course followed by a daily-life rhythm ("chronic-then-desk") is spaced
// by its course. It returns 0 for an unknown id or no suggestion (nil: see-doctor and
// emergency tiers have none): then no visit is suggested.
func NextVisitDays(f *triage.Frequency) int {
	if f == nil {
		return 0
	}
	// "<course>-then-<rhythm>": the course comes first, so it sets the
	// next visit (the sooner end of seed:003's table).
	id, _, _ := strings.Cut(f.ID, "-then-")
	return map[string]int{"acute": 3, "chronic": 7, "athlete": 7, "stress": 7, "desk": 14, "maintenance": 28}[id]
}

// NextVisitAt is when the next visit is suggested after a visit at at:
// NextVisitDays later at the same wall-clock time. False when there is no
// suggestion (no frequency, or the see-doctor and emergency tiers).
func NextVisitAt(at time.Time, f *triage.Frequency) (time.Time, bool) {
	days := NextVisitDays(f)
	if days == 0 || at.IsZero() {
		return time.Time{}, false
	}
	return wall(at).AddDate(0, 0, days), true
}
