package routine

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"kneadform/app/intake"
)

// JournalVersion is the version of the stored journal format. Bump it when
// a change would make an older journal mean something else.
const JournalVersion = 1

// MaxJournalBytes bounds what DecodeJournal reads: MaxEntries full entries
// take about 0.6 MB.
const MaxJournalBytes = 1 << 20

// Errors DecodeJournal returns; test with errors.Is.
var (
	// ErrJournalCorrupt: the stored text is not a journal (truncated, edited, not JSON).
	ErrJournalCorrupt = errors.New("saved journal is damaged")
	// ErrJournalVersion: the journal was saved by a different version of the app.
	ErrJournalVersion = errors.New("saved journal is from another version")
	// ErrJournalTooLarge: the stored text is larger than any real journal.
	ErrJournalTooLarge = errors.New("saved journal is too large")
)

// stored is the journal's stored and exported form: a versioned wrapper.
type stored struct {
	Version  int       `json:"v"`
	Baseline *Baseline `json:"baseline,omitempty"`
	Entries  []Entry   `json:"entries"`
}

// EncodeJournal returns j's stored form (compact JSON, current version).
func EncodeJournal(j Journal) ([]byte, error) {
	return json.Marshal(wrap(j))
}

// ExportJSON returns j's stored form, indented for a person to read. It is
// what "export as JSON" saves, and DecodeJournal reads it back.
func ExportJSON(j Journal) ([]byte, error) {
	b, err := json.MarshalIndent(wrap(j), "", "  ")
	return append(b, '\n'), err
}

func wrap(j Journal) stored {
	s := stored{Version: JournalVersion, Baseline: j.Baseline, Entries: j.Entries}
	if s.Entries == nil {
		s.Entries = []Entry{}
	}
	return s
}

// DecodeJournal parses a stored journal. It never panics. It is forgiving
// inside a well-formed journal: an entry that does not decode or has an
// invalid date or pain is dropped, an unknown stiffness, sleep or task value
// is removed from its entry, a second entry for a day replaces the first,
// and the entries come back sorted by date; dropped counts what was removed.
// Input that is not a journal at all is an error wrapping ErrJournalCorrupt,
// ErrJournalVersion or ErrJournalTooLarge.
func DecodeJournal(b []byte) (j Journal, dropped int, err error) {
	if len(b) > MaxJournalBytes {
		return Journal{}, 0, fmt.Errorf("%w: %d bytes, the limit is %d", ErrJournalTooLarge, len(b), MaxJournalBytes)
	}
	var raw struct {
		Version  *int              `json:"v"`
		Baseline json.RawMessage   `json:"baseline"`
		Entries  []json.RawMessage `json:"entries"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return Journal{}, 0, fmt.Errorf("%w: %v", ErrJournalCorrupt, err)
	}
	if raw.Version == nil {
		return Journal{}, 0, fmt.Errorf("%w: no version field", ErrJournalCorrupt)
	}
	if *raw.Version != JournalVersion {
		return Journal{}, 0, fmt.Errorf("%w: version %d, this app reads %d", ErrJournalVersion, *raw.Version, JournalVersion)
	}
	if len(raw.Baseline) > 0 && string(raw.Baseline) != "null" {
		var base Baseline
		if json.Unmarshal(raw.Baseline, &base) != nil {
			dropped++
		} else {
			dropped += cleanValues(&base.Stiffness, &base.Sleep, base.Function)
			if len(base.Function) == 0 {
				base.Function = nil
			}
			if base.Validate() == nil {
				j.Baseline = &base
			} else {
				dropped++
			}
		}
	}
	for _, m := range raw.Entries {
		var e Entry
		if json.Unmarshal(m, &e) != nil {
			dropped++
			continue
		}
		dropped += cleanValues(&e.Stiffness, &e.Sleep, e.Function)
		if e.Validate() != nil {
			dropped++
			continue
		}
		n := len(j.Entries)
		_ = j.Add(e) // valid, so Add cannot fail
		if len(j.Entries) == n {
			dropped++ // it replaced an earlier entry for the day, or pushed out the oldest
		}
	}
	if j.Entries == nil {
		j.Entries = []Entry{}
	}
	return j, dropped, nil
}

// cleanValues removes unknown stiffness, sleep and function values in place
// and returns how many it removed.
func cleanValues(st *intake.Stiffness, sl *intake.Quality, fn map[intake.Task]intake.Ability) (n int) {
	if *st != "" && !contains(intake.Stiffnesses, *st) {
		*st, n = "", n+1
	}
	if *sl != "" && !contains(intake.Qualities, *sl) {
		*sl, n = "", n+1
	}
	for _, t := range sortedTasks(fn) {
		if !contains(intake.Tasks, t) || !contains(intake.Abilities, fn[t]) {
			delete(fn, t)
			n++
		}
	}
	return n
}

// CSVHeader is the first row of ExportCSV: the date, pain, stiffness, sleep,
// one column per everyday task (intake.Tasks order), and routine done.
func CSVHeader() []string {
	h := []string{"date", "pain", "stiffness", "sleep"}
	for _, t := range intake.Tasks {
		h = append(h, string(t))
	}
	return append(h, "routine_done")
}

// ExportCSV writes the entries as CSV (RFC 4180, CRLF line ends): CSVHeader,
// then one row per day, oldest first. Values are the stable ids the JSON
// uses ("under-30", "hard"); an unanswered value is an empty cell. Every
// cell is a date, a number or an id, so no cell can start a spreadsheet
// formula. The baseline is in the JSON export only.
func ExportCSV(j Journal) ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	rows := [][]string{CSVHeader()}
	for _, e := range j.Entries {
		row := []string{e.Date, strconv.Itoa(e.Pain), string(e.Stiffness), string(e.Sleep)}
		for _, t := range intake.Tasks {
			row = append(row, string(e.Function[t]))
		}
		done := "no"
		if e.RoutineDone {
			done = "yes"
		}
		rows = append(rows, append(row, done))
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, fmt.Errorf("journal CSV: %w", err)
	}
	return b.Bytes(), nil
}
