package shell

import (
	"testing"
	"time"
)

func TestKioskExpired(t *testing.T) {
	t0 := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		last, now time.Time
		want      bool
	}{
		{t0, t0.Add(9*time.Minute + 59*time.Second), false},
		{t0, t0.Add(10 * time.Minute), true},
		{t0, t0.Add(time.Hour), true},
		{time.Time{}, t0, false}, // never started
	}
	for _, tt := range tests {
		if got := kioskExpired(tt.last, tt.now, 10*time.Minute); got != tt.want {
			t.Errorf("kioskExpired(%v, %v) = %v, want %v", tt.last, tt.now, got, tt.want)
		}
	}
}

func TestKioskCheckEvery(t *testing.T) {
	tests := []struct{ limit, want time.Duration }{
		{5 * time.Second, 1250 * time.Millisecond},
		{2 * time.Second, time.Second}, // never more often than every second
		{20 * time.Second, 5 * time.Second},
		{10 * time.Minute, 5 * time.Second},
	}
	for _, tt := range tests {
		if got := kioskCheckEvery(tt.limit); got != tt.want {
			t.Errorf("kioskCheckEvery(%v) = %v, want %v", tt.limit, got, tt.want)
		}
	}
}
