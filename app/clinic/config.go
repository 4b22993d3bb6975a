package clinic

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"kneadform/app/i18n"
	"kneadform/app/origin"
)

// Limits on a configuration.
const (
	MaxConfigBytes  = 64 << 10
	MaxNameLen      = 80
	MaxAddressLen   = 300
	MaxOrigins      = 20
	MaxKioskMinutes = 240
	MinKioskSeconds = 5
	MinContrast     = 4.5 // WCAG 1.4.3 AA, normal text
)

// Problem is one thing wrong with a configuration: which field, the value
// found, and what is expected instead.
type Problem struct {
	Field    string `json:"field"`
	Value    string `json:"value"`
	Expected string `json:"expected"`
}

func (p Problem) String() string {
	return fmt.Sprintf("%s: got %q, expected %s", p.Field, p.Value, p.Expected)
}

// Problems is every problem found; as an error it lists them one per line.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Parse reads a configuration file's JSON strictly (unknown fields are
// errors, so a typo is not silently ignored) and validates it. The error
// is a Problems listing everything wrong, or a decoding error naming the
// line and column.
func Parse(r io.Reader) (Config, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxConfigBytes+1))
	if err != nil {
		return Config{}, err
	}
	if len(b) > MaxConfigBytes {
		return Config{}, fmt.Errorf("the file is larger than %d bytes", MaxConfigBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return Config{}, describeJSONError(b, err)
	}
	if dec.More() {
		return Config{}, errors.New("unexpected text after the JSON object")
	}
	if ps := c.Validate(); len(ps) > 0 {
		return c, ps
	}
	return c, nil
}

