package routine

import (
	"fmt"
	"maps"
	"sort"
	"strconv"
	"time"

	"kneadform/app/intake"
)

// DateLayout is the layout of journal dates (YYYY-MM-DD): the client's own
// calendar day, as the device's clock gives it.
const DateLayout = "2006-01-02"

// Journal limits.
const (
	MaxPain    = 10   // the top of the 0–10 pain scale (seed:000)
	MinYear    = 2000 // dates before this are typing errors
	MaxEntries = 3660 // ten years of daily check-ins; Add keeps the newest
)

// Entry is one day's check-in (seed:000 "Measuring Progress"): pain on the
// 0–10 scale, morning stiffness, sleep, the everyday tasks the intake asked
// about, and whether the routine was done. It reuses the intake's values, so
// a day compares directly with the intake baseline. Only the date and pain
// are required; an empty value means "not answered that day".
type Entry struct {
	Date        string                         `json:"date"`
	Pain        int                            `json:"pain"`
	Stiffness   intake.Stiffness               `json:"stiffness,omitempty"`
	Sleep       intake.Quality                 `json:"sleep,omitempty"`
	Function    map[intake.Task]intake.Ability `json:"function,omitempty"`
	RoutineDone bool                           `json:"routineDone"`
}

// EntryError is a value Entry.Validate refuses.
type EntryError struct {
	Date    string // the entry's date as given
	Field   string // JSON name: "date", "pain", "stiffness", "function.sit-30", ...
	Value   string // the refused value
	Problem string
}

// Error says which entry, field and value were refused, and why.
func (e *EntryError) Error() string {
	return fmt.Sprintf("journal entry %q: %s: %q %s", e.Date, e.Field, e.Value, e.Problem)
}

// Validate reports the first problem with e, as an *EntryError (nil when e
// is valid).
func (e Entry) Validate() error {
	bad := func(field, value, problem string) error {
		return &EntryError{Date: e.Date, Field: field, Value: value, Problem: problem}
	}
	if err := checkDate(e.Date); err != "" {
		return bad("date", e.Date, err)
	}
	if e.Pain < 0 || e.Pain > MaxPain {
		return bad("pain", strconv.Itoa(e.Pain), "must be 0 to 10")
	}
	if e.Stiffness != "" && !contains(intake.Stiffnesses, e.Stiffness) {
		return bad("stiffness", string(e.Stiffness), "is not a stiffness value")
	}
	if e.Sleep != "" && !contains(intake.Qualities, e.Sleep) {
		return bad("sleep", string(e.Sleep), "is not a sleep value")
	}
	for _, t := range sortedTasks(e.Function) {
		if !contains(intake.Tasks, t) {
			return bad("function", string(t), "is not an everyday task")
		}
		if x := e.Function[t]; !contains(intake.Abilities, x) {
			return bad("function."+string(t), string(x), "is not an ability value")
		}
	}
	return nil
}

// checkDate returns what is wrong with a journal date ("" when it is fine).
func checkDate(s string) string {
	d, err := time.Parse(DateLayout, s)
	switch {
	case err != nil:
		return "is not a date written YYYY-MM-DD"
	case d.Year() < MinYear:
		return fmt.Sprintf("is before %d", MinYear)
	}
	return ""
}

