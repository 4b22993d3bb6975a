package ical

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	goical "github.com/emersion/go-ical"
)

var stamp = time.Date(2026, 12, 2, 11, 0, 0, 0, time.UTC)

func sample() Calendar {
	alarm := 10 * time.Minute
	return Calendar{Name: "Kneadform", Events: []Event{
		{UID: "routine@kneadform", Start: time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC), Duration: 10 * time.Minute,
			Summary: "Back routine, 5 moves", Description: "Child's pose; thoracic rotation, hip-flexor stretch\nStop if it hurts.",
			Rule: Rule{Freq: Daily}, Alarm: &alarm},
		{UID: "checkin-24h-20261203@kneadform", Start: time.Date(2026, 12, 4, 10, 30, 0, 0, time.UTC), Duration: 15 * time.Minute,
			Summary:  "เช็กอินหลังนวด 24 ชั่วโมง: ปวดเมื่อยเล็กน้อย 24–48 ชั่วโมงเป็นเรื่องปกติ ดื่มน้ำให้เพียงพอ และบอกคลินิกหากอาการแย่ลง",
			Location: "1 High Street, London; Floor 2", URL: "https://lotus.example/book?x=1&y=2", Alarm: new(time.Duration)},
		{UID: "next-visit@kneadform", Start: time.Date(2026, 12, 17, 10, 30, 0, 0, time.UTC), Duration: time.Hour,
			Summary: "Próxima visita sugerida: masaje de espalda", Rule: Rule{Freq: Weekly, Interval: 2, Count: 3}},
	}}
}

// TestEncodeParses decodes the output with a real iCalendar parser
// (github.com/emersion/go-ical, a strict RFC 5545 decoder) and checks every
// property comes back as written.
func TestEncodeParses(t *testing.T) {
	c := sample()
	b, err := Encode(c, stamp)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := goical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot parse our file: %v\n%s", err, b)
	}
	if v := cal.Props.Get(goical.PropVersion); v == nil || v.Value != "2.0" {
		t.Errorf("VERSION = %v, want 2.0", v)
	}
	if p := cal.Props.Get(goical.PropProductID); p == nil || p.Value != ProdID {
		t.Errorf("PRODID = %v", p)
	}
	events := cal.Events()
	if len(events) != len(c.Events) {
		t.Fatalf("parsed %d events, want %d", len(events), len(c.Events))
	}
	for i, ev := range events {
		want := c.Events[i]
		if uid, _ := ev.Props.Text(goical.PropUID); uid != want.UID {
			t.Errorf("event %d UID = %q, want %q", i, uid, want.UID)
		}
		if s, _ := ev.Props.Text(goical.PropSummary); s != want.Summary {
			t.Errorf("event %d SUMMARY = %q, want %q", i, s, want.Summary)
		}
		if d, _ := ev.Props.Text(goical.PropDescription); d != want.Description {
			t.Errorf("event %d DESCRIPTION = %q, want %q", i, d, want.Description)
		}
		if l, _ := ev.Props.Text(goical.PropLocation); l != want.Location {
			t.Errorf("event %d LOCATION = %q, want %q", i, l, want.Location)
		}
		start, err := ev.DateTimeStart(time.UTC) // floating: read in the given zone
		if err != nil || !start.Equal(want.Start) {
			t.Errorf("event %d DTSTART = %v (%v), want %v", i, start, err, want.Start)
		}
		end, err := ev.DateTimeEnd(time.UTC)
		if err != nil || end.Sub(start) != want.Duration {
			t.Errorf("event %d duration = %v (%v), want %v", i, end.Sub(start), err, want.Duration)
		}
		ds, err := ev.Props.DateTime(goical.PropDateTimeStamp, nil)
		if err != nil || !ds.Equal(stamp) {
			t.Errorf("event %d DTSTAMP = %v (%v), want %v", i, ds, err, stamp)
		}
		set, err := ev.RecurrenceSet(time.UTC)
		if err != nil {
			t.Errorf("event %d RRULE: %v", i, err)
		}
		if want.Rule.Freq == "" && set != nil {
			t.Errorf("event %d has a recurrence it should not", i)
		}
		if want.Rule.Freq != "" {
			if set == nil {
				t.Fatalf("event %d: no recurrence parsed", i)
			}
			occ := set.Between(want.Start, want.Start.AddDate(0, 0, 60), true)
			if len(occ) < 2 || !occ[0].Equal(want.Start) {
				t.Errorf("event %d occurrences %v", i, occ)
			}
			if want.Rule.Freq == Weekly && (len(occ) != 3 || occ[1].Sub(occ[0]) != 14*24*time.Hour) {
				t.Errorf("event %d: every 2 weeks, 3 times: got %v", i, occ)
			}
		}
		alarms := ev.Children
		if (want.Alarm != nil) != (len(alarms) == 1) {
			t.Fatalf("event %d alarms = %d", i, len(alarms))
		}
		if want.Alarm != nil {
			a := alarms[0]
			if a.Name != goical.CompAlarm || a.Props.Get(goical.PropAction).Value != "DISPLAY" || a.Props.Get(goical.PropDescription) == nil {
				t.Errorf("event %d VALARM incomplete: %+v", i, a.Props)
			}
			if got, want := a.Props.Get(goical.PropTrigger).Value, "-"+formatDuration(*want.Alarm); got != want {
				t.Errorf("event %d TRIGGER = %q, want %q", i, got, want)
			}
		}
		if want.URL != "" && ev.Props.Get(goical.PropURL).Value != want.URL {
			t.Errorf("event %d URL = %q", i, ev.Props.Get(goical.PropURL).Value)
		}
	}
}

