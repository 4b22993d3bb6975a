package outcome

import (
	"fmt"
	"sort"
	"time"

	"kneadform/app/i18n"
)

// DateLayout is the layout of record dates (as app/routine's journal).
const DateLayout = "2006-01-02"

// Record is one measurement: pain on the 0–10 scale (nil when not asked)
// and the functional scale. The first record is the intake's.
type Record struct {
	Date       string `json:"date"`
	Pain       *int   `json:"pain,omitempty"`
	Activities PSFS   `json:"activities,omitempty"`
}

// Validate reports the first problem with r.
func (r Record) Validate() error {
	if d, err := time.Parse(DateLayout, r.Date); err != nil || d.Year() < 2000 {
		return fmt.Errorf("outcome record %q: date must be written YYYY-MM-DD, from 2000", r.Date)
	}
	if r.Pain != nil && (*r.Pain < 0 || *r.Pain > 10) {
		return fmt.Errorf("outcome record %s: pain %d must be 0 to 10", r.Date, *r.Pain)
	}
	if err := r.Activities.Validate(); err != nil {
		return fmt.Errorf("outcome record %s: %w", r.Date, err)
	}
	return nil
}

// Clean removes a pain rating off the 0–10 scale and the activities
// PSFS.Validate would refuse, keeping the rest, and returns how many
// values it removed. The date is not cleaned.
func (r *Record) Clean() (dropped int) {
	if r.Pain != nil && (*r.Pain < 0 || *r.Pain > 10) {
		r.Pain = nil
		dropped++
	}
	var n int
	r.Activities, n = r.Activities.Clean()
	return dropped + n
}

// Delta is a value then and now. For pain lower is better; for the
// functional scale higher is better: Trend says which way it went.
type Delta struct {
	From  float64 `json:"from"`
	To    float64 `json:"to"`
	Diff  float64 `json:"diff"`  // To − From, one decimal
	Trend Trend   `json:"trend"` // better, worse or same
}

// Trend is the direction of a change for the client.
type Trend string

// Trends; Key is the catalog key ("visit.change.better").
const (
	TrendBetter Trend = "better"
	TrendWorse  Trend = "worse"
	TrendSame   Trend = "same"
)

// Key is the catalog key of the trend.
func (t Trend) Key() string { return "visit.change." + string(t) }

func delta(from, to float64, higherBetter bool) Delta {
	d := Delta{From: from, To: to, Diff: round1(to - from), Trend: TrendSame}
	switch {
	case d.Diff > 0 == higherBetter && d.Diff != 0:
		d.Trend = TrendBetter
	case d.Diff != 0:
		d.Trend = TrendWorse
	}
	return d
}

// ActivityChange is the change of one activity named in the first record
// that has a later score.
type ActivityChange struct {
	Name string `json:"name"` // as named in the first record
	Delta
}

// Change is what changed between the first record and the latest.
type Change struct {
	From string `json:"from"` // the first record's date
	To   string `json:"to"`   // the latest record's date
	// Pain: the first and latest records that rated it; nil unless two did.
	Pain *Delta `json:"pain,omitempty"`
	// Activities: each activity of the first record that has a later
	// score (its latest), in the first record's order.
	Activities []ActivityChange `json:"activities,omitempty"`
	// Mean is the change of the mean score over those same activities,
	// so adding or dropping an activity cannot fake a change.
	Mean *Delta `json:"mean,omitempty"`
}

// Since returns the change since the first record (the oldest by date) to
// the latest; records need not be sorted; invalid ones are skipped. The
// zero Change (no From) means fewer than two valid records.
func Since(records []Record) Change {
	var rs []Record
	for _, r := range records {
		if r.Validate() == nil {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date < rs[j].Date })
	if len(rs) < 2 {
		return Change{}
	}
	c := Change{From: rs[0].Date, To: rs[len(rs)-1].Date}
	var firstPain, lastPain *int
	for _, r := range rs {
		if r.Pain != nil {
			if firstPain == nil {
				firstPain = r.Pain
			} else {
				lastPain = r.Pain
			}
		}
	}
	if firstPain != nil && lastPain != nil {
		d := delta(float64(*firstPain), float64(*lastPain), false)
		c.Pain = &d
	}
	first := rs[0].Activities
	var sumFrom, sumTo int
	for _, a := range first {
		latest, ok := -1, false
		for _, r := range rs[1:] {
			if i := r.Activities.find(a.Name); i >= 0 {
				latest, ok = r.Activities[i].Score, true
			}
		}
		if ok {
			c.Activities = append(c.Activities, ActivityChange{Name: a.Name, Delta: delta(float64(a.Score), float64(latest), true)})
			sumFrom += a.Score
			sumTo += latest
		}
	}
	if n := len(c.Activities); n > 0 {
		d := delta(round1(float64(sumFrom)/float64(n)), round1(float64(sumTo)/float64(n)), true)
		c.Mean = &d
	}
	return c
}

// Lines renders c for the summary and the journal in catalog cat: pain,
// then each activity, "{from} then, {to} now." followed by the trend's
// word. None for the zero Change.
func (c Change) Lines(cat *i18n.Catalog) []string {
	var out []string
	num := func(x float64) string { return cat.Decimal(x, 1) }
	if c.Pain != nil {
		out = append(out, cat.T("visit.change.pain", "from", num(c.Pain.From), "to", num(c.Pain.To))+" "+cat.T(c.Pain.Trend.Key()))
	}
	for _, a := range c.Activities {
		out = append(out, cat.T("visit.change.activity", "name", a.Name, "from", num(a.From), "to", num(a.To))+" "+cat.T(a.Trend.Key()))
	}
	return out
}