func describeJSONError(b []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		line, col := position(b, int64(len(b)))
		return fmt.Errorf("line %d, column %d: the JSON ends too early (a missing } or \"?)", line, col)
	case errors.As(err, &syn):
		line, col := position(b, syn.Offset-1) // Offset is just past the bad byte
		return fmt.Errorf("line %d, column %d: %v", line, col, syn)
	case errors.As(err, &typ):
		line, col := position(b, typ.Offset)
		return fmt.Errorf("line %d, column %d: field %q: got a JSON %s, expected %s", line, col, typ.Field, typ.Value, typ.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fmt.Errorf("unknown field %s (fields are listed in docs/clinic-config.md)", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return err
}

func position(b []byte, off int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < int(off) && i < len(b); i++ {
		if b[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// Validate returns every problem with c, in field order; none means c is
// usable.
func (c Config) Validate() Problems {
	var ps Problems
	add := func(field, value, expected string) { ps = append(ps, Problem{field, value, expected}) }
	switch name := strings.TrimSpace(c.Name); {
	case name == "":
		add("name", c.Name, "the clinic's name")
	case utf8.RuneCountInString(name) > MaxNameLen: // characters: a Thai letter is 3 bytes
		add("name", c.Name, fmt.Sprintf("at most %d characters", MaxNameLen))
	}
	if c.Logo != "" && (!isLogo(c.Logo) || strings.Contains(c.Logo, "..")) {
		add("logo", c.Logo, `a file of this site under /web/ ending in .svg, .png or .webp, e.g. "/web/logo.svg"`)
	}
	accent, text := c.Colors.Accent, c.Colors.AccentText
	if accent != "" && !isColor(accent) {
		add("colors.accent", accent, `a colour written #rrggbb, e.g. "#1d4f4a"`)
	}
	if text != "" && !isColor(text) {
		add("colors.accentText", text, `a colour written #rrggbb, e.g. "#ffffff"`)
	}
	if (accent == "" || isColor(accent)) && (text == "" || isColor(text)) {
		c.Colors.checkPairs(add) // every place a theme colour is drawn on another (colors.go)
	}
	if c.Phone != "" && !isPhone(c.Phone) {
		add("phone", c.Phone, `a phone number: digits, spaces, + ( ) - . /, e.g. "+44 20 7946 0000"`)
	}
	if c.Emergency != "" && !isEmergency(c.Emergency) {
		add("emergency", c.Emergency, `2 to 6 digits, e.g. "999"; leave it out to use the region's number`)
	}
	if c.Region != "" && !isRegion(c.Region) {
		add("region", c.Region, `a two-letter country code in capitals, e.g. "GB"`)
	}
	if utf8.RuneCountInString(c.Address) > MaxAddressLen {
		add("address", strings.ToValidUTF8(c.Address[:40], "")+"…", fmt.Sprintf("at most %d characters", MaxAddressLen))
	} else if c.Address != "" && (strings.TrimSpace(c.Address) == "" || !utf8.ValidString(c.Address) || hasControl(c.Address)) {
		add("address", c.Address, "readable text on one or more lines (no tabs or other control characters)")
	}
	if c.Booking != "" {
		if u, err := url.Parse(c.Booking); err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || strings.ContainsAny(c.Booking, " \t\r\n\"<>\\") {
			add("booking", c.Booking, `an https:// link, e.g. "https://clinic.example/book"`)
		}
	}
	if n := c.ArriveEarlyMinutes; n < 0 || n > MaxArriveEarlyMinutes {
		add("arriveEarlyMinutes", strconv.Itoa(n), fmt.Sprintf("a number of minutes from 1 to %d; leave it out for \"a few minutes\"", MaxArriveEarlyMinutes))
	}
	if n := c.VisitMinutes; n != 0 && (n < MinVisitMinutes || n > MaxVisitMinutes) {
		add("visitMinutes", strconv.Itoa(n), fmt.Sprintf("a number of minutes from %d to %d; leave it out for %d", MinVisitMinutes, MaxVisitMinutes, DefaultVisitMinutes))
	}
	have := i18n.Languages()
	seen := map[string]bool{}
	for i, l := range c.Languages {
		field := "languages[" + strconv.Itoa(i) + "]"
		switch {
		case !contains(have, l):
			add(field, l, "one of "+strings.Join(have, ", "))
		case seen[l]:
			add(field, l, "each language once")
		}
		seen[l] = true
	}
	if c.Recipient != "" && !isRecipient(c.Recipient) {
		add("recipient", c.Recipient, "an age public key starting age1 (run kneadform keygen)")
	}
	if len(c.AllowedOrigins) > MaxOrigins {
		add("allowedOrigins", strconv.Itoa(len(c.AllowedOrigins))+" origins", fmt.Sprintf("at most %d", MaxOrigins))
	}
	for i, o := range c.AllowedOrigins {
		if err := checkOrigin(o); err != "" {
			add("allowedOrigins["+strconv.Itoa(i)+"]", o, err)
		}
	}
	switch k := c.Kiosk; {
	case !k.Enabled:
	case k.ResetAfterSeconds != 0 && k.ResetAfter() == 0:
		add("kiosk.resetAfterSeconds", strconv.Itoa(k.ResetAfterSeconds), fmt.Sprintf("a number of seconds from %d to %d (or leave it out and use resetAfterMinutes)", MinKioskSeconds, MaxKioskMinutes*60))
	case k.ResetAfter() == 0:
		add("kiosk.resetAfterMinutes", strconv.Itoa(k.ResetAfterMinutes), fmt.Sprintf("a number of minutes from 1 to %d", MaxKioskMinutes))
	}
	return ps
}

// checkOrigin returns what is wrong with an allowed parent origin, or "".
// origin.Parse is strict: each origin lands verbatim in the CSP
// frame-ancestors directive and is compared with a postMessage event's
// origin, so nothing but scheme, host and port may pass.
func checkOrigin(o string) string {
	const want = `an origin like "https://clinic.example" (scheme and host, optional port; no path, no *, no spaces, quotes, commas or semicolons)`
	u, err := origin.Parse(o)
	switch {
	case err != nil: // says what is wrong, or how to write it (origin.ErrNotCanonical)
		return want + "; " + err.Error()
	case !u.Secure():
		return want + "; http:// is allowed only for localhost"
	}
	return ""
}

// Contrast is the WCAG contrast ratio of two #rrggbb colours (1 to 21).
func Contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return 0
	}
	ch := func(shift uint) float64 {
		c := float64((v>>shift)&0xff) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(16) + 0.7152*ch(8) + 0.0722*ch(0)
}

// hasControl reports whether s holds a control character other than a
// line break (an address may have several lines).
func hasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)) }) >= 0
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
