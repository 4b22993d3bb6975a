package pressure

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"kneadform/app/intake"
)

var chosen = []intake.Region{intake.RegionNeck, intake.RegionLowLeft}

// valid returns preferences that pass Validate for chosen.
func valid() Prefs {
	return Prefs{
		Regions: map[intake.Region]Setting{intake.RegionNeck: {3, 4}, intake.RegionLowLeft: {4, 6}},
		Tender:  []TenderSpot{{Region: intake.RegionLowLeft, Note: "just above the hip"}, {Region: intake.RegionSacrum}},
		Stop:    Stop{Signal: SignalWord, Word: "banana"},
		CheckIn: CheckNowAndThen,
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(p *Prefs)
		fields []string
		key    string // key of the first error
	}{
		{"valid", func(p *Prefs) {}, nil, ""},
		{"hand, no word", func(p *Prefs) { p.Stop = Stop{Signal: SignalHand} }, nil, ""},
		{"default word", func(p *Prefs) { p.Stop.Word = "" }, nil, ""},
		{"Thai word", func(p *Prefs) { p.Stop.Word = "หยุด" }, nil, ""},
		{"accented, apostrophe, hyphen", func(p *Prefs) { p.Stop.Word = "arrête-l’ami" }, nil, ""},
		{"missing region", func(p *Prefs) { delete(p.Regions, intake.RegionNeck) }, []string{"preferred-neck"}, "error.required"},
		{"unchosen region is fine", func(p *Prefs) { p.Regions[intake.RegionSacrum] = Setting{1, 2} }, nil, ""},
		{"preferred off scale", func(p *Prefs) { p.Regions[intake.RegionNeck] = Setting{-1, 4} }, []string{"preferred-neck"}, "error.level-range"},
		{"max off scale", func(p *Prefs) { p.Regions[intake.RegionLowLeft] = Setting{4, 11} }, []string{"max-low-left"}, "error.level-range"},
		{"preferred above max", func(p *Prefs) { p.Regions[intake.RegionLowLeft] = Setting{6, 5} }, []string{"preferred-low-left"}, "error.above-max"},
		{"above the cap is still valid", func(p *Prefs) { p.Regions[intake.RegionLowLeft] = Setting{9, 10} }, nil, ""},
		{"unknown region", func(p *Prefs) { p.Regions["elbow"] = Setting{1, 2} }, []string{"settings"}, "error.invalid"},
		{"tender unknown region", func(p *Prefs) { p.Tender[1].Region = "elbow" }, []string{"tender"}, "error.invalid"},
		{"tender twice", func(p *Prefs) { p.Tender[1].Region = intake.RegionLowLeft }, []string{"tender"}, "error.invalid"},
		{"tender note too long", func(p *Prefs) { p.Tender[0].Note = strings.Repeat("x", MaxNoteLen+1) }, []string{"tender-low-left"}, "error.too-long"},
		{"Thai tender note at the limit", func(p *Prefs) { p.Tender[0].Note = strings.Repeat("ก", MaxNoteLen) }, nil, ""},
		{"Thai tender note too long", func(p *Prefs) { p.Tender[0].Note = strings.Repeat("ก", MaxNoteLen+1) }, []string{"tender-low-left"}, "error.too-long"},
		{"tender note control", func(p *Prefs) { p.Tender[0].Note = "a\x07b" }, []string{"tender-low-left"}, "error.invalid-text"},
		{"no signal", func(p *Prefs) { p.Stop.Signal = "" }, []string{"stopSignal"}, "error.required"},
		{"unknown signal", func(p *Prefs) { p.Stop.Signal = "wink" }, []string{"stopSignal"}, "error.invalid"},
		{"word too long", func(p *Prefs) { p.Stop.Word = strings.Repeat("a", MaxStopWordLen+1) }, []string{"stopWord"}, "error.too-long"},
		{"word with digits", func(p *Prefs) { p.Stop.Word = "r2d2" }, []string{"stopWord"}, "error.invalid-text"},
		{"word with markup", func(p *Prefs) { p.Stop.Word = "<b>stop</b>" }, []string{"stopWord"}, "error.invalid-text"},
		{"word only spaces", func(p *Prefs) { p.Stop.Word = "  " }, []string{"stopWord"}, "error.invalid-text"},
		{"word only hyphens", func(p *Prefs) { p.Stop.Word = "--" }, []string{"stopWord"}, "error.invalid-text"},
		{"no check-in", func(p *Prefs) { p.CheckIn = "" }, []string{"checkIn"}, "error.required"},
		{"unknown check-in", func(p *Prefs) { p.CheckIn = "never" }, []string{"checkIn"}, "error.invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid()
			tt.edit(&p)
			errs := Validate(&p, chosen)
			var fields []string
			for _, e := range errs {
				fields = append(fields, e.Field)
			}
			if !reflect.DeepEqual(fields, tt.fields) {
				t.Fatalf("fields = %q, want %q (%v)", fields, tt.fields, errs)
			}
			if len(errs) > 0 && errs[0].Key != tt.key {
				t.Errorf("key = %q, want %q", errs[0].Key, tt.key)
			}
		})
	}
}

func TestValidStopWord(t *testing.T) {
	tests := []struct {
		word string
		ok   bool
	}{
		{"stop", true}, {"red light", true}, {"O'Neil", true}, {"หยุด", true}, {"Стоп", true}, {"ストップ", true},
		{"", false}, {" stop", false}, {"stop ", false}, {"red  light", false}, {"stop!", false}, {"42", false},
		{"a\u200bb", false}, {"\xff", false}, {strings.Repeat("é", MaxStopWordLen), true}, {strings.Repeat("é", MaxStopWordLen+1), false},
	}
	for _, tt := range tests {
		if got := ValidStopWord(tt.word); got != tt.ok {
			t.Errorf("ValidStopWord(%q) = %v, want %v", tt.word, got, tt.ok)
		}
	}
}

