package i18n

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestCatalogsLoad(t *testing.T) {
	cs, err := load()
	if err != nil {
		t.Fatal(err)
	}
	en := cs[Fallback]
	if len(en.Keys()) < 300 {
		t.Errorf("en has %d keys: catalog files missing?", len(en.Keys()))
	}
	// Every other language is data only: same keys as English, and the
	// same {placeholders} in each message.
	ph := regexp.MustCompile(`\{[a-z]+\}`)
	for lang, c := range cs {
		if lang == Fallback {
			continue
		}
		for _, k := range c.Keys() {
			if !en.Has(k) {
				t.Errorf("%s has key %q that en lacks", lang, k)
				continue
			}
			if got, want := ph.FindAllString(msg(c, k), -1), ph.FindAllString(msg(en, k), -1); len(got) != len(want) {
				t.Errorf("%s %q placeholders %v, en has %v", lang, k, got, want)
			}
		}
	}
	for _, k := range en.Keys() {
		if msg(en, k) == "" {
			t.Errorf("en %q is empty", k)
		}
	}
}

func TestT(t *testing.T) {
	en := Get("en-GB")
	if en.Lang != "en" {
		t.Fatalf("Get(en-GB) = %s", en.Lang)
	}
	if got := en.T("progress", "n", 3, "total", 20); got != "Step 3 of 20" {
		t.Errorf("T(progress) = %q", got)
	}
	if got := en.T("no.such.key"); got != "[no.such.key]" {
		t.Errorf("missing key = %q", got)
	}
	if Get("xx").Lang != Fallback {
		t.Error("unknown language should fall back to English")
	}
}

func TestChoose(t *testing.T) {
	tests := []struct {
		offered, preferred []string
		want               string
	}{
		{nil, []string{"en-GB"}, "en"},
		{nil, []string{"xx-YY", "en-US"}, "en"},
		{[]string{"en"}, []string{"fr-FR"}, "en"},
		{[]string{"th", "en"}, []string{"fr"}, "th"},    // no match: the clinic's first language
		{[]string{"th", "en"}, []string{"th-TH"}, "th"}, // region stripped
		{[]string{"xx", "en"}, []string{"fr"}, "en"},    // xx has no catalog: skipped
		{nil, nil, Fallback},
		{[]string{"zz"}, nil, Fallback},
	}
	for _, tt := range tests {
		if got := Choose(tt.offered, tt.preferred...); got != tt.want {
			t.Errorf("Choose(%v, %v) = %q, want %q", tt.offered, tt.preferred, got, tt.want)
		}
	}
}

func msg(c *Catalog, key string) string {
	m, _ := c.own(key)
	return m
}

// TestFillLikeReplacer: fill gives what strings.NewReplacer gave before
// (T's placeholders), over random messages made of braces, names and text,
// and random arguments, duplicates and values holding braces included.
func TestFillLikeReplacer(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"{", "}", "n", "total", "{n}", "{total}", "{x}", "a", " ", "ไทย", "{{n}}", "{n", "n}"}
	names := []string{"n", "total", "x", ""} // names are words: never braces
	values := []any{3, "20", "{n}", "", "ไทย", 4.5, "}{"}
	for i := 0; i < 20000; i++ {
		var msg strings.Builder
		for j := r.IntN(8); j >= 0; j-- {
			msg.WriteString(parts[r.IntN(len(parts))])
		}
		var args []any
		for j := r.IntN(4); j > 0; j-- {
			args = append(args, names[r.IntN(len(names))], values[r.IntN(len(values))])
		}
		pairs := make([]string, 0, len(args))
		for k := 0; k+1 < len(args); k += 2 {
			pairs = append(pairs, "{"+fmt.Sprint(args[k])+"}", fmt.Sprint(args[k+1]))
		}
		want := msg.String()
		if len(pairs) > 0 {
			want = strings.NewReplacer(pairs...).Replace(msg.String())
		}
		if got := fill(msg.String(), args); got != want {
			t.Fatalf("fill(%q, %v) = %q, strings.NewReplacer gives %q", msg.String(), args, got, want)
		}
	}
}