// TestWireFormat checks the octets: CRLF only, no line over 75 octets, no
// split character, floating DTSTART and UTC DTSTAMP.
func TestWireFormat(t *testing.T) {
	b, err := Encode(sample(), stamp)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.HasSuffix(s, "END:VCALENDAR\r\n") || strings.Contains(strings.ReplaceAll(s, "\r\n", ""), "\n") {
		t.Fatal("lines must end in CRLF only")
	}
	long := 0
	for _, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > MaxLineOctets {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if len(l) > 70 {
			long++
		}
		if !utf8.ValidString(l) {
			t.Errorf("line splits a character: %q", l)
		}
	}
	if long == 0 {
		t.Error("the sample should have folded lines")
	}
	for _, want := range []string{"DTSTART:20261203T080000\r\n", "DTSTAMP:20261202T110000Z\r\n", "RRULE:FREQ=DAILY\r\n",
		"TRIGGER:-PT10M\r\n", "TRIGGER:-PT0S\r\n", "DURATION:PT1H\r\n", `LOCATION:1 High Street\, London\; Floor 2`} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"one\ntwo\r\nthree", `one\ntwo\nthree`},
		{"bell\x07 and \x7f del", "bell and  del"},
		{"tab\there", "tab\there"},
		{"bad \xff byte", "bad  byte"},
		{"ไทย, español", `ไทย\, español`},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestValidateRefuses(t *testing.T) {
	good := sample().Events[0]
	for name, change := range map[string]func(e *Event){
		"no UID":        func(e *Event) { e.UID = "" },
		"UID space":     func(e *Event) { e.UID = "a b" },
		"zero start":    func(e *Event) { e.Start = time.Time{} },
		"no duration":   func(e *Event) { e.Duration = 0 },
		"long duration": func(e *Event) { e.Duration = 25 * time.Hour },
		"no summary":    func(e *Event) { e.Summary = " " },
		"http URL":      func(e *Event) { e.URL = "http://x.example" },
		"URL injection": func(e *Event) { e.URL = "https://x.example/\r\nATTACH:evil" },
		"bad freq":      func(e *Event) { e.Rule.Freq = "HOURLY" },
		"bad interval":  func(e *Event) { e.Rule.Interval = -1 },
		"late alarm":    func(e *Event) { d := -time.Minute; e.Alarm = &d },
		"huge text":     func(e *Event) { e.Description = strings.Repeat("x", MaxTextLen+1) },
	} {
		e := good
		change(&e)
		if _, err := Encode(Calendar{Events: []Event{e}}, stamp); err == nil {
			t.Errorf("%s: Encode accepted %+v", name, e)
		}
	}
	if _, err := Encode(Calendar{Events: []Event{good, good}}, stamp); err == nil {
		t.Error("Encode accepted a repeated UID")
	}
}
