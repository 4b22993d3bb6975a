package ical

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Validate reports the first problem with c: too many events, or an event
// whose UID, time, duration, texts, URL, rule or alarm is unusable.
func (c Calendar) Validate() error {
	if len(c.Events) > MaxEvents {
		return fmt.Errorf("ical: %d events, at most %d", len(c.Events), MaxEvents)
	}
	if len(c.Name) > MaxTextLen {
		return fmt.Errorf("ical: calendar name is %d bytes, at most %d", len(c.Name), MaxTextLen)
	}
	seen := map[string]bool{}
	for i, e := range c.Events {
		if err := e.validate(); err != nil {
			return fmt.Errorf("ical: event %d (%q): %w", i, e.UID, err)
		}
		if seen[e.UID] {
			return fmt.Errorf("ical: event %d: UID %q used twice", i, e.UID)
		}
		seen[e.UID] = true
	}
	return nil
}

func (e Event) validate() error {
	switch {
	case e.UID == "" || len(e.UID) > 255:
		return fmt.Errorf("UID must be 1 to 255 characters")
	case strings.IndexFunc(e.UID, func(r rune) bool { return r <= ' ' || r > '~' }) >= 0:
		return fmt.Errorf("UID %q must be printable ASCII without spaces", e.UID)
	case e.Start.IsZero() || e.Start.Year() < 1970 || e.Start.Year() > 9999:
		return fmt.Errorf("start %v is not a usable date", e.Start)
	case e.Duration < time.Minute || e.Duration > MaxDuration:
		return fmt.Errorf("duration %v must be 1 minute to %v", e.Duration, MaxDuration)
	case strings.TrimSpace(e.Summary) == "":
		return fmt.Errorf("summary is empty")
	}
	for name, s := range map[string]string{"summary": e.Summary, "description": e.Description, "location": e.Location, "alarm text": e.AlarmText} {
		if len(s) > MaxTextLen {
			return fmt.Errorf("%s is %d bytes, at most %d", name, len(s), MaxTextLen)
		}
	}
	if e.URL != "" {
		u, err := url.Parse(e.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(e.URL, " \t\r\n\"") {
			return fmt.Errorf("URL %q must be an https link", e.URL)
		}
	}
	if r := e.Rule; r.Freq != "" || r.Interval != 0 || r.Count != 0 {
		if r.Freq != Daily && r.Freq != Weekly {
			return fmt.Errorf("rule frequency %q must be DAILY or WEEKLY", r.Freq)
		}
		if r.Interval < 0 || r.Interval > 52 || r.Count < 0 || r.Count > 1000 {
			return fmt.Errorf("rule interval %d (0–52) or count %d (0–1000) out of range", r.Interval, r.Count)
		}
	}
	if e.Alarm != nil && (*e.Alarm < 0 || *e.Alarm > 7*24*time.Hour) {
		return fmt.Errorf("alarm %v before the start must be 0 to 7 days", *e.Alarm)
	}
	return nil
}

// Unfold joins folded lines back into content lines (RFC 5545 §3.1): a line
// break followed by one space or tab is removed. It reads CRLF or bare LF
// line ends and drops the final empty line.
func Unfold(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\n ", "")
	s = strings.ReplaceAll(s, "\n\t", "")
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	return lines
}

// Unescape reverses Escape: \\ \; \, \n (and \N) become \ ; , and a line
// break.
func Unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
