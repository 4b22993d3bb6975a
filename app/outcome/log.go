package outcome

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"kneadform/app/visit"
)

// LogVersion is the version of the stored log format.
const LogVersion = 1

// Limits of a stored log.
const (
	MaxRecords  = 3660 // ten years of daily ratings; Add keeps the newest
	MaxVisits   = 520  // ten years of weekly visits; AddVisit keeps the newest
	MaxLogBytes = 1 << 20
)

// Errors DecodeLog returns; test with errors.Is.
var (
	ErrLogCorrupt  = errors.New("saved progress log is damaged")
	ErrLogVersion  = errors.New("saved progress log is from another version")
	ErrLogTooLarge = errors.New("saved progress log is too large")
)

// Log is the client's outcome log, stored only on the device: ratings by
// date (oldest first, one per day) and visits by time (oldest first, one
// per start time). Change it through Add and AddVisit, which keep that
// order and refuse invalid values.
type Log struct {
	Records []Record      `json:"records"`
	Visits  []visit.Visit `json:"visits"`
}

// Add records r, replacing a record of the same day.
func (l *Log) Add(r Record) error {
	if err := r.Validate(); err != nil {
		return err
	}
	r.Activities, _ = r.Activities.Clean()
	if r.Pain != nil {
		p := *r.Pain
		r.Pain = &p
	}
	i := sort.Search(len(l.Records), func(i int) bool { return l.Records[i].Date >= r.Date })
	if i < len(l.Records) && l.Records[i].Date == r.Date {
		l.Records[i] = r
		return nil
	}
	l.Records = append(l.Records[:i], append([]Record{r}, l.Records[i:]...)...)
	if n := len(l.Records) - MaxRecords; n > 0 {
		l.Records = append([]Record(nil), l.Records[n:]...)
	}
	return nil
}

// AddVisit records v, replacing a visit with the same start time.
func (l *Log) AddVisit(v visit.Visit) error {
	if err := v.Validate(); err != nil {
		return err
	}
	i := sort.Search(len(l.Visits), func(i int) bool { return l.Visits[i].At >= v.At })
	if i < len(l.Visits) && l.Visits[i].At == v.At {
		l.Visits[i] = v
		return nil
	}
	l.Visits = append(l.Visits[:i], append([]visit.Visit{v}, l.Visits[i:]...)...)
	if n := len(l.Visits) - MaxVisits; n > 0 {
		l.Visits = append([]visit.Visit(nil), l.Visits[n:]...)
	}
	return nil
}

// SetCheckIn stores check-in c on the visit that started at at, replacing
// one of the same stage. It fails when there is no such visit or c is
// invalid.
func (l *Log) SetCheckIn(at string, c visit.CheckIn) error {
	if err := c.Validate(); err != nil {
		return err
	}
	for i := range l.Visits {
		if l.Visits[i].At != at {
			continue
		}
		v := &l.Visits[i]
		kept := []visit.CheckIn{}
		for _, old := range v.CheckIns {
			if old.Stage != c.Stage {
				kept = append(kept, old)
			}
		}
		v.CheckIns = append(kept, c)
		sort.Slice(v.CheckIns, func(a, b int) bool { return v.CheckIns[a].Stage.Hours() < v.CheckIns[b].Stage.Hours() })
		return nil
	}
	return fmt.Errorf("no visit at %q", at)
}

// LastVisit returns the most recent visit.
func (l *Log) LastVisit() (visit.Visit, bool) {
	if len(l.Visits) == 0 {
		return visit.Visit{}, false
	}
	return l.Visits[len(l.Visits)-1], true
}

// Change is Since(l.Records): the change since the first rating.
func (l *Log) Change() Change { return Since(l.Records) }

// EncodeLog returns l's stored form (compact JSON with a version).
func EncodeLog(l Log) ([]byte, error) {
	s := stored{Version: LogVersion, Records: l.Records, Visits: l.Visits}
	if s.Records == nil {
		s.Records = []Record{}
	}
	if s.Visits == nil {
		s.Visits = []visit.Visit{}
	}
	return json.Marshal(s)
}

type stored struct {
	Version int           `json:"v"`
	Records []Record      `json:"records"`
	Visits  []visit.Visit `json:"visits"`
}

// DecodeLog parses a stored log. It never panics and is forgiving inside a
// well-formed log: bad values inside a record or visit are removed and the
// rest kept (Record.Clean, visit.Visit.Clean); a record or visit that does
// not decode, or has no valid date or time, is dropped; dropped counts
// both; the rest come back sorted. Input that
// is not a log is an error wrapping ErrLogCorrupt, ErrLogVersion or
// ErrLogTooLarge.
func DecodeLog(b []byte) (l Log, dropped int, err error) {
	if len(b) > MaxLogBytes {
		return Log{}, 0, fmt.Errorf("%w: %d bytes, the limit is %d", ErrLogTooLarge, len(b), MaxLogBytes)
	}
	var raw struct {
		Version *int              `json:"v"`
		Records []json.RawMessage `json:"records"`
		Visits  []json.RawMessage `json:"visits"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return Log{}, 0, fmt.Errorf("%w: %v", ErrLogCorrupt, err)
	}
	if raw.Version == nil {
		return Log{}, 0, fmt.Errorf("%w: no version field", ErrLogCorrupt)
	}
	if *raw.Version != LogVersion {
		return Log{}, 0, fmt.Errorf("%w: version %d, this app reads %d", ErrLogVersion, *raw.Version, LogVersion)
	}
	for _, m := range raw.Records {
		var r Record
		if json.Unmarshal(m, &r) != nil {
			dropped++
			continue
		}
		dropped += r.Clean()
		if l.Add(r) != nil {
			dropped++
		}
	}
	for _, m := range raw.Visits {
		var v visit.Visit
		if json.Unmarshal(m, &v) != nil {
			dropped++
			continue
		}
		dropped += v.Clean()
		if l.AddVisit(v) != nil {
			dropped++
		}
	}
	return l, dropped, nil
}
