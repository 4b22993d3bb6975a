package outcome

import (
	"math"
	"time"

	"kneadform/app/routine"
	"kneadform/app/visit"
)

// Mark is one visit on the journal's progress chart: X is the day's index
// from the chart's first day (as routine.Point.X), with the pain just
// before and just after the massage (nil when not given). The UI draws a
// marker at X and, when both are given, a short before → after step.
type Mark struct {
	X          int    `json:"x"`
	Date       string `json:"date"` // YYYY-MM-DD
	At         string `json:"at"`   // the visit's start, visit.AtLayout
	PainBefore *int   `json:"painBefore,omitempty"`
	PainAfter  *int   `json:"painAfter,omitempty"`
}

// Marks places the visits that fall inside chart ch's days on it, oldest
// first.
func Marks(ch routine.Chart, visits []visit.Visit) []Mark {
	from, err1 := time.Parse(DateLayout, ch.From)
	to, err2 := time.Parse(DateLayout, ch.To)
	out := []Mark{}
	if err1 != nil || err2 != nil {
		return out
	}
	for _, v := range visits {
		t, ok := v.Time()
		if !ok {
			continue
		}
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if day.Before(from) || day.After(to) {
			continue
		}
		x := int(math.Round(day.Sub(from).Hours() / 24))
		out = append(out, Mark{X: x, Date: day.Format(DateLayout), At: v.At, PainBefore: v.PainBefore, PainAfter: v.PainAfter})
	}
	return out
}

// Series is one activity of the functional scale over the chart's days:
// its scores as chart points (Y 0–10, higher is better).
type Series struct {
	Name   string          `json:"name"`
	Points []routine.Point `json:"points"`
}

// Scale returns, for records oldest first (as Log keeps them), one series
// per activity named in the first record
// that has a score inside chart ch's days, in that record's order.
func Scale(ch routine.Chart, records []Record) []Series {
	from, err1 := time.Parse(DateLayout, ch.From)
	to, err2 := time.Parse(DateLayout, ch.To)
	out := []Series{}
	if err1 != nil || err2 != nil || len(records) == 0 {
		return out
	}
	for _, a := range records[0].Activities {
		s := Series{Name: a.Name, Points: []routine.Point{}}
		for _, r := range records {
			d, err := time.Parse(DateLayout, r.Date)
			i := r.Activities.find(a.Name)
			if err != nil || i < 0 || d.Before(from) || d.After(to) {
				continue
			}
			s.Points = append(s.Points, routine.Point{X: int(math.Round(d.Sub(from).Hours() / 24)), Y: r.Activities[i].Score, Date: r.Date})
		}
		if len(s.Points) > 0 {
			out = append(out, s)
		}
	}
	return out
}
