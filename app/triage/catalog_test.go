package triage

import (
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/i18n/i18ntest"
	"kneadform/app/intake"
)

// catalogKeys lists every client-facing key this package can emit.
func catalogKeys() []string {
	var keys []string
	for _, t := range Tiers {
		keys = append(keys, t.MsgKey()+".title", t.MsgKey()+".body")
	}
	for _, r := range Rules {
		keys = append(keys, r.ClientKey())
		for _, k := range []string{r.DoctorKey(), r.PositionKey(), r.OilKey()} {
			if k != "" {
				keys = append(keys, k)
			}
		}
	}
	for _, x := range intake.SkinIssues {
		keys = append(keys, avoidKey(string(x)))
	}
	keys = append(keys, avoidKey(ReasonClient), avoidKey(ReasonSurgery))
	for _, c := range intake.Comforts {
		keys = append(keys, ComfortKey(c))
	}
	for _, t := range techniqueTable {
		keys = append(keys, "technique."+t.id+".name", "technique."+t.id+".desc")
	}
	for _, id := range frequencyIDs() {
		keys = append(keys, "frequency."+id)
	}
	for _, f := range frequencyTable {
		keys = append(keys, "frequency.why."+f.id)
	}
	return keys
}

// TestCatalog: every key the engine emits has English text, and
// locales/en/triage.json holds no key the engine does not emit.
func TestCatalog(t *testing.T) {
	i18ntest.CheckFile(t, "triage.json", "", catalogKeys())
}

// TestClientTextIsPlain keeps the client text short and free of diagnoses:
// sentences under ~25 words, no clinical labels a client could read as a
// diagnosis.
func TestClientTextIsPlain(t *testing.T) {
	en := i18n.Get("en")
	banned := []string{"cauda equina", "syndrome", "metasta", "malignan", "fracture", "thrombosis", "dvt", "radicul", "diagnos", "tumour", "tumor"}
	for _, k := range catalogKeys() {
		msg := strings.ToLower(en.T(k))
		for _, w := range banned {
			if strings.Contains(msg, w) {
				t.Errorf("%s: %q uses the clinical word %q", k, msg, w)
			}
		}
		for _, s := range strings.FieldsFunc(msg, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
			if n := len(strings.Fields(s)); n > 25 {
				t.Errorf("%s: a sentence of %d words: %q", k, n, s)
			}
		}
	}
}
