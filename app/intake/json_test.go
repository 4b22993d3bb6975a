package intake

import (
	"encoding/json"
	"errors"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeAnswersAccepts(t *testing.T) {
	want := complete()
	bare, _ := json.Marshal(want)
	draft, _ := EncodeDraft(Draft{Step: StepCheck, Answers: want})
	tests := []struct {
		name, in string
		want     Answers
	}{
		{"bare answers", string(bare), want},
		{"draft wrapper", string(draft), want},
		{"empty object", `{}`, Answers{}},
		{"partial, with whitespace", " \n{\"ageBand\": \"35-49\", \"redFlags\": {\"saddle\": \"unsure\"}}\n\n", Answers{AgeBand: Age35to49, RedFlags: map[Flag]Tri{FlagSaddle: Unsure}}},
		{"draft without step", `{"v":1,"answers":{"spread":"one-leg"}}`, Answers{Spread: SpreadOneLeg}},
	}
	for _, tt := range tests {
		got, err := DecodeAnswers(strings.NewReader(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestDecodeAnswersRejects(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // substrings of the error
	}{
		{"not JSON", `ageBand: 20-34`, []string{"invalid JSON", "line 1, column 1"}},
		{"syntax error on line 3", "{\n  \"ageBand\": \"20-34\",\n  \"spread\" \"no\"\n}", []string{"invalid JSON at line 3, column 12"}},
		{"truncated", `{"ageBand": "20-34"`, []string{"answers JSON"}},
		{"empty input", ``, []string{"answers JSON"}},
		{"null", `null`, []string{"want an object, got null"}},
		{"array", `[1, 2]`, []string{"want an object, got array"}},
		{"unknown field", `{"ageBand":"20-34","mood":"happy"}`, []string{`unknown field "mood"`}},
		{"unknown field in draft answers", `{"v":1,"answers":{"colour":"red"}}`, []string{`unknown field "colour"`}},
		{"wrong type", "{\"pain\": {\"neck\": \"high\"}}", []string{"field pain", "got string, want a whole number", "line 1, column 25"}},
		{"trailing data", `{} {}`, []string{"line 1, column 4", "after top-level value"}},
		{"unknown choice", `{"ageBand":"teen"}`, []string{`ageBand: "teen" is not allowed (allowed: under-20, 20-34, 35-49, 50-64, 65-plus)`}},
		{"unknown flag", `{"redFlags":{"dizzy":"yes"}}`, []string{`redFlags: "dizzy" is not a safety question`}},
		{"bad flag answer", `{"redFlags":{"saddle":"maybe"}}`, []string{`redFlags.saddle: "maybe" is not allowed (allowed: yes, no, unsure)`}},
		{"pain out of range", `{"pain":{"neck":11}}`, []string{`pain.neck: "11" is out of range (0 to 10)`}},
		{"duplicate", `{"regions":["neck","neck"]}`, []string{`regions: "neck" is listed twice`}},
		{"skin region", `{"skin":{"elbow":["rash"]}}`, []string{`skin: "elbow" is not a region`}},
		{"skin issue", `{"skin":{"neck":["tattoo"]}}`, []string{`skin.neck: "tattoo" is not allowed`}},
		{"long name", `{"firstName":"` + strings.Repeat("a", MaxNameLen+1) + `"}`, []string{"firstName", "61 characters long (at most 60)"}},
		{"weeks", `{"pregnancyWeeks":50}`, []string{`pregnancyWeeks: "50" is out of range (0 to 42)`}},
		{"several at once", `{"ageBand":"x","spread":"y"}`, []string{`ageBand: "x"`, `spread: "y"`}},
		{"draft version", `{"v":2,"answers":{}}`, []string{"another version", "version 2"}},
		{"draft without version", `{"answers":{}}`, []string{`needs its "v" version field`}},
		{"draft step", `{"v":1,"step":"lunch","answers":{}}`, []string{`step: "lunch" is not allowed`}},
		{"draft field path", `{"v":1,"answers":{"oil":"olive"}}`, []string{`answers.oil: "olive" is not allowed`}},
	}
	for _, tt := range tests {
		_, err := DecodeAnswers(strings.NewReader(tt.in))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not say %q", tt.name, err, w)
			}
		}
	}
	_, err := DecodeAnswers(strings.NewReader(`{"v":3,"answers":{}}`))
	if !errors.Is(err, ErrDraftVersion) {
		t.Errorf("future draft: %v, want ErrDraftVersion", err)
	}
	_, err = DecodeAnswers(strings.NewReader(`{"medications":"` + strings.Repeat("x", MaxAnswersBytes) + `"}`))
	if !errors.Is(err, ErrAnswersTooLarge) {
		t.Errorf("oversize input: %v, want ErrAnswersTooLarge", err)
	}
	_, err = DecodeAnswers(strings.NewReader(`{"ageBand":"teen"}`))
	var ve *ValueError
	if !errors.As(err, &ve) || ve.Field != "ageBand" || ve.Value != "teen" {
		t.Errorf("unknown choice: %v, want a *ValueError for ageBand", err)
	}
}

// TestDecodeAnswersAgreesWithClean: on random, partly hostile answers,
// DecodeAnswers accepts exactly what Clean leaves unchanged.
func TestDecodeAnswersAgreesWithClean(t *testing.T) {
	rng := rand.New(rand.NewSource(35))
	for i := 0; i < 2000; i++ {
		a := randomAnswers(rng)
		if i%3 == 0 { // sprinkle unknown values
			a.Onset, a.Regions = "rolled out of bed", append(a.Regions, "tail")
		}
		b, _ := json.Marshal(a)
		_, err := DecodeAnswers(strings.NewReader(string(b)))
		var c Answers
		_ = json.Unmarshal(b, &c)
		if dropped := c.Clean(); (dropped == 0) != (err == nil) {
			t.Fatalf("intake %d: Clean drops %d, DecodeAnswers says %v\n%s", i, dropped, err, b)
		}
	}
}

// FuzzDecodeAnswers: never panics; whatever it accepts is clean, and encodes
// and decodes back to the same answers.
func FuzzDecodeAnswers(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `[]`, `{"v":1,"answers":{}}`, `{"v":1}`, `{"answers":1}`,
		`{"ageBand":"20-34","redFlags":{"saddle":"unsure"},"pain":{"neck":3},"regions":["neck"]}`,
		`{"skin":{"neck":["rash","rash"]},"pregnancyWeeks":-1}`,
		"{\n\"spread\": \"both-legs\",\n\"x\": 1}",
	} {
		f.Add([]byte(s))
	}
	c := complete()
	b, _ := json.Marshal(c)
	f.Add(b)
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := DecodeAnswers(strings.NewReader(string(in)))
		if err != nil {
			return
		}
		cleaned := a
		if n := cleaned.Clean(); n != 0 {
			t.Fatalf("accepted answers that Clean drops %d values from", n)
		}
		out, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeAnswers(strings.NewReader(string(out)))
		if err != nil {
			t.Fatalf("re-decoding accepted answers: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normalise(a), normalise(back)) {
			t.Fatalf("round trip changed the answers\n%s", out)
		}
	})
}
