package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// DraftVersion is the version of the saved-draft format. Bump it when a
// change to Answers would make an older draft mean something else.
const DraftVersion = 1

// MaxDraftBytes bounds what DecodeDraft will read: a real draft is a few KB.
const MaxDraftBytes = 64 << 10

// Draft is what the app saves on the device after every answer, so the
// client resumes exactly where they left off.
type Draft struct {
	Version int     `json:"v"`
	Step    Step    `json:"step"`            // the page the client was on
	Answers Answers `json:"answers"`         // everything answered so far
	Saved   string  `json:"saved,omitempty"` // RFC 3339 time of the last save, set by the app
	Done    bool    `json:"done,omitempty"`  // the client finished the intake
}

// Errors DecodeDraft returns; test with errors.Is.
var (
	// ErrDraftCorrupt: the stored text is not a draft (truncated, edited, not JSON).
	ErrDraftCorrupt = errors.New("saved answers are damaged")
	// ErrDraftVersion: the draft was saved by a different version of the app.
	ErrDraftVersion = errors.New("saved answers are from another version")
	// ErrDraftTooLarge: the stored text is larger than any real draft.
	ErrDraftTooLarge = errors.New("saved answers are too large")
)

// EncodeDraft returns d's JSON form with the current version.
func EncodeDraft(d Draft) ([]byte, error) {
	d.Version = DraftVersion
	return json.Marshal(d)
}

// DecodeDraft parses a saved draft. It never panics. A draft that decodes but
// holds values the app does not know (a hostile or hand-edited draft) is
// cleaned: unknown values are dropped, everything valid is kept, and dropped
// says how many values were removed.
func DecodeDraft(b []byte) (d Draft, dropped int, err error) {
	if len(b) > MaxDraftBytes {
		return Draft{}, 0, ErrDraftTooLarge
	}
	var probe struct {
		Version *int `json:"v"`
	}
	if err := json.Unmarshal(b, &probe); err != nil || probe.Version == nil {
		return Draft{}, 0, fmt.Errorf("%w: %v", ErrDraftCorrupt, errOrMissing(err))
	}
	if *probe.Version != DraftVersion {
		return Draft{}, 0, fmt.Errorf("%w: version %d, this app reads %d", ErrDraftVersion, *probe.Version, DraftVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&d); err != nil {
		return Draft{}, 0, fmt.Errorf("%w: %v", ErrDraftCorrupt, err)
	}
	dropped = d.Answers.Clean()
	if !d.Step.Valid() {
		if d.Step != "" {
			dropped++
		}
		d.Step = FirstIncomplete(&d.Answers)
		if d.Step == "" {
			d.Step = StepCheck
		}
	}
	return d, dropped, nil
}

func errOrMissing(err error) string {
	if err != nil {
		return err.Error()
	}
	return "no version field"
}
