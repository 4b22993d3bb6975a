// Package ical writes iCalendar files (RFC 5545) on the device: the daily
// routine reminder, the after-visit check-ins and the next suggested visit,
// which the client downloads or shares into Apple, Google or Outlook
// calendars. Nothing is sent anywhere and no server is involved.
//
// It writes only what those calendars need and read the same way: one
// VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH) of
// VEVENTs with UID, DTSTAMP, DTSTART, DURATION, SUMMARY, DESCRIPTION,
// LOCATION, URL, an optional RRULE and an optional display VALARM. Lines end
// in CRLF and are folded at 75 octets without splitting a UTF-8 character;
// TEXT values are escaped (RFC 5545 §3.3.11).
//
// Event times are "floating" local times (§3.3.5, form #1, no "Z" and no
// TZID): 08:00 stays 08:00 on the device's clock wherever the client is and
// across daylight-saving changes, which is what a daily reminder and a
// check-in "tomorrow at this time" mean. The wasm has no time-zone
// database, so a TZID could not be written correctly anyway. DTSTAMP is UTC,
// as the RFC requires.
package ical

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxLineOctets is the longest a content line may be, CRLF excluded
// (RFC 5545 §3.1).
const MaxLineOctets = 75

// ProdID identifies the product that made the file (RFC 5545 §3.7.3).
const ProdID = "-//Kneadform//Back massage visit//EN"

// Limits that keep a calendar file small and sane.
const (
	MaxEvents   = 50
	MaxTextLen  = 2000 // bytes of one TEXT value before escaping
	MaxDuration = 24 * time.Hour
)

// Calendar is one .ics file.
type Calendar struct {
	// Name is shown by some calendars as the calendar's name
	// (X-WR-CALNAME); optional.
	Name   string
	Events []Event
}

// Event is one VEVENT.
type Event struct {
	// UID identifies the event for good: importing a file again with the
	// same UID updates the event rather than adding a copy. Required;
	// printable ASCII without spaces, e.g. "routine@kneadform".
	UID string
	// Start is the local wall-clock start; its location is ignored (the
	// time is written floating, see the package doc).
	Start time.Time
	// Duration of the event, 1 minute to MaxDuration.
	Duration time.Duration
	// Summary is the event's title. Required.
	Summary string
	// Description, Location: optional free text.
	Description string
	Location    string
	// URL is an optional https link (the clinic's booking page).
	URL string
	// Rule is an optional recurrence; the zero value means none.
	Rule Rule
	// Alarm, when set, shows a reminder this long before the start (0 means
	// at the start).
	Alarm *time.Duration
	// AlarmText is what the reminder says; Summary when empty.
	AlarmText string
}

// Rule is the small recurrence subset used here: every Interval days or
// weeks, optionally Count times.
type Rule struct {
	Freq     Freq
	Interval int // 1 or more; 0 means 1
	Count    int // 0 means no end
}

// Freq is a recurrence frequency.
type Freq string

// Frequencies.
const (
	Daily  Freq = "DAILY"
	Weekly Freq = "WEEKLY"
)

// Encode returns c as an RFC 5545 file, DTSTAMP being stamp (use the
// device's time.Now()). It refuses an invalid calendar with an error
// naming the event and field.
func Encode(c Calendar, stamp time.Time) ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	var w writer
	w.line("BEGIN", "VCALENDAR")
	w.line("VERSION", "2.0")
	w.line("PRODID", ProdID)
	w.line("CALSCALE", "GREGORIAN")
	w.line("METHOD", "PUBLISH")
	if c.Name != "" {
		w.line("X-WR-CALNAME", Escape(c.Name))
	}
	for _, e := range c.Events {
		writeEvent(&w, e, stamp)
	}
	w.line("END", "VCALENDAR")
	return w.buf.Bytes(), nil
}

func writeEvent(w *writer, e Event, stamp time.Time) {
	w.line("BEGIN", "VEVENT")
	w.line("UID", e.UID)
	w.line("DTSTAMP", stamp.UTC().Format("20060102T150405Z"))
	w.line("DTSTART", e.Start.Format("20060102T150405"))
	w.line("DURATION", formatDuration(e.Duration))
	if e.Rule.Freq != "" {
		w.line("RRULE", e.Rule.String())
	}
	w.line("SUMMARY", Escape(e.Summary))
	if e.Description != "" {
		w.line("DESCRIPTION", Escape(e.Description))
	}
	if e.Location != "" {
		w.line("LOCATION", Escape(e.Location))
	}
	if e.URL != "" {
		w.line("URL;VALUE=URI", e.URL)
	}
	w.line("TRANSP", "TRANSPARENT") // a reminder does not make the client "busy"
	if e.Alarm != nil {
		text := e.AlarmText
		if text == "" {
			text = e.Summary
		}
		w.line("BEGIN", "VALARM")
		w.line("ACTION", "DISPLAY")
		w.line("DESCRIPTION", Escape(text))
		w.line("TRIGGER", "-"+formatDuration(*e.Alarm))
		w.line("END", "VALARM")
	}
	w.line("END", "VEVENT")
}

// String is the RRULE value, e.g. "FREQ=DAILY" or "FREQ=WEEKLY;INTERVAL=2;COUNT=6".
func (r Rule) String() string {
	s := "FREQ=" + string(r.Freq)
	if r.Interval > 1 {
		s += fmt.Sprintf(";INTERVAL=%d", r.Interval)
	}
	if r.Count > 0 {
		s += fmt.Sprintf(";COUNT=%d", r.Count)
	}
	return s
}

// formatDuration writes d as an RFC 5545 DURATION (§3.3.6), whole minutes:
// PT0S, PT15M, PT1H30M, P1D.
func formatDuration(d time.Duration) string {
	m := int(d / time.Minute)
	if m <= 0 {
		return "PT0S"
	}
	if m%(24*60) == 0 {
		return fmt.Sprintf("P%dD", m/(24*60))
	}
	s := "PT"
	if h := m / 60; h > 0 {
		s += fmt.Sprintf("%dH", h)
	}
	if m%60 > 0 {
		s += fmt.Sprintf("%dM", m%60)
	}
	return s
}

// Escape writes s as an RFC 5545 TEXT value (§3.3.11): backslash,
// semicolon and comma are escaped, a line break becomes \n, and other
// control characters (which TEXT may not hold) and invalid UTF-8 are
// dropped. Unescape reverses it.
func Escape(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			continue
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writer writes folded content lines.
type writer struct{ buf bytes.Buffer }

// line writes "name:value" folded at MaxLineOctets, CRLF-terminated.
func (w *writer) line(name, value string) {
	w.buf.WriteString(Fold(name + ":" + value))
}

// Fold splits one unfolded content line into CRLF-terminated lines of at
// most MaxLineOctets octets, each continuation starting with a space
// (RFC 5545 §3.1). It never splits a UTF-8 character: a line breaks before
// a character that would not fit.
func Fold(line string) string {
	var b strings.Builder
	limit := MaxLineOctets
	n := 0 // octets on the current output line
	for _, r := range line {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = len(string(utf8.RuneError))
		}
		if n+size > limit {
			b.WriteString("\r\n ")
			n = 1
		}
		b.WriteRune(r)
		n += size
	}
	b.WriteString("\r\n")
	return b.String()
}
