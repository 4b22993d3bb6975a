package handoff

import (
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

// encodeRaw writes p in the compact form without cleaning it first: what
// a hostile client's own encoder could seal for the clinic.
func encodeRaw(t *testing.T, p Payload) []byte {
	t.Helper()
	var bits bitWriter
	var text []byte
	if err := putAnswers(&bits, &text, &p.Answers); err != nil {
		t.Fatal(err)
	}
	flags := byte(0)
	if p.Prefs != nil {
		flags |= flagPrefs
		if err := putPrefs(&bits, &text, p.Prefs); err != nil {
			t.Fatal(err)
		}
	}
	e := encoder{w: &bits}
	if putFollowUps(&e, &p.Answers); e.err != nil {
		t.Fatal(e.err)
	}
	return append([]byte{FormatVersion, flags}, append(bits.buf, text...)...)
}

// TestDecodeMakesHostileTextSafe (issue 16, defect 5): a hand-off whose
// free text holds terminal escapes, NUL and bidi overrides decodes, keeps
// every answer, and holds none of those characters.
func TestDecodeMakesHostileTextSafe(t *testing.T) {
	p := typical()
	p.Answers.FirstName = "\x1b]0;owned\x07Ana\u202e"
	p.Answers.Medications = "warfarin\x1b[2J\r\nibuprofen\x00\u2066"
	p.Answers.ConsentName = "\u2068Ana Lee\u2069"
	p.Prefs = &pressure.Prefs{Tender: []pressure.TenderSpot{{Region: intake.RegionNeck, Note: "left\x1b[8m side"}}}
	got, err := Decode(encodeRaw(t, p))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	a := got.Answers
	if a.FirstName != "]0;ownedAna" || a.Medications != "warfarin[2J\nibuprofen" || a.ConsentName != "Ana Lee" {
		t.Errorf("free text: %q, %q, %q", a.FirstName, a.Medications, a.ConsentName)
	}
	if got.Prefs == nil || len(got.Prefs.Tender) != 1 || got.Prefs.Tender[0].Note != "left[8m side" {
		t.Errorf("tender note: %+v", got.Prefs)
	}
	if a.AgeBand != p.Answers.AgeBand || len(a.Regions) != len(p.Answers.Regions) || a.Consent != p.Answers.Consent {
		t.Errorf("answers lost: %+v", a)
	}
	out := Text(&a, triage.Evaluate(&a), en()) + PressureText(*got.Prefs, &a, triage.Evaluate(&a), en())
	for _, r := range out {
		if intake.UnsafeRune(r) && r != '\n' && r != '\t' {
			t.Errorf("the therapist text holds %U", r)
		}
	}
	if !strings.Contains(out, "warfarin[2J") {
		t.Errorf("the therapist text lacks the medications:\n%s", out)
	}
}

// TestEncodeCleansHostileText: the app's own encoder cleans first, so
// Decode(Encode(p)) is the cleaned p.
func TestEncodeCleansHostileText(t *testing.T) {
	p := typical()
	p.Answers.FirstName = "Ana\x1b[2J"
	b, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(b)
	if err != nil || got.Answers.FirstName != "Ana[2J" {
		t.Errorf("Decode(Encode) = %q, %v", got.Answers.FirstName, err)
	}
}
