package i18n

import (
	"testing"
	"time"
)

func TestDecimal(t *testing.T) {
	tests := []struct {
		lang string
		x    float64
		prec int
		want string
	}{
		{"en", 3.5, 1, "3.5"},
		{"es", 3.5, 1, "3,5"},
		{"th", 3.5, 1, "3.5"},
		{"es", 4, 1, "4"},
		{"es", 4.04, 1, "4"},
		{"es", 3.25, 2, "3,25"},
		{"es", 10, -1, "10"},
		{"es", 2.75, -1, "2,75"},
		{"en", -0.04, 1, "0"},
		{"es", -1.5, 1, "-1,5"},
		{"fr", 3.5, 1, "3.5"}, // no catalog: English
		{"es-MX", 3.5, 1, "3,5"},
	}
	for _, tt := range tests {
		if got := Get(tt.lang).Decimal(tt.x, tt.prec); got != tt.want {
			t.Errorf("%s Decimal(%v, %d) = %q, want %q", tt.lang, tt.x, tt.prec, got, tt.want)
		}
	}
}

func TestDates(t *testing.T) {
	at := time.Date(2026, time.March, 3, 14, 5, 0, 0, time.UTC)
	newYear := time.Date(2025, time.December, 31, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		lang                       string
		t                          time.Time
		short, date, clock, dateAt string
	}{
		{"en", at, "3 Mar", "3 Mar 2026", "14:05", "3 Mar 2026, 14:05"},
		{"es", at, "3 mar", "3 mar 2026", "14:05", "3 mar 2026, 14:05"},
		{"th", at, "3 มี.ค.", "3 มี.ค. 2569", "14:05 น.", "3 มี.ค. 2569 เวลา 14:05 น."},
		{"en", newYear, "31 Dec", "31 Dec 2025", "9:00", "31 Dec 2025, 9:00"},
		{"es", newYear, "31 dic", "31 dic 2025", "9:00", "31 dic 2025, 9:00"},
		{"th", newYear, "31 ธ.ค.", "31 ธ.ค. 2568", "9:00 น.", "31 ธ.ค. 2568 เวลา 9:00 น."},
	}
	for _, tt := range tests {
		c := Get(tt.lang)
		if got := c.DateShort(tt.t); got != tt.short {
			t.Errorf("%s DateShort = %q, want %q", tt.lang, got, tt.short)
		}
		if got := c.Date(tt.t); got != tt.date {
			t.Errorf("%s Date = %q, want %q", tt.lang, got, tt.date)
		}
		if got := c.Clock(tt.t); got != tt.clock {
			t.Errorf("%s Clock = %q, want %q", tt.lang, got, tt.clock)
		}
		if got := c.DateTime(tt.t); got != tt.dateAt {
			t.Errorf("%s DateTime = %q, want %q", tt.lang, got, tt.dateAt)
		}
	}
}

// Every month has a name in every language, and the Thai year is the
// Buddhist era's.
func TestMonthsAndEra(t *testing.T) {
	for _, lang := range Languages() {
		c := Get(lang)
		seen := map[string]bool{}
		for m := time.January; m <= time.December; m++ {
			name := c.month(time.Date(2026, m, 1, 0, 0, 0, 0, time.UTC))
			if name == "" || name[0] == '[' || seen[name] {
				t.Errorf("%s: month %d is %q", lang, m, name)
			}
			seen[name] = true
		}
	}
	if got := Get("th").Year(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); got != 2569 {
		t.Errorf("Thai year of 2026 = %d, want 2569", got)
	}
	if got := Get("es").Year(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); got != 2026 {
		t.Errorf("Spanish year of 2026 = %d", got)
	}
}

func TestDay(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "2026-01-05", "5 Jan"},
		{"es", "2026-08-15", "15 ago"},
		{"th", "2026-04-13", "13 เม.ย."},
		{"es", "2026-13-01", "2026-13-01"}, // not a date: as it is
		{"es", "", ""},
		{"th", "2026-1-5", "2026-1-5"},
	}
	for _, tt := range tests {
		if got := Get(tt.lang).Day(tt.in); got != tt.want {
			t.Errorf("%s Day(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
