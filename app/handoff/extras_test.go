package handoff

import (
	"errors"
	"fmt"
	"kneadform/app/i18n"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"filippo.io/age"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/triage"
	"kneadform/app/visit"
)

func iptr(n int) *int { return &n }

// busy is a client with everything version 3 carries: the typical intake
// with pressure choices, Spanish, three activities (two rated before) and
// a last visit with a full check-in and a 200-byte note.
func busy() Payload {
	p := typical()
	p.Lang = "es"
	p.Progress = []outcome.Tracked{
		{Name: "levantar a mi hija", Score: 6, First: iptr(3)},
		{Name: "sentarme una hora en la oficina", Score: 5, First: iptr(4)},
		{Name: "dormir de lado", Score: 7},
	}
	p.LastVisit = &visit.Visit{At: "2026-11-28T17:30", PainBefore: iptr(6), PainAfter: iptr(3), CheckIns: []visit.CheckIn{
		{Stage: visit.Stage24h, Soreness: visit.SoreStrong, Pain: iptr(5)},
		{Stage: visit.Stage48h, Soreness: visit.SoreMild, Water: visit.WaterSome, Pain: iptr(3), Pressure: visit.FeltRight, RightLevel: iptr(4),
			Techniques: map[string]visit.Felt{"swedish": visit.FeltRight, "trigger-point": visit.FeltTooMuch, "myofascial": visit.FeltTooLight},
			RedFlags:   map[intake.Flag]intake.Tri{intake.FlagFever: intake.No, intake.FlagNight: intake.Unsure},
			Spread:     intake.SpreadNo, Feelings: []intake.Feeling{intake.FeelStiff, intake.FeelAching},
			Note: prose(200, "Me dolió un poco el cuello al día siguiente, pero ya estoy mejor; "),
		},
	}}
	return p
}

func TestTablesMatchVisit(t *testing.T) {
	for name, pair := range map[string][2][]string{
		"Sorenesses": {v3Sorenesses, strs(visit.Sorenesses)},
		"Waters":     {v3Waters, strs(visit.Waters)},
		"Felts":      {v3Felts, strs(visit.Felts)},
		"Stages":     {v3Stages, strs(visit.Stages)},
		"Techniques": {v3Techniques, triage.TechniqueIDs()},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s changed: format version 3 has %v, the app %v; bump FormatVersion", name, pair[0], pair[1])
		}
	}
	if outcome.MaxActivities != 3 || outcome.MaxNameLen > 60 || visit.MaxNoteLen > 300 {
		t.Error("a functional-scale or check-in limit changed: check the format and the sizes")
	}
}

// TestVersion3RoundTrip: the language, the functional scale and the last
// visit (its latest check-in only) survive Encode and Decode exactly.
func TestVersion3RoundTrip(t *testing.T) {
	p := busy()
	b, err := Encode(p)
	if err != nil || b[0] != 3 {
		t.Fatalf("Encode: version %d, %v", b[0], err)
	}
	got, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	want := cleaned(p)
	want.Lang, want.Progress = p.Lang, p.Progress
	v := *p.LastVisit
	v.CheckIns = v.CheckIns[1:] // the latest only
	want.LastVisit = &v
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, want)
	}
	if notes := visit.LastVisitNotes(*got.LastVisit, i18n.Get("en")); len(notes) < 2 || !strings.Contains(notes[0], "pain 6/10 before, 3/10 after") {
		t.Errorf("last visit notes from a hand-off: %q", notes)
	}
	// A visit with no check-in, no activities, no language.
	q := typical()
	q.LastVisit = &visit.Visit{At: "2026-01-02T09:05"}
	if got, err := Decode(mustEncode(t, q)); err != nil || got.LastVisit == nil || got.LastVisit.At != "2026-01-02T09:05" ||
		got.LastVisit.CheckIns != nil || got.Progress != nil || got.Lang != "" {
		t.Errorf("bare visit: %+v, %v", got.LastVisit, err)
	}
}

