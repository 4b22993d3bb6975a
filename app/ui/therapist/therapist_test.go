package therapist

import (
	"testing"

	"kneadform/app/ui/kit"
)

func TestConsentTime(t *testing.T) {
	for in, want := range map[string]string{
		"2025-01-01T10:00:00Z":      "1 Jan 2025, 10:00 (UTC+00:00)",
		"2025-03-09T18:30:05-05:00": "9 Mar 2025, 18:30 (UTC-05:00)",
		"yesterday":                 "yesterday",
		"":                          "Not answered",
	} {
		if got := consentTime(in); got != want {
			t.Errorf("consentTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// The therapist reads the consent time in the clinic's language: a Thai
// clinic sees a Buddhist-era year and a Thai clock.
func TestConsentTimeThai(t *testing.T) {
	kit.UseLanguage("th")
	defer kit.UseLanguage("en")
	if got, want := consentTime("2025-01-01T10:00:00+07:00"), "1 ม.ค. 2568 เวลา 10:00 น. (UTC+07:00)"; got != want {
		t.Errorf("consentTime in Thai = %q, want %q", got, want)
	}
}
