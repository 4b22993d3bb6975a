package handoff

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// TestRoundTrip: for many generated intakes, Decode(Encode(p)) is p after
// cleaning, exactly (list order, texts, times), and Encode leaves p alone.
func TestRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	deflated := 0
	for i := range 5000 {
		p := randomPayload(r)
		before, _ := json.Marshal(p)
		b, err := Encode(p)
		if err != nil {
			t.Fatalf("#%d: Encode: %v", i, err)
		}
		if after, _ := json.Marshal(p); !bytes.Equal(before, after) {
			t.Fatalf("#%d: Encode changed its input", i)
		}
		if b[1]&flagDeflate != 0 {
			deflated++
		}
		got, err := Decode(b)
		if err != nil {
			t.Fatalf("#%d: Decode: %v\npayload %s", i, err, before)
		}
		if want := cleaned(p); !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Fatalf("#%d: round trip differs\n got %s\nwant %s", i, g, w)
		}
	}
	t.Logf("%d of 5000 bodies were smaller deflated", deflated)
}

// TestExamplesRoundTrip runs every example intake in docs/examples through
// the format.
func TestExamplesRoundTrip(t *testing.T) {
	for name, a := range examples(t) {
		b, err := Encode(Payload{Answers: a})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := cleaned(Payload{Answers: a}); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: round trip differs", name)
		}
	}
}

