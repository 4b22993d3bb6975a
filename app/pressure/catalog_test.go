package pressure

import (
	"strings"
	"testing"
	"unicode"

	"kneadform/app/i18n"
	"kneadform/app/i18n/i18ntest"
	"kneadform/app/triage"
)

// catalogKeys lists every key this package emits or documents.
func catalogKeys() []string {
	var keys []string
	for _, l := range Levels {
		keys = append(keys, l.Key())
	}
	for _, b := range Bands {
		keys = append(keys, b.Key(), b.DescKey())
	}
	for _, a := range Actions {
		keys = append(keys, a.Key())
	}
	for _, w := range Words {
		keys = append(keys, w.Key())
	}
	keys = append(keys, Span{From: Light, To: Light}.Key(), Span{From: Light, To: Firm}.Key())
	for _, r := range []Reason{scaleReason, notScreened, unknownRegion, legsInPregnancy, offScale, aboveMax, {Key: "pressure.cap.rule"}} {
		keys = append(keys, r.Key)
	}
	for _, r := range avoidReasons([]string{"triage.avoid.wound", clientAvoidKey}) {
		keys = append(keys, r.Key)
	}
	for _, n := range Notes {
		keys = append(keys, n.Key())
	}
	for _, s := range Signs {
		keys = append(keys, s.Key())
	}
	for _, s := range Signals {
		keys = append(keys, s.Key())
	}
	keys = append(keys, DefaultWordKey)
	for _, c := range CheckIns {
		keys = append(keys, c.Key())
	}
	for _, f := range []Fit{FitUsual, FitGentler, FitLeftOut} {
		keys = append(keys, f.Key())
	}
	keys = append(keys, HoldKey, SustainedKey)
	for _, k := range []string{"level-range", "above-max"} {
		keys = append(keys, "error."+k)
	}
	// Field-specific wording the UI prefers (intake's error.<field>.<kind>).
	keys = append(keys,
		"error."+FieldStopSignal+".required",
		"error."+FieldStopWord+".too-long",
		"error."+FieldStopWord+".invalid-text",
		"error."+FieldCheckIn+".required",
	)
	return keys
}

// TestCatalog: every key has English text, and pressure.json holds no key
// the package does not use.
func TestCatalog(t *testing.T) {
	en := i18n.Get("en")
	// Keys reused from other files.
	for _, k := range []string{missingKey, "error.required", "error.invalid", "error.too-long", "error.invalid-text"} {
		if !en.Has(k) {
			t.Errorf("reused catalog key %q is missing", k)
		}
	}
	for _, r := range triage.Rules {
		if r.Ceiling > 0 && !en.Has(r.ClientKey()) {
			t.Errorf("cap reason %q is missing", r.ClientKey())
		}
	}
	// pressure.walk.* are the walkthrough screens' own words; app/ui's
	// TestPressureCatalog checks that each one is used there.
	used := catalogKeys()
	for k := range pressureFile(t) {
		if strings.HasPrefix(k, "pressure.walk.") {
			used = append(used, k)
		}
	}
	i18ntest.CheckFile(t, "pressure.json", "", used)
}

func pressureFile(t *testing.T) map[string]string {
	t.Helper()
	file, err := i18n.File("en", "pressure.json")
	if err != nil {
		t.Fatal(err)
	}
	return file
}

// TestPlainWords keeps the client text at a reading age of about 9: short
// sentences, short words, no clinical labels, and a Flesch–Kincaid grade
// of 4 or below for the text as a whole (a rough check; a person should
// still read it).
func TestPlainWords(t *testing.T) {
	banned := []string{"therapeutic", "tapotement", "percussion", "vertebra", "contraindicat", "sciatic", "radiat", "nerve"}
	var words, sentences, syllables int
	for k, msg := range pressureFile(t) {
		if strings.HasPrefix(k, "error.") || strings.Contains(msg, "{") {
			continue
		}
		low := strings.ToLower(msg)
		for _, w := range banned {
			if strings.Contains(low, w) {
				t.Errorf("%s: %q uses the word %q", k, msg, w)
			}
		}
		for _, s := range strings.FieldsFunc(msg, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
			ws := strings.Fields(s)
			if len(ws) == 0 {
				continue
			}
			if len(ws) > 20 {
				t.Errorf("%s: a sentence of %d words: %q", k, len(ws), s)
			}
			sentences++
			words += len(ws)
			for _, w := range ws {
				syllables += syllableCount(w)
			}
		}
	}
	grade := 0.39*float64(words)/float64(sentences) + 11.8*float64(syllables)/float64(words) - 15.59
	t.Logf("client text: %d sentences, %d words, Flesch–Kincaid grade %.1f", sentences, words, grade)
	if grade > 4 {
		t.Errorf("Flesch–Kincaid grade %.1f, want 4 or below (reading age about 9)", grade)
	}
}

// syllableCount estimates the syllables of an English word: groups of
// vowels, less a silent final e, at least one.
func syllableCount(w string) int {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
	n, inVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}

// TestCapWordInClientText: a rule that caps the pressure and tells the
// client about the pressure names the cap's own word (issue 17: a pregnant
// client was told "gentle pressure" while the cap was 5, medium), in every
// language.
func TestCapWordInClientText(t *testing.T) {
	checked := 0
	for _, r := range triage.Rules {
		if r.Ceiling <= 0 || !strings.Contains(i18n.Get("en").T(r.ClientKey()), "pressure") {
			continue
		}
		checked++
		for _, lang := range []string{"en", "th", "es"} {
			c := i18n.Get(lang)
			text, word := c.T(r.ClientKey()), c.T(Level(r.Ceiling).Word().Key())
			if !strings.Contains(strings.ToLower(text), strings.ToLower(word)) {
				t.Errorf("%s: rule %s caps the pressure at %d (%q) but tells the client: %q", lang, r.ID, r.Ceiling, word, text)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no capping rule talks about pressure: the test checks nothing")
	}
}