// sortedTasks lists a function map's tasks in a fixed order, so errors and
// exports never depend on map order.
func sortedTasks(m map[intake.Task]intake.Ability) []intake.Task {
	ts := make([]intake.Task, 0, len(m))
	for t := range m {
		ts = append(ts, t)
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts
}

// Journal is the client's progress journal, stored only on the device: the
// baseline from the intake and one entry per day, oldest first. Change it
// through Add and Delete, which keep that order.
type Journal struct {
	Baseline *Baseline `json:"baseline,omitempty"`
	Entries  []Entry   `json:"entries"`
}

// Add records e, replacing any entry of the same day, and keeps the entries
// sorted by date. It refuses an invalid entry. When the journal holds more
// than MaxEntries days, the oldest go. e's function map is copied (an empty
// one is stored as nil, as JSON would read it back).
func (j *Journal) Add(e Entry) error {
	if err := e.Validate(); err != nil {
		return err
	}
	e.Function = maps.Clone(e.Function)
	if len(e.Function) == 0 {
		e.Function = nil
	}
	i := sort.Search(len(j.Entries), func(i int) bool { return j.Entries[i].Date >= e.Date })
	if i < len(j.Entries) && j.Entries[i].Date == e.Date {
		j.Entries[i] = e
		return nil
	}
	j.Entries = append(j.Entries, Entry{})
	copy(j.Entries[i+1:], j.Entries[i:])
	j.Entries[i] = e
	if n := len(j.Entries) - MaxEntries; n > 0 {
		j.Entries = append(j.Entries[:0:0], j.Entries[n:]...)
	}
	return nil
}

// Delete removes the entry of the given day and reports whether there was one.
func (j *Journal) Delete(date string) bool {
	for i, e := range j.Entries {
		if e.Date == date {
			j.Entries = append(j.Entries[:i:i], j.Entries[i+1:]...)
			return true
		}
	}
	return false
}

// Get returns the entry of the given day.
func (j *Journal) Get(date string) (Entry, bool) {
	i := sort.Search(len(j.Entries), func(i int) bool { return j.Entries[i].Date >= date })
	if i < len(j.Entries) && j.Entries[i].Date == date {
		return j.Entries[i], true
	}
	return Entry{}, false
}

// Last returns the entries of the n days ending today (today included),
// oldest first. today's calendar day is taken in its own location, so pass
// time.Now() on the device. Entries dated after today are left out.
func (j *Journal) Last(n int, today time.Time) []Entry {
	if n <= 0 {
		return nil
	}
	to := today.Format(DateLayout)
	from := today.AddDate(0, 0, -(n - 1)).Format(DateLayout)
	var out []Entry
	for _, e := range j.Entries { // dates in DateLayout sort as text
		if e.Date >= from && e.Date <= to {
			out = append(out, e)
		}
	}
	return out
}

// Baseline is where the client started: the intake's answers in the
// journal's terms, so each day can be compared with it.
type Baseline struct {
	Date string `json:"date,omitempty"` // the day of the intake
	// Pain is the highest pain among the regions chosen on the body map
	// (0 when none). The highest, not the mean: the daily check-in asks for
	// one number for the back, which clients give for their worst spot, and
	// a mean would fall just because more regions were marked. app/triage
	// reads the same maximum.
	Pain      int                            `json:"pain"`
	Stiffness intake.Stiffness               `json:"stiffness,omitempty"`
	Sleep     intake.Quality                 `json:"sleep,omitempty"`
	Function  map[intake.Task]intake.Ability `json:"function,omitempty"`
}

// NewBaseline takes the baseline from the intake answers, dated date.
// Values the intake does not know are left out.
func NewBaseline(a *intake.Answers, date string) Baseline {
	b := Baseline{Date: date}
	if a == nil {
		return b
	}
	for _, r := range a.Regions {
		if p, ok := a.Pain[r]; ok && p >= 0 && p <= MaxPain && p > b.Pain {
			b.Pain = p
		}
	}
	if contains(intake.Stiffnesses, a.Stiff) {
		b.Stiffness = a.Stiff
	}
	if contains(intake.Qualities, a.Sleep) {
		b.Sleep = a.Sleep
	}
	for _, t := range intake.Tasks {
		if x, ok := a.Function[t]; ok && contains(intake.Abilities, x) {
			if b.Function == nil {
				b.Function = map[intake.Task]intake.Ability{}
			}
			b.Function[t] = x
		}
	}
	return b
}

// Validate reports the first problem with the baseline (nil when valid).
// The date may be empty.
func (b Baseline) Validate() error {
	e := Entry{Date: b.Date, Pain: b.Pain, Stiffness: b.Stiffness, Sleep: b.Sleep, Function: b.Function}
	if e.Date == "" {
		e.Date = "2000-01-01" // any valid day: only the other fields are checked
	}
	if err := e.Validate(); err != nil {
		err.(*EntryError).Date = b.Date
		return err
	}
	return nil
}
