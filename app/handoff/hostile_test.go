package handoff

import (
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/visit"
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
	if putExtras(&e, &text, &p); e.err != nil {
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
	p.Progress = []outcome.Tracked{{Name: "lift\x1b[2J my\u202e child", Score: 4}}
	p.LastVisit = &visit.Visit{At: "2026-11-30T10:00", CheckIns: []visit.CheckIn{{Stage: visit.Stage24h, Note: "sore\x1b]0;x\x07\r\nbetter\u2066"}}}
	got, err := Decode(encodeRaw(t, p))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if len(got.Progress) != 1 || got.Progress[0].Name != "lift[2J my child" || got.LastVisit == nil ||
		got.LastVisit.CheckIns[0].Note != "sore]0;x\nbetter" {
		t.Errorf("version 3 texts: %+v, %+v", got.Progress, got.LastVisit)
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
