package outcome

import (
	"fmt"
	"time"

	"kneadform/app/visit"
)

// Pain before and after a visit (issue 14: "the journal shows visits on its
// chart, so a client sees pain before and after each visit"). The
// after-visit check-in asks the pain just after the massage; the pain just
// before comes from the ratings the client already gave (the intake's, the
// journal's) when one is recent enough, and is asked only when none is.

// BeforeWindow is how old a rating may be to stand for the pain just
// before a visit: a week, the journal's own period.
const BeforeWindow = 7 * 24 * time.Hour

// PainBefore returns the latest pain rating dated on the day of the visit
// that started at at, or in the BeforeWindow before it; nil when there is
// none or at is not a visit time.
func (l *Log) PainBefore(at string) *int {
	t, err := time.Parse(visit.AtLayout, at)
	if err != nil {
		return nil
	}
	day := t.Format(DateLayout)
	from := t.Add(-BeforeWindow).Format(DateLayout)
	var out *int
	for _, r := range l.Records { // oldest first
		if r.Pain != nil && r.Date >= from && r.Date <= day {
			p := *r.Pain
			out = &p
		}
	}
	return out
}

// SetVisitPain records the pain just before and just after the visit that
// started at at; a nil leaves that value as it was. It fails when there is
// no such visit or a rating is off 0–10.
func (l *Log) SetVisitPain(at string, before, after *int) error {
	for i := range l.Visits {
		if l.Visits[i].At != at {
			continue
		}
		v := l.Visits[i]
		if before != nil {
			b := *before
			v.PainBefore = &b
		}
		if after != nil {
			a := *after
			v.PainAfter = &a
		}
		if err := v.Validate(); err != nil {
			return err
		}
		l.Visits[i] = v
		return nil
	}
	return fmt.Errorf("no visit at %q", at)
}
