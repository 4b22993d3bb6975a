package visit

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCleanKeepsGoodAnswers: a damaged stored visit keeps every valid
// answer; only the bad values go.
func TestCleanKeepsGoodAnswers(t *testing.T) {
	in := `{"at":"2026-12-03T10:30","painBefore":6,"painAfter":42,"checkIns":[
		{"stage":"24h","soreness":"mild","water":"lots","pain":-1,"pressure":"right","rightLevel":4,
		 "techniques":{"swedish":"right","Bad ID":"right","deep-tissue":"meh"},
		 "redFlags":{"saddle":"no","nope":"yes","fever":"maybe"},"spread":"arm","feelings":["numb","itchy","numb"],
		 "note":"` + strings.Repeat("ก", MaxNoteLen+20) + `"},
		{"stage":"24h","soreness":"worse"},
		{"stage":"1h"}]}`
	var v Visit
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	if v.Validate() == nil {
		t.Fatal("the damaged visit should not validate")
	}
	n := v.Clean()
	if err := v.Validate(); err != nil {
		t.Fatalf("after Clean: %v", err)
	}
	if n != 13 { // painAfter, two check-ins, and 10 values of the first
		t.Errorf("dropped %d values, want 13", n)
	}
	c := v.CheckIns[0]
	if len(v.CheckIns) != 1 || *v.PainBefore != 6 || v.PainAfter != nil || c.Soreness != SoreMild || c.Pressure != FeltRight ||
		*c.RightLevel != 4 || c.Techniques["swedish"] != FeltRight || len(c.Techniques) != 1 || c.RedFlags["saddle"] != "no" ||
		len(c.RedFlags) != 1 || len(c.Feelings) != 1 || c.Water != "" || c.Pain != nil || c.Spread != "" {
		t.Errorf("kept %+v / %+v", v, c)
	}
	if c.Note != strings.Repeat("ก", MaxNoteLen) { // the limit counts characters
		t.Errorf("note cut badly: %d characters", utf8.RuneCountInString(c.Note))
	}
}

// FuzzVisitClean: after Clean, any decoded visit with a valid time
// validates.
func FuzzVisitClean(f *testing.F) {
	f.Add([]byte(`{"at":"2026-12-03T10:30","painBefore":11,"checkIns":[{"stage":"48h","techniques":{"x y":"right"},"note":"\xff"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var v Visit
		if json.Unmarshal(b, &v) != nil {
			return
		}
		v.Clean()
		if _, ok := v.Time(); ok {
			if err := v.Validate(); err != nil {
				t.Fatalf("cleaned visit invalid: %v (%q)", err, b)
			}
		}
	})
}
