package therapist

import "testing"

func TestConsentTime(t *testing.T) {
	for in, want := range map[string]string{
		"2025-01-01T10:00:00Z":      "2025-01-01 10:00 (UTC+00:00)",
		"2025-03-09T18:30:05-05:00": "2025-03-09 18:30 (UTC-05:00)",
		"yesterday":                 "yesterday",
		"":                          "Not answered",
	} {
		if got := consentTime(in); got != want {
			t.Errorf("consentTime(%q) = %q, want %q", in, got, want)
		}
	}
}
