package routine

import (
	"math"
	"time"

	"kneadform/app/intake"
)

// ChartDays is how many days the progress chart shows, today included.
const ChartDays = 30

// Chart is the view model of the progress chart: pain over the last
// ChartDays days against the intake baseline. It is plain data; the UI draws
// it as inline SVG and shows Rows as the accessible table alternative.
type Chart struct {
	From string `json:"from"` // first day shown (YYYY-MM-DD)
	To   string `json:"to"`   // last day shown: today
	Days int    `json:"days"` // ChartDays: x runs 0 … Days-1
	// Points are the days with an entry, oldest first. Days without one
	// are gaps: the UI must not draw a line across them as if measured.
	Points []Point `json:"points"`
	// Baseline is the intake's pain, drawn as a level line (nil when the
	// journal has no baseline).
	Baseline *int `json:"baseline,omitempty"`
	// Rows is the text alternative: one row per entry, oldest first.
	Rows []Row `json:"rows"`
	// Summary of the period, for a one-line text description.
	Entries     int     `json:"entries"`     // days with an entry
	DoneDays    int     `json:"doneDays"`    // days the routine was done
	AveragePain float64 `json:"averagePain"` // mean pain of those days, one decimal (0 when none)
}

// Point is one day on the chart: X is the day's index from From, Y its pain
// on the 0–10 scale.
type Point struct {
	X    int    `json:"x"`
	Y    int    `json:"y"`
	Date string `json:"date"`
	Done bool   `json:"done"` // the routine was done that day
}

// Row is one line of the chart's table alternative.
type Row struct {
	Date      string           `json:"date"`
	Pain      int              `json:"pain"`
	Stiffness intake.Stiffness `json:"stiffness,omitempty"`
	Sleep     intake.Quality   `json:"sleep,omitempty"`
	Done      bool             `json:"done"`
}

// NewChart builds the chart of the ChartDays days ending today (the
// device's local day: pass time.Now()).
func NewChart(j *Journal, today time.Time) Chart {
	start := today.AddDate(0, 0, -(ChartDays - 1))
	c := Chart{From: start.Format(DateLayout), To: today.Format(DateLayout), Days: ChartDays, Points: []Point{}, Rows: []Row{}}
	if j.Baseline != nil {
		p := j.Baseline.Pain
		c.Baseline = &p
	}
	day0 := civil(start)
	sum := 0
	for _, e := range j.Last(ChartDays, today) {
		d, err := time.Parse(DateLayout, e.Date)
		if err != nil {
			continue // Last only returns Add-validated entries; be safe anyway
		}
		x := int(math.Round(d.Sub(day0).Hours() / 24))
		c.Points = append(c.Points, Point{X: x, Y: e.Pain, Date: e.Date, Done: e.RoutineDone})
		c.Rows = append(c.Rows, Row{Date: e.Date, Pain: e.Pain, Stiffness: e.Stiffness, Sleep: e.Sleep, Done: e.RoutineDone})
		sum += e.Pain
		if e.RoutineDone {
			c.DoneDays++
		}
	}
	c.Entries = len(c.Points)
	if c.Entries > 0 {
		c.AveragePain = math.Round(float64(sum)/float64(c.Entries)*10) / 10
	}
	return c
}

// civil is t's calendar day at midnight UTC, so day differences never
// depend on daylight-saving changes.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
