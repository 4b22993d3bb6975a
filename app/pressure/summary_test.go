package pressure

import (
	"encoding/json"
	"reflect"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// TestSummarize: an osteoporosis client with a bruise, a tender spot and a
// hand signal: every row capped and explained, nothing above a cap.
func TestSummarize(t *testing.T) {
	a := base()
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowLeft: {intake.SkinBruise}}
	c := capOf(a)
	p := Prefs{
		Regions: map[intake.Region]Setting{
			intake.RegionLegLeft:       {2, 3},
			intake.RegionBetweenBlades: {5, 6},
			intake.RegionLowLeft:       {3, 4},
		},
		Tender:  []TenderSpot{{Region: intake.RegionBetweenBlades, Note: "right blade"}, {Region: "elbow"}},
		Stop:    Stop{Signal: SignalHand},
		CheckIn: CheckOften,
	}
	s := Summarize(p, c)
	type row struct {
		r                intake.Region
		pref, max, cap   Level
		adjusted, tender bool
		reason           string
	}
	var got []row
	for _, x := range s.Regions {
		got = append(got, row{x.Region, x.Preferred, x.Max, x.Cap, x.Adjusted, x.Tender, x.CapReasons[0].Key})
	}
	want := []row{ // body-map order
		{intake.RegionBetweenBlades, 3, 3, 3, true, true, "triage.rule.osteoporosis"},
		{intake.RegionLowLeft, 0, 0, 0, true, false, "pressure.cap.avoid"},
		{intake.RegionLegLeft, 2, 3, 3, false, false, "triage.rule.osteoporosis"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %+v\nwant %+v", got, want)
	}
	if s.Regions[0].TenderNote != "right blade" || !reflect.DeepEqual(s.Regions[1].Avoid, []string{"triage.avoid.bruise"}) {
		t.Errorf("tender note %q, avoid %q", s.Regions[0].TenderNote, s.Regions[1].Avoid)
	}
	if len(s.Tender) != 1 {
		t.Errorf("tender = %+v, want the one valid spot", s.Tender)
	}
	if s.Stop != (StopRow{Signal: SignalHand, Key: "pressure.signal.hand"}) || s.CheckInKey != "pressure.checkin.often" {
		t.Errorf("stop %+v, check-in %q", s.Stop, s.CheckInKey)
	}
	if s.Global != 3 || len(s.Adjustments) != 4 || len(s.Notes) != len(Notes) {
		t.Errorf("global %d, %d adjustments, %d notes", s.Global, len(s.Adjustments), len(s.Notes))
	}
	if p.Regions[intake.RegionBetweenBlades] != (Setting{5, 6}) {
		t.Error("Summarize changed its input")
	}
	if _, err := json.Marshal(s); err != nil {
		t.Error(err)
	}
}

// TestSummaryKeys: every key a summary can hold is in the catalog.
func TestSummaryKeys(t *testing.T) {
	en := i18n.Get("en")
	for _, p := range []Prefs{
		{},
		{Stop: Stop{Signal: SignalWord}, CheckIn: CheckIfISay},
		{Stop: Stop{Signal: SignalWord, Word: "banana"}},
		{Stop: Stop{Signal: SignalWord, Word: "<b>"}, CheckIn: "never"},
	} {
		s := Summarize(p, capOf(base()))
		for _, k := range []string{s.Stop.Key, s.Stop.WordKey, s.CheckInKey} {
			if k != "" && !en.Has(k) {
				t.Errorf("%+v: key %q missing", p, k)
			}
		}
		if p.Stop.Word == "<b>" && (s.Stop.Word != "" || s.Stop.WordKey != DefaultWordKey) {
			t.Errorf("invalid word shown: %+v", s.Stop)
		}
		if s.Regions == nil {
			t.Error("Regions is nil; want [] in JSON")
		}
	}
}
