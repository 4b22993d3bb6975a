package clinic

import (
	"testing"
	"time"
)

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

func TestKioskResetAfter(t *testing.T) {
	tests := []struct {
		k    Kiosk
		want time.Duration
	}{
		{Kiosk{}, 0},
		{Kiosk{ResetAfterMinutes: 5}, 0},
		{Kiosk{Enabled: true}, 0},
		{Kiosk{Enabled: true, ResetAfterMinutes: 5}, 5 * time.Minute},
		{Kiosk{Enabled: true, ResetAfterMinutes: 5, ResetAfterSeconds: 8}, 8 * time.Second},
		{Kiosk{Enabled: true, ResetAfterSeconds: 8}, 8 * time.Second},
		{Kiosk{Enabled: true, ResetAfterMinutes: 5, ResetAfterSeconds: 2}, 0},
		{Kiosk{Enabled: true, ResetAfterMinutes: MaxKioskMinutes + 1}, 0},
		{Kiosk{Enabled: true, ResetAfterSeconds: MaxKioskMinutes*60 + 1}, 0},
	}
	for _, tt := range tests {
		if got := tt.k.ResetAfter(); got != tt.want {
			t.Errorf("%+v.ResetAfter() = %v, want %v", tt.k, got, tt.want)
		}
		if c := (Config{Name: "x", Kiosk: tt.k}); tt.k.Enabled && (len(c.Validate()) == 0) != (tt.want > 0) {
			t.Errorf("%+v: Validate says %v, ResetAfter %v", tt.k, c.Validate(), tt.want)
		}
	}
}
