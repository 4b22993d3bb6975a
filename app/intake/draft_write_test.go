package intake_test

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"
	"testing/quick"

	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
)

// marshal is the reference: what encoding/json writes for d, with the
// version EncodeDraft sets.
func marshal(t testing.TB, d intake.Draft) []byte {
	t.Helper()
	d.Version = intake.DraftVersion
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sameAsMarshal(t testing.TB, name string, d intake.Draft) {
	t.Helper()
	got, err := intake.EncodeDraft(d)
	if err != nil {
		t.Fatalf("%s: EncodeDraft: %v", name, err)
	}
	if want := marshal(t, d); !bytes.Equal(got, want) {
		t.Errorf("%s: EncodeDraft differs from json.Marshal\n got %s\nwant %s", name, got, want)
	}
}

// TestAppendDraftIsMarshal: the draft's hand-written encoder writes what
// json.Marshal writes, byte for byte, so drafts saved before and after it
// are the same text (and ReadDraft reads both).
func TestAppendDraftIsMarshal(t *testing.T) {
	desk := intaketest.DeskWorker()
	cases := []struct {
		name string
		d    intake.Draft
	}{
		{"empty", intake.Draft{}},
		{"first step", intake.Draft{Step: intake.StepAbout}},
		{"desk worker, done", intake.Draft{Step: intake.StepConsent, Answers: *desk, Saved: "2026-12-03T10:00:00Z", Done: true}},
		{"texts that need escaping", intake.Draft{Step: intake.StepConsent, Answers: intake.Answers{
			ConsentName: "Ana <b>\"&amp;\"</b> Pérez \\ \t\n\r\b\f\x00\x1f\x7f",
			Medications: "ยาแก้ปวด\u2028\u2029 \xff\xfe broken \xe0\x80 UTF-8 \U0001F600",
		}}},
		{"empty and nil lists", intake.Draft{Answers: intake.Answers{
			Regions: []intake.Region{},
			Skin:    map[intake.Region][]intake.SkinIssue{intake.RegionNeck: nil, intake.RegionLowLeft: {}},
			Pain:    map[intake.Region]int{intake.RegionNeck: 0, intake.RegionLowLeft: -3},
		}}},
		{"every field filled", intake.Draft{Version: 99, Step: "x", Answers: filled()}},
	}
	for _, c := range cases {
		sameAsMarshal(t, c.name, c.d)
	}
}

// filled is an Answers with every field set (by reflection, so a field
// added later is set too): two entries in each list and map, a text that
// needs escaping.
func filled() intake.Answers {
	var a intake.Answers
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		fill(v.Field(i), i)
	}
	return a
}

func fill(f reflect.Value, i int) {
	s := func(n int) string { return "v<" + string(rune('a'+(i+n)%26)) + ">&\"" }
	switch f.Kind() {
	case reflect.String:
		f.SetString(s(0))
	case reflect.Int:
		f.SetInt(int64(i + 1))
	case reflect.Bool:
		f.SetBool(true)
	case reflect.Slice:
		f.Set(reflect.MakeSlice(f.Type(), 2, 2))
		fill(f.Index(0), i)
		fill(f.Index(1), i+1)
	case reflect.Map:
		f.Set(reflect.MakeMap(f.Type()))
		for n := range 2 {
			k, e := reflect.New(f.Type().Key()).Elem(), reflect.New(f.Type().Elem()).Elem()
			k.SetString(s(n + 5))
			fill(e, i+n)
			f.SetMapIndex(k, e)
		}
	default:
		panic("TestAppendDraftIsMarshal: no value for a field of kind " + f.Kind().String())
	}
}

// TestAppendDraftRandom compares the two encoders on random drafts
// (testing/quick: random texts, lists and maps in every field).
func TestAppendDraftRandom(t *testing.T) {
	cfg := &quick.Config{MaxCount: 300, Rand: rand.New(rand.NewSource(12))}
	same := func(d intake.Draft) bool {
		got, err := intake.EncodeDraft(d)
		return err == nil && bytes.Equal(got, marshal(t, d))
	}
	if err := quick.Check(same, cfg); err != nil {
		t.Error(err)
	}
}

// FuzzAppendDraft: any text in the typed fields, in a list and as a map
// key, encodes as json.Marshal encodes it.
func FuzzAppendDraft(f *testing.F) {
	for _, s := range []string{"", "Sam", "<&>", "\u2028", "\xff", "\"\\", "\x00\x7f", "ทดสอบ"} {
		f.Add(s, s, 3, true)
	}
	f.Fuzz(func(t *testing.T, name, other string, n int, done bool) {
		d := intake.Draft{Step: intake.Step(other), Saved: name, Done: done, Answers: intake.Answers{
			ConsentName:    name,
			Medications:    other,
			PregnancyWeeks: n,
			Regions:        []intake.Region{intake.Region(name), intake.Region(other)},
			Pain:           map[intake.Region]int{intake.Region(name): n, intake.Region(other): -n},
			RedFlags:       map[intake.Flag]intake.Tri{intake.Flag(other): intake.Tri(name)},
			Skin:           map[intake.Region][]intake.SkinIssue{intake.Region(name): {intake.SkinIssue(other)}},
		}}
		sameAsMarshal(t, "fuzz", d)
	})
}
