package i18n

import (
	"strconv"
	"strings"
	"time"
)

// Numbers and dates in the reader's language (issue 15): the journal's
// dates, its chart, the change since the first record, the therapist's
// consent time.
//
// The words (month names) and the order of the parts come from the
// catalog (date.short, date.long, date.clock, date.at, date.month.N); what
// is not words is here, one row per language:
//
//   - Digits are Western Arabic (0–9) in every language. Thai digits (๐–๙)
//     exist, but Thai clinics, phones, prices and medical forms use 0–9,
//     and the pain and pressure scales must read the same on the client's
//     screen, in the therapist's summary and when said aloud in the room.
//   - Thai years are Buddhist-era (Gregorian + 543): it is the calendar
//     Thai people read on every form, receipt and appointment card, and the
//     one a Thai phone shows (the Unicode CLDR default for th-TH is
//     "buddhist"); a Gregorian year next to Thai month names would read as
//     a typo (2026 for 2569). English and Spanish use the Gregorian year.
//   - The decimal mark is a comma in Spanish ("3,5"), a point in English
//     and Thai. Numbers shown are small (0–10 scales, counts of days), so
//     there is no digit grouping.
//   - Clocks are 24-hour everywhere (Thai adds "น." through the catalog).
//
// Plain Go (strconv, time), no locale library: the wasm pays for every
// byte on the client's phone.

// numberFormat is what a language writes differently in numbers and years.
type numberFormat struct {
	decimal    string // the decimal mark
	yearOffset int    // added to the Gregorian year (the Buddhist era: 543)
}

// numberFormats holds the languages that differ from English's.
var numberFormats = map[string]numberFormat{
	"es": {decimal: ","},
	"th": {decimal: ".", yearOffset: 543},
}

func (c *Catalog) numbers() numberFormat {
	if f, ok := numberFormats[c.Lang]; ok {
		return f
	}
	return numberFormat{decimal: "."}
}

// Decimal writes x with at most prec digits after the decimal mark,
// trailing zeros dropped: Decimal(3.50, 1) is "3.5" in English, "3,5" in
// Spanish; Decimal(4, 1) is "4".
func (c *Catalog) Decimal(x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return strings.Replace(s, ".", c.numbers().decimal, 1)
}

// Year is t's year in the language's calendar (2569 for 2026 in Thai).
func (c *Catalog) Year(t time.Time) int { return t.Year() + c.numbers().yearOffset }

// month is t's month's short name.
func (c *Catalog) month(t time.Time) string {
	return c.T("date.month." + strconv.Itoa(int(t.Month())))
}

// DateShort writes t's day and month: "3 Mar", "3 mar", "3 มี.ค.".
func (c *Catalog) DateShort(t time.Time) string {
	return c.T("date.short", "day", t.Day(), "month", c.month(t))
}

// Date writes t's day, month and year: "3 Mar 2026", "3 mar 2026",
// "3 มี.ค. 2569".
func (c *Catalog) Date(t time.Time) string {
	return c.T("date.long", "day", t.Day(), "month", c.month(t), "year", c.Year(t))
}

// Clock writes t's time of day on a 24-hour clock: "14:05", "14:05 น.".
func (c *Catalog) Clock(t time.Time) string {
	return c.T("date.clock", "hour", t.Hour(), "minute", pad2(t.Minute()))
}

// DateTime writes t's date and time: "3 Mar 2026, 14:05",
// "3 มี.ค. 2569 เวลา 14:05 น.".
func (c *Catalog) DateTime(t time.Time) string {
	return c.T("date.at", "date", c.Date(t), "time", c.Clock(t))
}

// Day writes a calendar day given as "YYYY-MM-DD" (how the journal and the
// outcome log store days) as DateShort; anything else is returned as it is,
// so a damaged date is still shown, never hidden.
func (c *Catalog) Day(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return c.DateShort(t)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