func examples(t *testing.T) map[string]intake.Answers {
	t.Helper()
	out := map[string]intake.Answers{}
	for _, name := range []string{"desk-worker", "pregnancy", "cauda-equina", "skin-and-allergies", "sciatica-tingling", "osteoporosis-blood-thinners",
		"stenosis-walking", "eczema-headaches"} {
		f, err := os.Open("../../docs/examples/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		a, err := intake.DecodeAnswers(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = a
	}
	return out
}

// TestTablesMatchIntake pins the version 1 value tables to the model. When
// it fails, app/intake or app/pressure changed a value list: keep these
// tables for reading version 1 and define version 2 (docs/handoff-format.md).
func TestTablesMatchIntake(t *testing.T) {
	check := func(name string, table []string, got []string) {
		if !reflect.DeepEqual(table, got) {
			t.Errorf("%s: the model's values are now %q, format version 1 has %q: bump FormatVersion", name, got, table)
		}
	}
	check("AgeBands", v1AgeBands, strs(intake.AgeBands))
	check("Tri", v1Tris, strs([]intake.Tri{intake.Yes, intake.No, intake.Unsure}))
	check("Activities", v1Activities, strs(intake.Activities))
	check("Flags", v1Flags, strs(intake.Flags))
	check("Regions", v1Regions, strs(intake.Regions))
	check("Durations", v1Durations, strs(intake.Durations))
	check("Onsets", v1Onsets, strs(intake.Onsets))
	check("Feelings", v1Feelings, strs(intake.Feelings))
	check("Spreads", v1Spreads, strs(intake.Spreads))
	check("Triggers", v1Triggers, strs(intake.Triggers))
	check("Reliefs", v1Reliefs, strs(intake.Reliefs))
	check("Moves", v1Moves, strs(intake.Moves))
	check("MoveResults", v1MoveResults, strs(intake.MoveResults))
	check("Tasks", v1Tasks, strs(intake.Tasks))
	check("Abilities", v1Abilities, strs(intake.Abilities))
	check("Qualities", v1Qualities, strs(intake.Qualities))
	check("Stiffnesses", v1Stiffnesses, strs(intake.Stiffnesses))
	check("Goals", v1Goals, strs(intake.Goals))
	check("Conditions", v1Conditions, strs(intake.Conditions))
	check("SurgeryWhens", v1SurgeryWhens, strs(intake.SurgeryWhens))
	check("Allergies", v1Allergies, strs(intake.Allergies))
	check("SkinIssues", v1SkinIssues, strs(intake.SkinIssues))
	check("Trainings", v1Trainings, strs(intake.Trainings))
	check("Talks", v1Talks, strs(intake.Talks))
	check("Warmths", v1Warmths, strs(intake.Warmths))
	check("Oils", v1Oils, strs(intake.Oils))
	check("Signals", v1Signals, strs(pressure.Signals))
	check("CheckIns", v1CheckIns, strs(pressure.CheckIns))
	check("LegsHistories", v2LegsHistories, strs(intake.LegsHistories))
	check("NeckSigns", v2NeckSigns, strs(intake.NeckSigns))
	check("Comforts", v2Comforts, strs(intake.Comforts))
	if intake.MaxPregnancyWeeks != v1MaxWeeks || pressure.MaxLevel != v1MaxLevel {
		t.Error("MaxPregnancyWeeks or pressure.MaxLevel changed: bump FormatVersion")
	}
	if intake.MaxNameLen > 60 || intake.MaxTextLen > 500 || pressure.MaxNoteLen > 80 || pressure.MaxStopWordLen > 20 {
		t.Error("a text limit grew: the size figures in docs/handoff-format.md and MaxLinkLen need checking")
	}
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func TestDecodeErrors(t *testing.T) {
	good, err := Encode(Payload{Answers: intake.Answers{AgeBand: intake.Age20to34, FirstName: "Bo"}})
	if err != nil {
		t.Fatal(err)
	}
	with := func(b []byte, i int, v byte) []byte { b = bytes.Clone(b); b[i] = v; return b }
	bomb := append([]byte{FormatVersion, flagDeflate}, deflate(make([]byte, 1<<20))...)
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"future version", with(good, 0, FormatVersion+1), ErrUnknownVersion},
		{"version 0", with(good, 0, 0), ErrMalformed},
		{"unknown flag", with(good, 1, 0x80), ErrMalformed},
		{"cut", good[:3], ErrMalformed},
		{"trailing byte", append(bytes.Clone(good), 0), ErrMalformed},
		{"bad deflate", []byte{FormatVersion, flagDeflate, 0xff, 0xff}, ErrMalformed},
		{"deflate bomb", bomb, ErrTooLarge},
		{"huge body", append([]byte{FormatVersion, 0}, make([]byte, maxBodyBytes+1)...), ErrTooLarge},
	}
	for _, tt := range tests {
		_, err := Decode(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	var ve *VersionError
	if _, err := Decode(with(good, 0, 7)); !errors.As(err, &ve) || ve.Version != 7 || ve.What != "answers format" {
		t.Errorf("future version: %v, want a VersionError for version 7", err)
	}
}

func TestConsentAtForms(t *testing.T) {
	for _, s := range []string{"", "2025-03-04T09:15:00Z", "2025-03-04T09:15:00+05:30", "2025-03-04T09:15:00.123Z", "2025-03-04T09:15:00+00:00", "soon"} {
		b, err := Encode(Payload{Answers: intake.Answers{ConsentAt: s}})
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		p, err := Decode(b)
		if err != nil || p.Answers.ConsentAt != s {
			t.Errorf("%q: decoded %q, %v", s, p.Answers.ConsentAt, err)
		}
	}
	long := string(bytes.Repeat([]byte("x"), MaxConsentAtLen+1))
	if _, err := Encode(Payload{Answers: intake.Answers{ConsentAt: long}}); err == nil {
		t.Error("an over-long consentAt that is no time should not encode")
	}
}

// TestVersion1StillDecodes: a link made before version 2 (no follow-up
// answers) decodes to the same answers without the follow-ups, which then
// read the conservative way; a version 2 link keeps them (issue 13).
func TestVersion1StillDecodes(t *testing.T) {
	for name, a := range examples(t) {
		p := Payload{Answers: a}
		v1, err := encode(p, 1)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := Decode(v1)
		if err != nil {
			t.Fatalf("%s: version 1 does not decode: %v", name, err)
		}
		want := cleaned(p)
		want.Answers.BothLegs, want.Answers.NightEases, want.Answers.Reviewed, want.Answers.RashKnown = "", "", "", ""
		want.Answers.Neck, want.Answers.SurgeryAreas, want.Answers.Comfort = nil, nil, nil
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: version 1 decodes to other answers", name)
		}
	}
	a := examples(t)["stenosis-walking"]
	b, err := Encode(Payload{Answers: a})
	if err != nil || b[0] != 3 {
		t.Fatalf("Encode writes version %d (%v), want 3", b[0], err)
	}
	got, err := Decode(b)
	if err != nil || got.Answers.BothLegs != intake.LegsWalking || got.Answers.Reviewed != intake.Yes || len(got.Answers.Comfort) != 2 {
		t.Errorf("version 2 loses the follow-ups: %+v, %v", got.Answers, err)
	}
}
