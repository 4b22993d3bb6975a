package i18n

import (
	"strings"
	"testing"
)

// TestCheckLanguage shows that each rule of TestCatalogsMirrorEnglish
// fires on a broken catalog and stays quiet on a good one.
func TestCheckLanguage(t *testing.T) {
	en := map[string]catalogFile{"a.json": {
		"greet":  "Hello {name}",
		"brand":  "Kneadform",
		"fmt":    "{from} to {to}",
		"pair":   "{region}: {n}",
		"prefix": "Error: ",
		"mail":   "Hi\n\n{link}\n",
		"body":   "Your therapist will keep the pressure light.",
	}}
	good := catalogFile{
		"greet":  "สวัสดี {name}",
		"brand":  "Kneadform",
		"fmt":    "{from} ถึง {to}",
		"pair":   "{region}: {n}", // no words: needs no translation
		"prefix": "ข้อผิดพลาด: ",
		"mail":   "สวัสดี\n\n{link}\n",
		"body":   "นักนวดจะลงน้ำหนักเบา ๆ ตลอดการนวดของคุณในวันนี้", // makes the fixture mostly Thai
	}
	allow := allowList{same: map[string]bool{"brand": true}, latin: map[string]bool{"Kneadform": true}}
	with := func(k, v string) map[string]catalogFile {
		f := catalogFile{}
		for kk, vv := range good {
			f[kk] = vv
		}
		if v == "<delete>" {
			delete(f, k)
		} else {
			f[k] = v
		}
		return map[string]catalogFile{"a.json": f}
	}
	tests := []struct {
		name  string
		other map[string]catalogFile
		allow allowList
		want  string // a substring of one problem; "" means no problem
	}{
		{"complete", with("greet", good["greet"]), allow, ""},
		{"missing key", with("greet", "<delete>"), allow, `key "greet" is missing`},
		{"extra key", with("unused", "ไม่ใช้"), allow, `key "unused" is not in English`},
		{"placeholder renamed", with("greet", "สวัสดี {nom}"), allow, "placeholders [{nom}], English has [{name}]"},
		{"placeholder dropped", with("fmt", "{from} ถึง"), allow, "placeholders"},
		{"still English", with("greet", "Hello {name}"), allow, "still the English text"},
		{"English word left inside", with("greet", "สวัสดี Hello {name}"), allow, `Latin-script word "Hello"`},
		{"empty", with("greet", "  "), allow, "is empty"},
		{"trailing space lost", with("prefix", "ข้อผิดพลาด:"), allow, "trailing spaces"},
		{"line break lost", with("mail", "สวัสดี {link}"), allow, "line breaks"},
		{"brand not allowed", with("greet", good["greet"]), allowList{latin: allow.latin}, `"brand" is still the English text`},
		{"stale allow entry", with("greet", good["greet"]),
			allowList{same: map[string]bool{"brand": true, "greet": true}, latin: allow.latin}, `"same greet" is not needed`},
		{"missing file", map[string]catalogFile{}, allow, "file a.json is missing"},
		{"file English lacks", map[string]catalogFile{"a.json": good, "b.json": {}}, allow, "file b.json has no English counterpart"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := checkLanguage(en, tt.other, tt.allow)
			if tt.want == "" {
				if len(probs) > 0 {
					t.Fatalf("want no problem, got %q", probs)
				}
				return
			}
			for _, p := range probs {
				if strings.Contains(p, tt.want) {
					return
				}
			}
			t.Fatalf("want a problem containing %q, got %q", tt.want, probs)
		})
	}
}

// TestLatinWordsSkippedForLatinScripts checks that a Spanish-like catalog
// may keep words such as "No" inside longer text without an allow entry,
// while an unchanged whole value is still caught.
func TestLatinWordsSkippedForLatinScripts(t *testing.T) {
	en := map[string]catalogFile{"a.json": {"no": "No", "q": "Is it FHIR?"}}
	es := map[string]catalogFile{"a.json": {"no": "No", "q": "¿Es FHIR?"}}
	probs := checkLanguage(en, es, allowList{same: map[string]bool{}, latin: map[string]bool{}})
	if len(probs) != 1 || !strings.Contains(probs[0], `"no" is still the English text`) {
		t.Fatalf("got %q", probs)
	}
}

func TestDecodeStrict(t *testing.T) {
	if _, err := decodeStrict([]byte(`{"a":"x","a":"y"}`)); err == nil || !strings.Contains(err.Error(), "defined twice") {
		t.Errorf("duplicate key: err = %v", err)
	}
	if _, err := decodeStrict([]byte(`{"a":1}`)); err == nil {
		t.Error("a number value should be refused")
	}
	if _, err := decodeStrict([]byte(`["a"]`)); err == nil {
		t.Error("an array should be refused")
	}
	f, err := decodeStrict([]byte(`{"a":"x","b":"y"}`))
	if err != nil || len(f) != 2 || f["b"] != "y" {
		t.Errorf("decodeStrict = %v, %v", f, err)
	}
}
