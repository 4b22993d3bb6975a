package routine

import (
	"reflect"
	"testing"
	"time"
)

func TestNewChart(t *testing.T) {
	j := sampleJournal()                          // baseline pain 4; entries 2, 3 and 5 March 2025
	_ = j.Add(Entry{Date: "2025-01-01", Pain: 9}) // before the window
	today := time.Date(2025, 3, 31, 8, 0, 0, 0, time.Local)
	c := NewChart(&j, today)
	if c.From != "2025-03-02" || c.To != "2025-03-31" || c.Days != ChartDays {
		t.Errorf("window %s … %s (%d days), want 2025-03-02 … 2025-03-31 (30)", c.From, c.To, c.Days)
	}
	want := []Point{{X: 0, Y: 4, Date: "2025-03-02", Done: true}, {X: 1, Y: 3, Date: "2025-03-03"}, {X: 3, Y: 2, Date: "2025-03-05", Done: true}}
	if !reflect.DeepEqual(c.Points, want) {
		t.Errorf("points %+v, want %+v", c.Points, want)
	}
	if c.Baseline == nil || *c.Baseline != 4 {
		t.Errorf("baseline %v, want 4", c.Baseline)
	}
	if len(c.Rows) != 3 || c.Rows[0].Date != "2025-03-02" || c.Rows[0].Stiffness != "under-30" || !c.Rows[2].Done {
		t.Errorf("rows %+v", c.Rows)
	}
	if c.Entries != 3 || c.DoneDays != 2 || c.AveragePain != 3 {
		t.Errorf("summary: %d entries, %d done, average %v; want 3, 2, 3", c.Entries, c.DoneDays, c.AveragePain)
	}
}

// TestChartAcrossDaylightSaving: x is a whole day index even when the
// window crosses a clock change.
func TestChartAcrossDaylightSaving(t *testing.T) {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	var j Journal
	for _, d := range []string{"2025-03-29", "2025-03-30", "2025-03-31"} { // clocks go forward on 30 March
		_ = j.Add(Entry{Date: d, Pain: 1})
	}
	c := NewChart(&j, time.Date(2025, 4, 10, 0, 30, 0, 0, loc))
	var xs []int
	for _, p := range c.Points {
		xs = append(xs, p.X)
	}
	if want := []int{17, 18, 19}; !reflect.DeepEqual(xs, want) {
		t.Errorf("x = %v, want %v (from %s)", xs, want, c.From)
	}
}

func TestChartEmpty(t *testing.T) {
	c := NewChart(&Journal{}, time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC))
	if c.Baseline != nil || len(c.Points) != 0 || c.Points == nil || c.Rows == nil || c.AveragePain != 0 {
		t.Errorf("empty chart: %+v", c)
	}
}
