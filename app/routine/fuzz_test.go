package routine

import (
	"reflect"
	"testing"
)

// FuzzDecodeJournal feeds arbitrary bytes to DecodeJournal: it must never
// panic, and whatever it accepts must be a valid journal (entries valid,
// sorted, one per day) that survives an encode/decode round trip unchanged.
func FuzzDecodeJournal(f *testing.F) {
	seeds := []string{
		`{"v":1,"entries":[]}`,
		`{"v":1,"baseline":{"date":"2025-03-01","pain":4,"stiffness":"under-30","function":{"sit-30":"hard"}},"entries":[{"date":"2025-03-02","pain":3,"routineDone":true}]}`,
		`{"v":1,"entries":[{"date":"2025-03-03","pain":2},{"date":"2025-03-01","pain":11},{"date":"2025-03-03","pain":5,"sleep":"x"}]}`,
		`{"v":2}`,
		`{"v":1,"entries":[7,null,"x",{"date":"2025-02-29"}]}`,
		`{"v":1,"baseline":[],"entries":{}}`,
		`null`,
		`[`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		j, dropped, err := DecodeJournal(b)
		if err != nil {
			return
		}
		if dropped < 0 || j.Entries == nil {
			t.Fatalf("dropped %d, entries %v", dropped, j.Entries)
		}
		if j.Baseline != nil {
			if err := j.Baseline.Validate(); err != nil {
				t.Fatalf("accepted an invalid baseline: %v", err)
			}
		}
		for i, e := range j.Entries {
			if err := e.Validate(); err != nil {
				t.Fatalf("accepted an invalid entry: %v", err)
			}
			if i > 0 && j.Entries[i-1].Date >= e.Date {
				t.Fatalf("entries not sorted or not one per day: %s then %s", j.Entries[i-1].Date, e.Date)
			}
		}
		enc, err := EncodeJournal(j)
		if err != nil {
			t.Fatal(err)
		}
		back, dropped2, err := DecodeJournal(enc)
		if err != nil || dropped2 != 0 || !reflect.DeepEqual(back, j) {
			t.Fatalf("round trip changed the journal: %v, dropped %d\n got %+v\nwant %+v", err, dropped2, back, j)
		}
		if _, err := ExportCSV(j); err != nil {
			t.Fatal(err)
		}
	})
}
