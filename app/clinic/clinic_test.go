package clinic

import "testing"

func TestEmergencyNumber(t *testing.T) {
	tests := []struct {
		c    Config
		want string
	}{
		{Config{}, "112"},
		{Config{Region: "GB"}, "999"},
		{Config{Region: "us"}, "911"},
		{Config{Region: "TH"}, "1669"},
		{Config{Region: "GB", Emergency: " 112 "}, "112"},
		{Config{Region: "ZZ"}, "112"},
	}
	for _, tt := range tests {
		if got := tt.c.EmergencyNumber(); got != tt.want {
			t.Errorf("%+v.EmergencyNumber() = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestRegionFromLocale(t *testing.T) {
	for in, want := range map[string]string{"en-GB": "GB", "th_TH": "TH", "es": "", "": "", "zh-Hant-HK": "HK"} {
		if got := RegionFromLocale(in); got != want {
			t.Errorf("RegionFromLocale(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTelURI(t *testing.T) {
	for in, want := range map[string]string{"999": "tel:999", "+44 20 7946 0000": "tel:+442079460000", "(555) 0100": "tel:5550100", "1+2": "tel:12"} {
		if got := TelURI(in); got != want {
			t.Errorf("TelURI(%q) = %q, want %q", in, got, want)
		}
	}
}
