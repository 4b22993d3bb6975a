package handoff

import (
	"reflect"
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
)

// TestThaiTextRoundTrip: free text as long as the client's text box allows
// (the limits count characters; a Thai letter is three bytes) goes through
// a hand-off whole, and one character more is refused. With byte limits
// the decoder refused a 21-letter Thai name as "damaged or too long".
func TestThaiTextRoundTrip(t *testing.T) {
	th := func(n int) string { return strings.Repeat("ท", n) }
	p := busy()
	p.Lang = "th"
	p.Answers.FirstName, p.Answers.ConsentName = th(intake.MaxNameLen), th(intake.MaxNameLen)
	p.Answers.Medications = th(intake.MaxTextLen)
	p.Progress[0].Name = th(outcome.MaxNameLen)
	p.LastVisit.CheckIns[1].Note = th(200) + strings.Repeat("ก", 100)
	if p.Prefs != nil && len(p.Prefs.Tender) > 0 {
		p.Prefs.Tender[0].Note = th(pressure.MaxNoteLen)
	}
	got, err := Decode(mustEncode(t, p))
	if err != nil {
		t.Fatal(err)
	}
	if got.Answers.FirstName != p.Answers.FirstName || got.Answers.ConsentName != p.Answers.ConsentName ||
		got.Answers.Medications != p.Answers.Medications || got.Progress[0].Name != p.Progress[0].Name ||
		got.LastVisit.CheckIns[0].Note != p.LastVisit.CheckIns[1].Note {
		t.Errorf("Thai text cut or changed in the round trip")
	}
	if p.Prefs != nil && !reflect.DeepEqual(got.Prefs.Tender, p.Prefs.Tender) {
		t.Errorf("tender notes: got %q, want %q", got.Prefs.Tender, p.Prefs.Tender)
	}
}
