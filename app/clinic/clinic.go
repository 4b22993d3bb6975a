// Package clinic describes the clinic that runs a Kneadform installation:
// its name, phone and the emergency number its clients should call. It is
// pure Go; loading and validating a clinic's configuration file builds on it.
package clinic

import (
	"strings"
	"time"
)

// Config is one clinic's settings, read from its configuration file (see
// docs/clinic-config.md). Only the clinic's web admin changes it; Validate
// says precisely what is wrong with it.
type Config struct {
	// Name is shown in the banner and on the summary. Required.
	Name string `json:"name"`
	// Logo is a same-origin image under /web/ (svg, png or webp): nothing
	// is ever fetched from another host.
	Logo string `json:"logo,omitempty"`
	// Colors are the accent colour and the text colour drawn on it; they
	// must contrast at least 4.5:1 (WCAG 1.4.3).
	Colors Colors `json:"colors,omitempty"`
	// Phone is the clinic's phone number, for tap-to-call; may be empty.
	Phone string `json:"phone,omitempty"`
	// Emergency is the emergency number; empty means the default for Region.
	Emergency string `json:"emergency,omitempty"`
	// Region is an ISO 3166 country code such as "GB", "TH", "US".
	Region string `json:"region,omitempty"`
	// Address is the clinic's postal address, shown on the summary.
	Address string `json:"address,omitempty"`
	// Booking is an https link to the clinic's booking page.
	Booking string `json:"booking,omitempty"`
	// ArriveEarlyMinutes is how many minutes before the appointment the
	// clinic asks clients to arrive (1 to MaxArriveEarlyMinutes), for the
	// pre-visit checklist; 0 means "a few minutes early".
	ArriveEarlyMinutes int `json:"arriveEarlyMinutes,omitempty"`
	// VisitMinutes is how long a usual appointment lasts (MinVisitMinutes to
	// MaxVisitMinutes), the length of the next suggested visit in the
	// calendar file; 0 means DefaultVisitMinutes.
	VisitMinutes int `json:"visitMinutes,omitempty"`
	// Languages the clinic offers, the first being the default; each must
	// have a catalog. Empty means English.
	Languages []string `json:"languages,omitempty"`
	// Recipient is the clinic's age public key (age1…), made by
	// `kneadform keygen`, for the end-to-end encrypted hand-off.
	Recipient string `json:"recipient,omitempty"`
	// AllowedOrigins are the parent pages allowed to embed the app and to
	// exchange messages with it, as origins: "https://clinic.example".
	AllowedOrigins []string `json:"allowedOrigins,omitempty"`
	// PostSummary allows the finished summary to be posted to the parent
	// page. Off by default: then the parent only learns that the client
	// finished, never any answer.
	PostSummary bool `json:"postSummary,omitempty"`
	// Kiosk configures a shared tablet in the clinic.
	Kiosk Kiosk `json:"kiosk,omitempty"`
}

// Colors are a clinic's brand colours as #rrggbb.
type Colors struct {
	Accent     string `json:"accent,omitempty"`
	AccentText string `json:"accentText,omitempty"`
}

// Kiosk settings: on a shared device the answers are wiped after a pause.
type Kiosk struct {
	Enabled bool `json:"enabled,omitempty"`
	// ResetAfterMinutes of no activity wipes the answers (1 to MaxKioskMinutes).
	ResetAfterMinutes int `json:"resetAfterMinutes,omitempty"`
	// ResetAfterSeconds, when set, replaces ResetAfterMinutes (MinKioskSeconds
	// to MaxKioskMinutes*60): for demonstrations and browser tests, which
	// should not wait a real minute.
	ResetAfterSeconds int `json:"resetAfterSeconds,omitempty"`
}

// ResetAfter is the pause with no activity after which the kiosk wipes
// the answers; 0 when the kiosk is off or has no valid pause.
func (k Kiosk) ResetAfter() time.Duration {
	switch {
	case !k.Enabled:
		return 0
	case k.ResetAfterSeconds >= MinKioskSeconds && k.ResetAfterSeconds <= MaxKioskMinutes*60:
		return time.Duration(k.ResetAfterSeconds) * time.Second
	case k.ResetAfterSeconds == 0 && k.ResetAfterMinutes >= 1 && k.ResetAfterMinutes <= MaxKioskMinutes:
		return time.Duration(k.ResetAfterMinutes) * time.Minute
	}
	return 0
}

// Visit lengths. seed:003 "During the Session": sessions focused on the back
// usually last 30–60 minutes; full-body sessions may be longer.
const (
	DefaultVisitMinutes   = 60
	MinVisitMinutes       = 15
	MaxVisitMinutes       = 180
	MaxArriveEarlyMinutes = 60
)

// VisitLength returns the appointment length in minutes: VisitMinutes, or
// DefaultVisitMinutes when unset or out of range.
func (c Config) VisitLength() int {
	if c.VisitMinutes < MinVisitMinutes || c.VisitMinutes > MaxVisitMinutes {
		return DefaultVisitMinutes
	}
	return c.VisitMinutes
}

// Current is the configuration the app runs with.
var Current = Config{}

// EmergencyNumber returns the number to call in an emergency: the
// configured one, else the national number for the clinic's region, else
// 112, which GSM phones route to emergency services in most countries.
func (c Config) EmergencyNumber() string {
	if n := strings.TrimSpace(c.Emergency); n != "" {
		return n
	}
	if n, ok := nationalEmergency[strings.ToUpper(c.Region)]; ok {
		return n
	}
	return "112"
}

// nationalEmergency maps a country to its general emergency number.
var nationalEmergency = map[string]string{
	"GB": "999", "IE": "112", "US": "911", "CA": "911", "MX": "911",
	"AU": "000", "NZ": "111", "TH": "1669", "ES": "112", "AR": "911",
	"CO": "123", "CL": "131", "PE": "117", "IN": "112", "SG": "995",
	"HK": "999", "MY": "999", "PH": "911", "JP": "119", "ZA": "10177",
}

// RegionFromLocale extracts the region of a BCP 47 locale ("en-GB" → "GB").
func RegionFromLocale(locale string) string {
	parts := strings.FieldsFunc(locale, func(r rune) bool { return r == '-' || r == '_' })
	for _, p := range parts[min(1, len(parts)):] {
		if len(p) == 2 {
			return strings.ToUpper(p)
		}
	}
	return ""
}

// TelURI returns a tel: link for a phone number, keeping only the
// characters a dialler understands.
func TelURI(number string) string {
	var b strings.Builder
	for _, r := range number {
		if (r >= '0' && r <= '9') || (r == '+' && b.Len() == 0) {
			b.WriteRune(r)
		}
	}
	return "tel:" + b.String()
}
