package intake

import (
	"errors"
	"fmt"
	"strings"
)

// DraftVersion is the version of the saved-draft format. Bump it when a
// change to Answers would make an older draft mean something else.
const DraftVersion = 1

// MaxDraftBytes is larger than any real draft (a few KB); ReadDraft still
// reads a larger one, up to MaxDraftReadBytes, and says it is too large.
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

// EncodeDraft returns d's JSON form with the current version: what
// json.Marshal(d) writes, without reflection (appendDraft). It never fails;
// the error is kept for its callers.
func EncodeDraft(d Draft) ([]byte, error) {
	d.Version = DraftVersion
	return appendDraft(make([]byte, 0, 1024), d), nil
}

// DecodeDraft parses a saved draft; it is ReadDraft for callers that want
// an error. It never panics:
//   - a draft from a newer version is ErrDraftVersion (leave it stored:
//     ReadDraft's Newer);
//   - a draft with nothing readable is ErrDraftCorrupt, or
//     ErrDraftTooLarge over MaxDraftReadBytes;
//   - otherwise it returns every field that decoded, cleaned, and dropped
//     counts the values left out or changed (a value of the wrong type, an
//     unknown field, a value the intake does not allow).
//
// New code should call ReadDraft, which also says which values were lost
// and whether the stored text must be kept aside.
func DecodeDraft(b []byte) (d Draft, dropped int, err error) {
	r := ReadDraft(b)
	switch {
	case r.Newer:
		return Draft{}, 0, fmt.Errorf("%w: %s", ErrDraftVersion, problemsText(r.Problems))
	case r.Damaged && len(b) > MaxDraftReadBytes:
		return Draft{}, 0, ErrDraftTooLarge
	case r.Damaged:
		return Draft{}, 0, fmt.Errorf("%w: %s", ErrDraftCorrupt, problemsText(r.Problems))
	}
	return r.Draft, len(r.Problems), nil
}

func problemsText(ps []ValueError) string {
	lines := make([]string, len(ps))
	for i := range ps {
		lines[i] = ps[i].Error()
	}
	return strings.Join(lines, "; ")
}
