package visit

import (
	"fmt"
	"slices"
	"strings"
	"time"

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

// LastVisitNotes are the "last visit" lines of the therapist summary, in
// English like every therapist note: pain before and after, then the
// latest check-in (soreness, pressure, techniques, what is new). None when
// v has nothing to report.
func LastVisitNotes(v Visit) []string {
	var out []string
	day := v.At
	if t, ok := v.Time(); ok {
		day = t.Format("2 Jan 2006")
	}
	if v.PainBefore != nil || v.PainAfter != nil {
		out = append(out, fmt.Sprintf("Last visit %s: pain %s before, %s after.", day, painText(v.PainBefore), painText(v.PainAfter)))
	}
	c, ok := v.Latest()
	if !ok {
		return out
	}
	var parts []string
	if c.Soreness != "" {
		parts = append(parts, "soreness "+string(c.Soreness))
	}
	if c.Pain != nil {
		parts = append(parts, fmt.Sprintf("pain %d/10", *c.Pain))
	}
	if c.Pressure != "" {
		s := "pressure felt " + strings.ReplaceAll(string(c.Pressure), "-", " ")
		if c.RightLevel != nil {
			s += fmt.Sprintf(" (%d/10 felt right)", *c.RightLevel)
		}
		parts = append(parts, s)
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range c.Techniques {
			if !yield(id) {
				return
			}
		}
	})
	for _, id := range ids {
		parts = append(parts, fmt.Sprintf("%s: %s", id, strings.ReplaceAll(string(c.Techniques[id]), "-", " ")))
	}
	if len(parts) > 0 {
		out = append(out, fmt.Sprintf("Check-in at %s: %s.", c.Stage, strings.Join(parts, "; ")))
	}
	var news []string
	for _, f := range intake.Flags {
		if c.RedFlags[f].Positive() {
			news = append(news, "flag "+string(f)+" "+string(c.RedFlags[f]))
		}
	}
	if c.Spread == intake.SpreadOneLeg || c.Spread == intake.SpreadBoth {
		news = append(news, "pain spreads to "+strings.ReplaceAll(string(c.Spread), "-", " "))
	}
	for _, f := range c.Feelings {
		news = append(news, string(f))
	}
	if len(news) > 0 {
		out = append(out, "New since the visit: "+strings.Join(news, ", ")+".")
	}
	if c.Note != "" {
		out = append(out, "Client's note: "+c.Note)
	}
	return out
}

func painText(p *int) string {
	if p == nil {
		return "not given"
	}
	return fmt.Sprintf("%d/10", *p)
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
