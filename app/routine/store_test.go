package routine

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"kneadform/app/intake"
)

// sampleJournal is the journal the golden export files are made from.
func sampleJournal() Journal {
	base := NewBaseline(deskWorker(), "2025-03-01")
	j := Journal{Baseline: &base}
	for _, e := range []Entry{
		{Date: "2025-03-02", Pain: 4, Stiffness: intake.StiffShort, Sleep: intake.SleepFair, RoutineDone: true,
			Function: map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleHard, intake.TaskGroceries: intake.AbleEasy}},
		{Date: "2025-03-03", Pain: 3, Stiffness: intake.StiffNone},
		{Date: "2025-03-05", Pain: 2, Sleep: intake.SleepGood, RoutineDone: true,
			Function: map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleEasy, intake.TaskSideSleep: intake.AbleEasy, intake.TaskGroceries: intake.AbleEasy}},
	} {
		if err := j.Add(e); err != nil {
			panic(err)
		}
	}
	return j
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with go test ./app/routine -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the export:\n got: %q\nwant: %q", path, got, want)
	}
}

func TestExportGolden(t *testing.T) {
	j := sampleJournal()
	csvOut, err := ExportCSV(j)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "journal.csv", csvOut)
	jsonOut, err := ExportJSON(j)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "journal.json", jsonOut)

	// The JSON export reads back as the same journal.
	back, dropped, err := DecodeJournal(jsonOut)
	if err != nil || dropped != 0 || !reflect.DeepEqual(back, j) {
		t.Errorf("DecodeJournal(ExportJSON(j)) = %+v, %d, %v; want the journal back", back, dropped, err)
	}
	if !strings.HasPrefix(string(csvOut), strings.Join(CSVHeader(), ",")+"\r\n") {
		t.Errorf("the CSV does not start with the header row: %q", csvOut)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, j := range []Journal{{}, sampleJournal()} {
		b, err := EncodeJournal(j)
		if err != nil {
			t.Fatal(err)
		}
		back, dropped, err := DecodeJournal(b)
		if j.Entries == nil {
			j.Entries = []Entry{}
		}
		if err != nil || dropped != 0 || !reflect.DeepEqual(back, j) {
			t.Errorf("round trip of %s: got %+v, %d, %v", b, back, dropped, err)
		}
	}
}

func TestDecodeJournalErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty", ``, ErrJournalCorrupt},
		{"not JSON", `hello`, ErrJournalCorrupt},
		{"truncated", `{"v":1,"entries":[{"date":"2025-03-01"`, ErrJournalCorrupt},
		{"null", `null`, ErrJournalCorrupt},
		{"array", `[1,2]`, ErrJournalCorrupt},
		{"no version", `{"entries":[]}`, ErrJournalCorrupt},
		{"version is text", `{"v":"1","entries":[]}`, ErrJournalCorrupt},
		{"entries not a list", `{"v":1,"entries":{}}`, ErrJournalCorrupt},
		{"other version", `{"v":2,"entries":[]}`, ErrJournalVersion},
		{"too large", `{"v":1,"entries":[` + strings.Repeat(`{"date":"2025-03-01","pain":1},`, MaxJournalBytes/30) + `]}`, ErrJournalTooLarge},
	}
	for _, tt := range tests {
		j, _, err := DecodeJournal([]byte(tt.in))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
		if err != nil && (j.Baseline != nil || j.Entries != nil) {
			t.Errorf("%s: a failed decode returned data %+v", tt.name, j)
		}
	}
}

// TestDecodeJournalForgiving: inside a well-formed journal, bad entries and
// values are dropped and the rest is kept.
func TestDecodeJournalForgiving(t *testing.T) {
	in := `{"v":1,
	  "baseline":{"date":"2025-03-01","pain":5,"sleep":"dreadful"},
	  "entries":[
	    {"date":"2025-03-04","pain":3},
	    {"date":"2025-03-02","pain":"six"},
	    {"date":"yesterday","pain":2},
	    {"date":"2025-03-03","pain":12},
	    {"date":"2025-03-03","pain":2,"stiffness":"all-day","function":{"sit-30":"hard","fly":"easy","groceries":"nope"}},
	    {"date":"2025-03-01","pain":1},
	    {"date":"2025-03-04","pain":4,"routineDone":true},
	    7, null, "x"
	  ]}`
	j, dropped, err := DecodeJournal([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	// Dropped: baseline sleep; "six"; "yesterday"; pain 12; stiffness, fly, groceries;
	// the first 2025-03-04 (replaced); 7, null (an empty entry: no date) and "x".
	if want := 1 + 1 + 1 + 1 + 3 + 1 + 3; dropped != want {
		t.Errorf("dropped %d, want %d", dropped, want)
	}
	if j.Baseline == nil || j.Baseline.Pain != 5 || j.Baseline.Sleep != "" {
		t.Errorf("baseline %+v, want pain 5 with the unknown sleep removed", j.Baseline)
	}
	want := []Entry{
		{Date: "2025-03-01", Pain: 1},
		{Date: "2025-03-03", Pain: 2, Function: map[intake.Task]intake.Ability{intake.TaskSit30: intake.AbleHard}},
		{Date: "2025-03-04", Pain: 4, RoutineDone: true},
	}
	if !reflect.DeepEqual(j.Entries, want) {
		t.Errorf("entries %+v, want %+v", j.Entries, want)
	}
	for _, bad := range []string{`{"v":1,"baseline":{"pain":99},"entries":[]}`, `{"v":1,"baseline":[],"entries":[]}`} {
		if j, dropped, err := DecodeJournal([]byte(bad)); err != nil || j.Baseline != nil || dropped != 1 {
			t.Errorf("%s: baseline %+v, dropped %d, err %v; want it dropped", bad, j.Baseline, dropped, err)
		}
	}
}
