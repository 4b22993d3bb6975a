// Package clinic describes the clinic that runs a Kneadform installation:
// its name, phone and the emergency number its clients should call. It is
// pure Go; loading and validating a clinic's configuration file builds on it.
package clinic

import "strings"

// Config is one clinic's settings. Only the clinic's web admin changes it.
type Config struct {
	Name      string `json:"name"`      // shown in the banner and on the summary
	Phone     string `json:"phone"`     // the clinic's phone, for tap-to-call; may be empty
	Emergency string `json:"emergency"` // emergency number; empty means "the default for Region"
	Region    string `json:"region"`    // ISO 3166 country code, e.g. "GB", "TH", "US"
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