func mustEncode(t *testing.T, p Payload) []byte {
	t.Helper()
	b, err := Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVersion2StillDecodes: a link made before version 3 decodes to the
// same answers and pressure choices, with no language, scale or visit.
func TestVersion2StillDecodes(t *testing.T) {
	for name, a := range examples(t) {
		p := Payload{Answers: a, Prefs: typical().Prefs}
		v2, err := encode(p, 2)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := Decode(v2)
		if err != nil {
			t.Fatalf("%s: version 2 does not decode: %v", name, err)
		}
		if !reflect.DeepEqual(got, cleaned(p)) {
			t.Errorf("%s: version 2 decodes to other answers", name)
		}
		v3, err := Decode(mustEncode(t, p))
		if err != nil || !reflect.DeepEqual(v3, got) {
			t.Errorf("%s: version 3 of the same answers differs: %v", name, err)
		}
	}
	// A version 2 body read as version 3 is refused, never misread.
	v2, _ := encode(typical(), 2)
	v2[0] = 3
	if _, err := Decode(v2); !errors.Is(err, ErrMalformed) {
		t.Errorf("a version 2 body labelled 3: %v, want ErrMalformed", err)
	}
}

// TestExtrasRefused: what Encode would not write is ErrMalformed.
func TestExtrasRefused(t *testing.T) {
	for name, edit := range map[string]func(p *Payload){
		"language":     func(p *Payload) { p.Lang = "EN!" },
		"empty name":   func(p *Payload) { p.Progress = []outcome.Tracked{{Name: " ", Score: 2}} },
		"repeated":     func(p *Payload) { p.Progress = []outcome.Tracked{{Name: "run", Score: 2}, {Name: "RUN", Score: 3}} },
		"visit before": func(p *Payload) { p.LastVisit = &visit.Visit{At: "1999-12-31T23:00"} },
	} {
		p := typical()
		edit(&p)
		if _, err := Decode(encodeRaw(t, p)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want ErrMalformed", name, err)
		}
		if _, err := Decode(mustEncode(t, p)); err != nil { // Encode cleans it instead
			t.Errorf("%s: Encode wrote what Decode refuses: %v", name, err)
		}
	}
}

// TestVersion3Sizes measures the busy client before (version 2: answers
// and pressure choices only) and after (version 3 with everything) and
// holds it to a QR code (docs/handoff-format.md).
func TestVersion3Sizes(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n| hand-off | compact | sealed | link | QR |\n|---|---|---|---|---|\n")
	measure := func(name string, plain []byte, p Payload) int {
		ct := mustSeal(t, p, id)
		link, err := Link(testSite, ct)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		q, err := NewQR(link)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fmt.Fprintf(&table, "| %s | %d B | %d B | %d chars | version %d |\n", name, len(plain), len(ct), len(link), q.Version)
		return q.Version
	}
	v2, _ := encode(typical(), 2)
	measure("typical + pressure, version 2", v2, typical())
	measure("typical + pressure, version 3 (language only)", mustEncode(t, Payload{Answers: typical().Answers, Prefs: typical().Prefs, Lang: "es"}),
		Payload{Answers: typical().Answers, Prefs: typical().Prefs, Lang: "es"})
	if v := measure("busy: + 3 activities, last visit, full check-in, 200-byte note", mustEncode(t, busy()), busy()); v > MaxQRVersion {
		t.Errorf("the busy client needs QR version %d; the limit is %d", v, MaxQRVersion)
	}
	t.Log(table.String())
}

// TestExtrasText: `kneadform open` prints the language, the functional
// scale and the last visit, in the clinic's catalog.
func TestExtrasText(t *testing.T) {
	got := ExtrasText(busy(), en())
	for _, want := range []string{"The client answered in Spanish.", "levantar a mi hija: 6/10 now, 3/10 at first",
		"dormir de lado: 7/10", "pain 6/10 before, 3/10 after", "Check-in (Two days after your massage)"} {
		if !strings.Contains(got, want) {
			t.Errorf("ExtrasText lacks %q:\n%s", want, got)
		}
	}
	if ExtrasText(typical(), en()) != "" {
		t.Error("ExtrasText of a hand-off without version 3 fields is not empty")
	}
}

// TestLangTagMatchesPattern: langTag accepts exactly what the pattern it
// replaces accepted.
func TestLangTagMatchesPattern(t *testing.T) {
	re := regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)
	cases := []string{"", "e", "es", "tha", "engl", "ES", "es-", "es-M", "es-MX", "pt-BR", "zh-Hant", "es-12345678",
		"es-123456789", "es-MX-x", "es_MX", "é", "es-ñu", "th-TH", "-es", "es--MX", "de-DE1"}
	for _, s := range cases {
		if got, want := langTag(s), re.MatchString(s); got != want {
			t.Errorf("langTag(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}

func FuzzLangTag(f *testing.F) {
	re := regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`)
	for _, s := range []string{"es", "pt-BR", "zh-Hant", "es-", "-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := langTag(s), re.MatchString(s); got != want {
			t.Errorf("langTag(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