func TestClean(t *testing.T) {
	p := Prefs{
		Regions: map[intake.Region]Setting{
			intake.RegionNeck:    {3, 4},  // kept
			intake.RegionLowLeft: {6, 5},  // preferred above max: dropped
			intake.RegionSacrum:  {4, 11}, // off the scale: dropped
			"elbow":              {1, 2},  // unknown region: dropped
		},
		Tender: []TenderSpot{
			{Region: intake.RegionNeck, Note: "left\nside\x00"},                    // note tidied
			{Region: intake.RegionNeck},                                            // repeated: dropped
			{Region: "elbow"},                                                      // unknown: dropped
			{Region: intake.RegionSacrum, Note: strings.Repeat("é", MaxNoteLen+3)}, // cut to MaxNoteLen characters
		},
		Stop:    Stop{Signal: "wink", Word: "<script>"}, // both dropped
		CheckIn: "never",                                // dropped
	}
	dropped := p.Clean()
	want := Prefs{
		Regions: map[intake.Region]Setting{intake.RegionNeck: {3, 4}},
		Tender:  []TenderSpot{{Region: intake.RegionNeck, Note: "left side"}, {Region: intake.RegionSacrum, Note: strings.Repeat("é", MaxNoteLen)}},
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("Clean:\n got %+v\nwant %+v", p, want)
	}
	if dropped != 10 {
		t.Errorf("dropped = %d, want 10", dropped)
	}
	if again := p.Clean(); again != 0 {
		t.Errorf("second Clean dropped %d", again)
	}
	v := valid()
	if n := v.Clean(); n != 0 || !reflect.DeepEqual(v, valid()) {
		t.Errorf("Clean changed valid preferences (%d)", n)
	}
}

// TestJSON: the documented JSON shape, and a round trip that keeps
// everything.
func TestJSON(t *testing.T) {
	p := valid()
	p.HapticsOff = true
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"regions":{"low-left":{"preferred":4,"max":6},"neck":{"preferred":3,"max":4}},` +
		`"tender":[{"region":"low-left","note":"just above the hip"},{"region":"sacrum"}],` +
		`"stop":{"signal":"word","word":"banana"},"checkIn":"now-and-then","hapticsOff":true}`
	if string(b) != want {
		t.Errorf("JSON:\n got %s\nwant %s", b, want)
	}
	got, dropped, err := Decode(b)
	if err != nil || dropped != 0 || !reflect.DeepEqual(got, p) {
		t.Errorf("Decode(Marshal(p)) = %+v, %d, %v; want p", got, dropped, err)
	}
	if b, _ := json.Marshal(Prefs{}); string(b) != `{}` {
		t.Errorf("zero Prefs JSON = %s, want {}", b)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		err     error
		dropped int
	}{
		{"empty object", `{}`, nil, 0},
		{"null", `null`, nil, 0},
		{"cleaned", `{"regions":{"neck":{"preferred":9,"max":2}},"checkIn":"never"}`, nil, 2},
		{"unknown fields ignored", `{"v":3,"colour":"red"}`, nil, 0},
		{"not JSON", `{"regions":`, ErrCorrupt, 0},
		{"wrong type", `{"regions":{"neck":{"preferred":"high"}}}`, ErrCorrupt, 0},
		{"fraction", `{"regions":{"neck":{"preferred":4.5,"max":5}}}`, ErrCorrupt, 0},
		{"too large", `{"tender":[` + strings.Repeat(`{"region":"neck"},`, MaxPrefsBytes/17) + `{}]}`, ErrTooLarge, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, dropped, err := Decode([]byte(tt.in))
			if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if dropped != tt.dropped {
				t.Errorf("dropped = %d, want %d", dropped, tt.dropped)
			}
		})
	}
}

func TestDefaultsAndFit(t *testing.T) {
	p := Defaults([]intake.Region{intake.RegionNeck, "elbow", intake.RegionLowLeft})
	want := map[intake.Region]Setting{intake.RegionNeck: DefaultSetting, intake.RegionLowLeft: DefaultSetting}
	if !reflect.DeepEqual(p.Regions, want) || p.Stop.Signal != SignalWord || p.Stop.Word != "" || !p.HapticsOn() {
		t.Errorf("Defaults = %+v", p)
	}
	if lo, hi := BandTherapeutic.Range(); DefaultSetting.Preferred != lo || DefaultSetting.Max != hi {
		t.Errorf("DefaultSetting %+v is not the therapeutic aim %d–%d (seed:000)", DefaultSetting, lo, hi)
	}
	p.Regions[intake.RegionNeck] = Setting{2, 3}
	p.Tender = []TenderSpot{{Region: intake.RegionLegLeft}}
	p.Fit([]intake.Region{intake.RegionNeck, intake.RegionSacrum})
	want = map[intake.Region]Setting{intake.RegionNeck: {2, 3}, intake.RegionSacrum: DefaultSetting}
	if !reflect.DeepEqual(p.Regions, want) || len(p.Tender) != 1 {
		t.Errorf("Fit = %+v", p)
	}
	p.Fit(nil)
	if p.Regions != nil {
		t.Errorf("Fit(nil) left %v", p.Regions)
	}
	if errs := Validate(&Prefs{}, nil); len(errs) != 2 {
		t.Errorf("empty prefs: %v, want stop signal and check-in required", errs)
	}
}
