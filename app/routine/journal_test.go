package routine

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"kneadform/app/intake"
)

func entry(date string, pain int) Entry { return Entry{Date: date, Pain: pain} }

func dates(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Date
	}
	return out
}

func TestEntryValidate(t *testing.T) {
	ok := Entry{Date: "2025-03-01", Pain: 4, Stiffness: intake.StiffShort, Sleep: intake.SleepGood,
		Function: map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleHard}, RoutineDone: true}
	tests := []struct {
		name  string
		edit  func(e *Entry)
		field string // "" when valid
	}{
		{"valid", func(e *Entry) {}, ""},
		{"pain 0", func(e *Entry) { e.Pain = 0 }, ""},
		{"pain 10", func(e *Entry) { e.Pain = 10 }, ""},
		{"only date and pain", func(e *Entry) { *e = Entry{Date: "2025-03-01", Pain: 2} }, ""},
		{"pain 11", func(e *Entry) { e.Pain = 11 }, "pain"},
		{"pain -1", func(e *Entry) { e.Pain = -1 }, "pain"},
		{"no date", func(e *Entry) { e.Date = "" }, "date"},
		{"short month", func(e *Entry) { e.Date = "2025-3-01" }, "date"},
		{"31 February", func(e *Entry) { e.Date = "2025-02-31" }, "date"},
		{"a time too", func(e *Entry) { e.Date = "2025-03-01T10:00:00Z" }, "date"},
		{"year 1999", func(e *Entry) { e.Date = "1999-12-31" }, "date"},
		{"stiffness", func(e *Entry) { e.Stiffness = "all-day" }, "stiffness"},
		{"sleep", func(e *Entry) { e.Sleep = "great" }, "sleep"},
		{"task", func(e *Entry) { e.Function = map[intake.Task]intake.Ability{"dance": intake.AbleEasy} }, "function"},
		{"ability", func(e *Entry) { e.Function = map[intake.Task]intake.Ability{intake.TaskGroceries: "maybe"} }, "function.groceries"},
	}
	for _, tt := range tests {
		e := ok
		e.Function = map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleHard}
		tt.edit(&e)
		err := e.Validate()
		var ee *EntryError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tt.name, err)
		case tt.field != "" && !errors.As(err, &ee):
			t.Errorf("%s: got %v, want an *EntryError", tt.name, err)
		case tt.field != "" && ee.Field != tt.field:
			t.Errorf("%s: error on field %q (%v), want %q", tt.name, ee.Field, err, tt.field)
		}
	}
}

func TestJournalAddReplacesSameDayAndSorts(t *testing.T) {
	var j Journal
	for _, e := range []Entry{entry("2025-03-03", 5), entry("2025-03-01", 7), entry("2025-03-02", 6), entry("2025-03-01", 4)} {
		if err := j.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := dates(j.Entries), []string{"2025-03-01", "2025-03-02", "2025-03-03"}; !reflect.DeepEqual(got, want) {
		t.Errorf("dates %v, want %v", got, want)
	}
	if e, _ := j.Get("2025-03-01"); e.Pain != 4 {
		t.Errorf("2025-03-01 pain %d, want the later entry's 4", e.Pain)
	}
	if err := j.Add(entry("2025-13-01", 3)); err == nil || len(j.Entries) != 3 {
		t.Errorf("an invalid entry was added (err %v)", err)
	}
	if !j.Delete("2025-03-02") || j.Delete("2025-03-02") || len(j.Entries) != 2 {
		t.Errorf("Delete: entries %v", dates(j.Entries))
	}
	if _, ok := j.Get("2025-03-02"); ok {
		t.Error("Get finds a deleted day")
	}
}

func TestJournalAddCopiesFunction(t *testing.T) {
	var j Journal
	fn := map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleHard}
	_ = j.Add(Entry{Date: "2025-03-01", Pain: 3, Function: fn})
	fn[intake.TaskSit30] = intake.AbleCannot
	if j.Entries[0].Function[intake.TaskSit30] != intake.AbleHard {
		t.Error("Add kept the caller's map: a later change leaked into the journal")
	}
}

func TestJournalKeepsNewestMaxEntries(t *testing.T) {
	var j Journal
	day := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < MaxEntries+5; i++ {
		_ = j.Add(entry(day.AddDate(0, 0, i).Format(DateLayout), i%11))
	}
	if len(j.Entries) != MaxEntries || j.Entries[0].Date != day.AddDate(0, 0, 5).Format(DateLayout) {
		t.Errorf("%d entries from %s, want %d from the 6th day", len(j.Entries), j.Entries[0].Date, MaxEntries)
	}
}

func TestJournalLast(t *testing.T) {
	var j Journal
	for _, d := range []string{"2025-02-27", "2025-02-28", "2025-03-01", "2025-03-05", "2025-03-06"} {
		_ = j.Add(entry(d, 3))
	}
	today := time.Date(2025, 3, 5, 23, 30, 0, 0, time.FixedZone("UTC+10", 10*3600))
	tests := []struct {
		n    int
		want []string
	}{
		{0, nil},
		{1, []string{"2025-03-05"}},
		{6, []string{"2025-02-28", "2025-03-01", "2025-03-05"}}, // 28 Feb … 5 Mar; 6 Mar is after today
		{30, []string{"2025-02-27", "2025-02-28", "2025-03-01", "2025-03-05"}},
	}
	for _, tt := range tests {
		if got := dates(j.Last(tt.n, today)); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Last(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestNewBaseline(t *testing.T) {
	a := deskWorker()                // pain 4 between the blades, 3 on the left shoulder
	a.Pain[intake.RegionLowLeft] = 9 // not a chosen region: ignored
	b := NewBaseline(a, "2025-03-01")
	want := Baseline{Date: "2025-03-01", Pain: 4, Stiffness: intake.StiffShort, Sleep: intake.SleepFair,
		Function: map[intake.Task]intake.Ability{intake.TaskGroceries: intake.AbleEasy, intake.TaskSideSleep: intake.AbleEasy, intake.TaskSit30: intake.AbleHard}}
	if !reflect.DeepEqual(b, want) {
		t.Errorf("baseline %+v, want %+v", b, want)
	}
	if err := b.Validate(); err != nil {
		t.Error(err)
	}
	odd := &intake.Answers{Regions: []intake.Region{intake.RegionNeck}, Pain: map[intake.Region]int{intake.RegionNeck: 42},
		Stiff: "forever", Function: map[intake.Task]intake.Ability{"x": intake.AbleEasy}}
	if b := NewBaseline(odd, ""); b.Pain != 0 || b.Stiffness != "" || b.Function != nil || b.Validate() != nil {
		t.Errorf("unknown values must be left out: %+v", b)
	}
	if b := NewBaseline(nil, "2025-03-01"); b.Date != "2025-03-01" || b.Pain != 0 {
		t.Errorf("nil answers: %+v", b)
	}
}
