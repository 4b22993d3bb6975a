package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	goical "github.com/emersion/go-ical"
)

// FuzzFold: whatever the text, every folded line is at most 75 octets,
// valid UTF-8 (no character split across lines), and unfolding gives the
// line back.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "SUMMARY:" + strings.Repeat("ก", 60), strings.Repeat("a", 74) + "é", "x:" + strings.Repeat("😀", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
			return // content lines are valid text without line breaks (Escape sees to that)
		}
		out := Fold(s)
		if !strings.HasSuffix(out, "\r\n") {
			t.Fatalf("no CRLF at the end: %q", out)
		}
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > MaxLineOctets || !utf8.ValidString(l) {
				t.Fatalf("bad folded line %q (%d octets)", l, len(l))
			}
		}
		if got := Unfold(out); len(got) != 1 || got[0] != s {
			t.Fatalf("Unfold(Fold(%q)) = %q", s, got)
		}
	})
}

// FuzzEncodeRoundTrip: any summary and description (Thai, Spanish, emoji,
// control characters) make a file go-ical parses, and the texts come back
// as Escape kept them.
func FuzzEncodeRoundTrip(f *testing.F) {
	f.Add("กายภาพบำบัด, นวดหลัง; พรุ่งนี้", "ดื่มน้ำ\nปวดเมื่อยเล็กน้อยเป็นเรื่องปกติ 24–48 ชั่วโมง")
	f.Add("¿Cómo está tu espalda?", `a\b;c,d`)
	f.Add("x", "\x00\x01\xff")
	f.Fuzz(func(t *testing.T, summary, desc string) {
		if len(summary) > MaxTextLen || len(desc) > MaxTextLen || strings.TrimSpace(Unescape(Escape(summary))) == "" {
			return
		}
		e := Event{UID: "u@kneadform", Start: time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC), Duration: time.Minute, Summary: summary, Description: desc}
		b, err := Encode(Calendar{Events: []Event{e}}, stamp)
		if err != nil {
			return // an invalid event is refused, never written
		}
		cal, err := goical.NewDecoder(bytes.NewReader(b)).Decode()
		if err != nil {
			t.Fatalf("go-ical: %v\n%q", err, b)
		}
		ev := cal.Events()[0]
		got, _ := ev.Props.Text(goical.PropSummary)
		if want := Unescape(Escape(summary)); got != want {
			t.Fatalf("summary %q came back %q, want %q", summary, got, want)
		}
		if d := ev.Props.Get(goical.PropDescription); d != nil {
			got, _ := d.Text()
			if want := Unescape(Escape(desc)); got != want {
				t.Fatalf("description %q came back %q, want %q", desc, got, want)
			}
		}
	})
}

// TestThaiRoundTrip is the property the fuzz target checks, on long Thai
// text with combining vowels and tone marks that must stay on one line
// with their base character's bytes intact.
func TestThaiRoundTrip(t *testing.T) {
	thai := strings.Repeat("น้ำดื่มหลังนวด ปวดเมื่อยเล็กน้อย ", 8)
	e := Event{UID: "t@kneadform", Start: time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC), Duration: time.Minute, Summary: thai, Description: thai + "\n" + thai}
	b, err := Encode(Calendar{Events: []Event{e}}, stamp)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := goical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	ev := cal.Events()[0]
	if s, _ := ev.Props.Text(goical.PropSummary); s != thai {
		t.Errorf("Thai summary changed:\n%q\n%q", s, thai)
	}
	if d, _ := ev.Props.Text(goical.PropDescription); d != thai+"\n"+thai {
		t.Errorf("Thai description changed")
	}
}
