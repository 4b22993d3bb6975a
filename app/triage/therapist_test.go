package triage

import (
	"bytes"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"kneadform/app/i18n/i18ntest"
	"kneadform/app/intake"
)

const therapistCatalog = "../i18n/locales/en/therapist.json"

// therapistTexts is every therapist-facing note of the rule table, the
// comfort notes, the techniques and the rules' limits, by catalog key: the
// English source of locales/en/therapist.json (issue 15: the therapist reads
// the notes in the clinic's language).
func therapistTexts() map[string]string {
	m := map[string]string{}
	for _, r := range Rules {
		m[r.TherapistKey()] = r.Therapist
		if r.Position != "" {
			m[therapistKey("position", r.ID)] = r.Position
		}
		if r.Oil != "" {
			m[therapistKey("oil", r.ID)] = r.Oil
		}
		for _, x := range r.Excludes {
			if x.Limit != "" {
				m[therapistKey("limit", r.ID+"."+x.Technique)] = x.Limit
			}
		}
	}
	for c, note := range comfortTherapist {
		m[therapistKey("comfort", string(c))] = note
	}
	for _, t := range techniqueTable {
		m[therapistKey("technique", t.id)] = t.note
	}
	return m
}

// TestTherapistCatalog keeps locales/en/therapist.json equal to the notes in
// the code (regenerate with go test ./app/triage -update), and checks that
// every key Evaluate emits for the therapist is in it.
func TestTherapistCatalog(t *testing.T) {
	m := therapistTexts()
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range keys {
		kb, _ := json.Marshal(k)
		vb, _ := json.Marshal(m[k])
		b.WriteString("  " + string(kb) + ": " + string(vb))
		if i < len(keys)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	// json.Marshal escapes <, > and &: keep the file readable.
	got := bytes.NewBuffer(bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(b.Bytes(), []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&")))
	if *update {
		if err := os.WriteFile(therapistCatalog, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(therapistCatalog)
	if err != nil || !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("%s is out of date with the rule table (%v): regenerate with go test ./app/triage -update", therapistCatalog, err)
	}
	i18ntest.CheckFile(t, "therapist.json", "", keys)
}

// TestTherapistKeysEmitted: the keys in outcomes are the catalog's.
func TestTherapistKeysEmitted(t *testing.T) {
	m := therapistTexts()
	o := Evaluate(with(addCond(intake.CondStenosis, intake.CondBleeding), pregnantWeeks(intake.Yes, 20), allergic(intake.AllergyNutOil),
		func(a *intake.Answers) { a.Comfort = []intake.Comfort{intake.ComfortReflux} }))
	check := func(key, text string) {
		if m[key] != text || text == "" {
			t.Errorf("key %q: catalog %q, outcome %q", key, m[key], text)
		}
	}
	for _, f := range o.Fired {
		check(f.TherapistKey, f.Therapist)
	}
	for _, n := range append(o.Positioning, o.OilNotes...) {
		check(n.TherapistKey, n.Therapist)
	}
	for _, tech := range o.Techniques {
		check(tech.NoteKey, tech.Note)
		for _, l := range tech.Limits {
			check(l.Key, l.Note)
		}
	}
	if len(o.Fired) < 3 || len(o.Positioning) < 2 || len(o.OilNotes) == 0 {
		t.Fatalf("the outcome exercises too little: %v", ids(o))
	}
}
