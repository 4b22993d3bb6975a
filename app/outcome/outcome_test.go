package outcome

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/routine"
	"kneadform/app/visit"
)

func ptr[T any](v T) *T { return &v }

func TestPSFSValidate(t *testing.T) {
	good := PSFS{{Name: "Lift my toddler", Score: 3}, {Name: strings.Repeat("ก", MaxNameLen), Score: 0}, {Name: "Sit 1 hour", Score: 10}}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]PSFS{
		"four":      append(append(PSFS{}, good...), Activity{Name: "run", Score: 1}),
		"empty":     {{Name: "  ", Score: 2}},
		"long":      {{Name: strings.Repeat("x", MaxNameLen+1), Score: 2}},
		"long Thai": {{Name: strings.Repeat("ก", MaxNameLen+1), Score: 2}},
		"control":   {{Name: "a\x00b", Score: 2}},
		"score":     {{Name: "run", Score: 11}},
		"negative":  {{Name: "run", Score: -1}},
		"repeat":    {{Name: "Lift  my toddler", Score: 1}, {Name: "lift my TODDLER", Score: 2}},
	} {
		if p.Validate() == nil {
			t.Errorf("%s: Validate accepted %+v", name, p)
		}
		cleaned, dropped := p.Clean()
		if cleaned.Validate() != nil || dropped == 0 {
			t.Errorf("%s: Clean gave %+v, dropped %d", name, cleaned, dropped)
		}
	}
}

func TestSince(t *testing.T) {
	records := []Record{
		{Date: "2026-12-10", Pain: ptr(3), Activities: PSFS{{Name: "lift my toddler", Score: 6}, {Name: "Garden", Score: 5}}},
		{Date: "2026-12-01", Pain: ptr(7), Activities: PSFS{{Name: "Lift my toddler", Score: 2}, {Name: "Sit 1 hour", Score: 4}}},
		{Date: "2026-12-05", Activities: PSFS{{Name: "Sit 1 hour", Score: 4}}},
		{Date: "bad", Pain: ptr(1)},
	}
	c := Since(records)
	if c.From != "2026-12-01" || c.To != "2026-12-10" {
		t.Errorf("period %s–%s", c.From, c.To)
	}
	if c.Pain == nil || *c.Pain != (Delta{From: 7, To: 3, Diff: -4, Trend: TrendBetter}) {
		t.Errorf("pain %+v", c.Pain)
	}
	want := []ActivityChange{
		{Name: "Lift my toddler", Delta: Delta{From: 2, To: 6, Diff: 4, Trend: TrendBetter}},
		{Name: "Sit 1 hour", Delta: Delta{From: 4, To: 4, Diff: 0, Trend: TrendSame}},
	}
	if !reflect.DeepEqual(c.Activities, want) {
		t.Errorf("activities %+v, want %+v", c.Activities, want)
	}
	if c.Mean == nil || *c.Mean != (Delta{From: 3, To: 5, Diff: 2, Trend: TrendBetter}) {
		t.Errorf("mean %+v (a new activity must not count)", c.Mean)
	}
	lines := strings.Join(c.Lines(i18n.Get("en")), "\n")
	if lines != "Pain: 7 then, 3 now. better\nLift my toddler: 2 then, 6 now. better\nSit 1 hour: 4 then, 4 now. no change" {
		t.Errorf("lines:\n%s", lines)
	}
	if z := Since(records[:1]); z.From != "" || z.Lines(i18n.Get("en")) != nil {
		t.Errorf("one record: %+v", z)
	}
	worse := Since([]Record{{Date: "2026-12-01", Pain: ptr(2)}, {Date: "2026-12-02", Pain: ptr(5)}})
	if worse.Pain.Trend != TrendWorse {
		t.Errorf("pain up is worse: %+v", worse.Pain)
	}
}

// TestSinceProperty: the change is exactly last minus first, and its
// trend's sign agrees with the direction that is better for each measure.
func TestSinceProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	for i := 0; i < 2000; i++ {
		n := 2 + rng.IntN(6)
		var rs []Record
		for d := 0; d < n; d++ {
			rs = append(rs, Record{Date: time.Date(2026, 1, 1+d, 0, 0, 0, 0, time.UTC).Format(DateLayout), Pain: ptr(rng.IntN(11)),
				Activities: PSFS{{Name: "walk", Score: rng.IntN(11)}}})
		}
		rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		c := Since(rs)
		first, last := rs[0], rs[0]
		for _, r := range rs {
			if r.Date < first.Date {
				first = r
			}
			if r.Date > last.Date {
				last = r
			}
		}
		if c.Pain.Diff != float64(*last.Pain-*first.Pain) || (c.Pain.Diff < 0) != (c.Pain.Trend == TrendBetter) {
			t.Fatalf("pain %+v from %d to %d", c.Pain, *first.Pain, *last.Pain)
		}
		a := c.Activities[0]
		if a.Diff != float64(last.Activities[0].Score-first.Activities[0].Score) || (a.Diff > 0) != (a.Trend == TrendBetter) {
			t.Fatalf("activity %+v", a)
		}
	}
}

func TestLog(t *testing.T) {
	var l Log
	if err := l.Add(Record{Date: "2026-12-03", Pain: ptr(5)}); err != nil {
		t.Fatal(err)
	}
	if err := l.Add(Record{Date: "2026-12-01", Pain: ptr(7)}); err != nil {
		t.Fatal(err)
	}
	if err := l.Add(Record{Date: "2026-12-03", Pain: ptr(4)}); err != nil {
		t.Fatal(err)
	}
	if l.Add(Record{Date: "2026-12-04", Pain: ptr(12)}) == nil {
		t.Error("Add accepted pain 12")
	}
	if len(l.Records) != 2 || l.Records[0].Date != "2026-12-01" || *l.Records[1].Pain != 4 {
		t.Errorf("records %+v", l.Records)
	}
	v := visit.Visit{At: "2026-12-02T10:00", PainBefore: ptr(6), PainAfter: ptr(3)}
	if err := l.AddVisit(v); err != nil {
		t.Fatal(err)
	}
	if l.AddVisit(visit.Visit{At: "tuesday"}) == nil {
		t.Error("AddVisit accepted a bad time")
	}
	if err := l.SetCheckIn(v.At, visit.CheckIn{Stage: visit.Stage48h, Soreness: visit.SoreMild}); err != nil {
		t.Fatal(err)
	}
	if err := l.SetCheckIn(v.At, visit.CheckIn{Stage: visit.Stage24h, Soreness: visit.SoreStrong}); err != nil {
		t.Fatal(err)
	}
	if err := l.SetCheckIn(v.At, visit.CheckIn{Stage: visit.Stage24h, Soreness: visit.SoreMild}); err != nil {
		t.Fatal(err)
	}
	if l.SetCheckIn("2026-01-01T00:00", visit.CheckIn{Stage: visit.Stage24h}) == nil {
		t.Error("SetCheckIn accepted an unknown visit")
	}
	last, _ := l.LastVisit()
	if len(last.CheckIns) != 2 || last.CheckIns[0].Stage != visit.Stage24h || last.CheckIns[0].Soreness != visit.SoreMild {
		t.Errorf("check-ins %+v", last.CheckIns)
	}
	b, err := EncodeLog(l)
	if err != nil {
		t.Fatal(err)
	}
	back, dropped, err := DecodeLog(b)
	if err != nil || dropped != 0 || !reflect.DeepEqual(back, l) {
		t.Errorf("round trip: %+v dropped %d err %v\nwant %+v", back, dropped, err, l)
	}
}

func TestDecodeLogDamaged(t *testing.T) {
	for name, tc := range map[string]struct {
		in      string
		err     error
		dropped int
	}{
		"not json":  {`{"v":1,`, ErrLogCorrupt, 0},
		"no v":      {`{"records":[]}`, ErrLogCorrupt, 0},
		"version":   {`{"v":2}`, ErrLogVersion, 0},
		"too large": {`{"v":1,"records":"` + strings.Repeat("x", MaxLogBytes) + `"}`, ErrLogTooLarge, 0},
		"bad items": {`{"v":1,"records":[{"date":"2026-12-01","pain":3},{"date":"x"},7],"visits":[{"at":"2026-12-01T10:00"},{"at":"never"}]}`, nil, 3},
		// A bad value inside a record or visit goes; the record or visit stays.
		"bad values": {`{"v":1,"records":[{"date":"2026-12-01","pain":30,"activities":[{"name":"walk","score":4},{"name":"","score":2}]}],"visits":[{"at":"2026-12-01T10:00","painBefore":6,"painAfter":99,"checkIns":[{"stage":"24h","soreness":"mild","water":"lots"}]}]}`, nil, 4},
	} {
		l, dropped, err := DecodeLog([]byte(tc.in))
		if !errors.Is(err, tc.err) || dropped != tc.dropped {
			t.Errorf("%s: err %v dropped %d, want %v %d", name, err, dropped, tc.err, tc.dropped)
		}
		if tc.err == nil && (len(l.Records) != 1 || len(l.Visits) != 1) {
			t.Errorf("%s: kept %+v", name, l)
		}
		if name == "bad values" {
			r, v := l.Records[0], l.Visits[0]
			if r.Pain != nil || len(r.Activities) != 1 || *v.PainBefore != 6 || v.PainAfter != nil || v.CheckIns[0].Soreness != visit.SoreMild {
				t.Errorf("bad values: kept %+v and %+v", r, v)
			}
		}
	}
}

func FuzzDecodeLog(f *testing.F) {
	f.Add([]byte(`{"v":1,"records":[{"date":"2026-12-01","pain":3,"activities":[{"name":"walk","score":4}]}],"visits":[{"at":"2026-12-01T10:00","checkIns":[{"stage":"24h"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		l, _, err := DecodeLog(b)
		if err != nil {
			return
		}
		for _, r := range l.Records {
			if r.Validate() != nil {
				t.Fatalf("kept an invalid record %+v", r)
			}
		}
		for _, v := range l.Visits {
			if v.Validate() != nil {
				t.Fatalf("kept an invalid visit %+v", v)
			}
		}
		_ = l.Change()
		ch := routine.NewChart(&routine.Journal{}, time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))
		_ = Marks(ch, l.Visits)
		_ = Scale(ch, l.Records)
	})
}

func TestMarksAndScale(t *testing.T) {
	today := time.Date(2026, 12, 31, 20, 0, 0, 0, time.UTC)
	ch := routine.NewChart(&routine.Journal{}, today) // 2026-12-02 … 2026-12-31
	visits := []visit.Visit{
		{At: "2026-11-20T10:00", PainBefore: ptr(8)}, // before the chart
		{At: "2026-12-02T09:00", PainBefore: ptr(7), PainAfter: ptr(4)},
		{At: "2026-12-16T18:30", PainBefore: ptr(5)},
	}
	got := Marks(ch, visits)
	want := []Mark{{X: 0, Date: "2026-12-02", At: "2026-12-02T09:00", PainBefore: ptr(7), PainAfter: ptr(4)}, {X: 14, Date: "2026-12-16", At: "2026-12-16T18:30", PainBefore: ptr(5)}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("marks %+v, want %+v", got, want)
	}
	records := []Record{
		{Date: "2026-11-30", Activities: PSFS{{Name: "Walk", Score: 2}, {Name: "Sit", Score: 5}}},
		{Date: "2026-12-10", Activities: PSFS{{Name: "walk", Score: 5}}},
		{Date: "2026-12-31", Activities: PSFS{{Name: "Walk", Score: 7}}},
	}
	s := Scale(ch, records)
	if len(s) != 1 || s[0].Name != "Walk" || len(s[0].Points) != 2 || s[0].Points[0] != (routine.Point{X: 8, Y: 5, Date: "2026-12-10"}) || s[0].Points[1].X != 29 {
		t.Errorf("scale %+v", s)
	}
}

func TestSetIntake(t *testing.T) {
	acts := PSFS{{Name: " lift my toddler ", Score: 3}, {Name: "Sit 1 hour", Score: 5}}
	cases := []struct {
		name    string
		log     Log
		acts    PSFS
		pain    *int
		want    []Record
		wantErr bool
	}{
		{"skipped: no record added", Log{}, nil, ptr(6), nil, false},
		{"first answers add the intake's record", Log{}, acts, ptr(6),
			[]Record{{Date: "2026-12-02", Pain: ptr(6), Activities: PSFS{{Name: "lift my toddler", Score: 3}, {Name: "Sit 1 hour", Score: 5}}}}, false},
		{"an edit replaces the first record's activities, keeping its date and pain",
			Log{Records: []Record{{Date: "2026-11-20", Pain: ptr(4), Activities: PSFS{{Name: "run", Score: 1}}}, {Date: "2026-11-25", Pain: ptr(2)}}},
			PSFS{{Name: "garden", Score: 7}}, ptr(9),
			[]Record{{Date: "2026-11-20", Pain: ptr(4), Activities: PSFS{{Name: "garden", Score: 7}}}, {Date: "2026-11-25", Pain: ptr(2)}}, false},
		{"emptied: the first record keeps its pain, loses its activities",
			Log{Records: []Record{{Date: "2026-11-20", Activities: PSFS{{Name: "run", Score: 1}}}}}, nil, ptr(5),
			[]Record{{Date: "2026-11-20", Pain: ptr(5)}}, false},
		{"bad pain is refused", Log{Records: []Record{{Date: "2026-11-20"}}}, acts, ptr(11), []Record{{Date: "2026-11-20"}}, true},
	}
	for _, c := range cases {
		err := c.log.SetIntake(c.acts, c.pain, "2026-12-02")
		if (err != nil) != c.wantErr {
			t.Errorf("%s: err %v", c.name, err)
		}
		if !reflect.DeepEqual(c.log.Records, c.want) {
			t.Errorf("%s: records %+v, want %+v", c.name, c.log.Records, c.want)
		}
		if err == nil && len(c.want) > 0 && !reflect.DeepEqual(c.log.Intake(), c.want[0].Activities) {
			t.Errorf("%s: Intake() = %+v", c.name, c.log.Intake())
		}
	}
	// The journal's later rating is compared with the intake's.
	var l Log
	_ = l.SetIntake(PSFS{{Name: "lift my toddler", Score: 3}}, ptr(6), "2026-12-01")
	_ = l.Add(Record{Date: "2026-12-09", Pain: ptr(2), Activities: PSFS{{Name: "Lift my toddler", Score: 7}}})
	if c := l.Change(); len(c.Activities) != 1 || c.Activities[0].From != 3 || c.Activities[0].To != 7 || c.Pain.From != 6 {
		t.Errorf("change since the intake = %+v", c)
	}
}

func TestProgress(t *testing.T) {
	records := []Record{
		{Date: "2026-12-10", Activities: PSFS{{Name: "lift my toddler", Score: 6}, {Name: "Garden", Score: 5}}},
		{Date: "2026-12-01", Pain: ptr(7), Activities: PSFS{{Name: "Lift my toddler", Score: 2}}},
		{Date: "2026-12-12", Pain: ptr(3)}, // pain only: not the latest scale
	}
	got := Progress(records)
	want := []Tracked{{Name: "lift my toddler", Score: 6, First: ptr(2)}, {Name: "Garden", Score: 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Progress = %+v, want %+v", got, want)
	}
	if Progress([]Record{{Date: "2026-12-01", Pain: ptr(2)}}) != nil {
		t.Error("Progress of a log with no activity is not nil")
	}
}

func TestFitName(t *testing.T) {
	thai := strings.Repeat("ยก", 30) // 60 characters, 180 bytes: the limit counts characters
	for in, want := range map[string]string{
		"  lift my toddler ":    "lift my toddler",
		thai:                    thai,
		thai + "ยก":             thai,
		strings.Repeat("a", 70): strings.Repeat("a", 60),
	} {
		got := FitName(in)
		if got != want || (PSFS{{Name: got, Score: 1}}).Validate() != nil {
			t.Errorf("FitName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVisitPain(t *testing.T) {
	l := Log{Records: []Record{
		{Date: "2026-11-01", Pain: ptr(9)}, // too old for a visit on the 10th
		{Date: "2026-11-05", Pain: ptr(6)},
		{Date: "2026-11-07"},               // no pain rating
		{Date: "2026-11-11", Pain: ptr(2)}, // after the visit
	}}
	for at, want := range map[string]*int{
		"2026-11-10T15:00": ptr(6),
		"2026-11-05T09:00": ptr(6), // the same day counts
		"2026-11-15T10:00": ptr(2),
		"2026-11-30T10:00": nil, // nothing in the week before
		"bad":              nil,
	} {
		got := l.PainBefore(at)
		if (got == nil) != (want == nil) || (got != nil && *got != *want) {
			t.Errorf("PainBefore(%s) = %v, want %v", at, got, want)
		}
	}
	_ = l.AddVisit(visit.Visit{At: "2026-11-10T15:00"})
	if err := l.SetVisitPain("2026-11-10T15:00", ptr(6), nil); err != nil {
		t.Fatal(err)
	}
	if err := l.SetVisitPain("2026-11-10T15:00", nil, ptr(3)); err != nil {
		t.Fatal(err)
	}
	if v, _ := l.LastVisit(); v.PainBefore == nil || *v.PainBefore != 6 || v.PainAfter == nil || *v.PainAfter != 3 {
		t.Errorf("visit = %+v, want pain 6 before and 3 after", v)
	}
	if l.SetVisitPain("2026-11-10T15:00", nil, ptr(11)) == nil || l.SetVisitPain("2026-11-11T15:00", ptr(1), nil) == nil {
		t.Error("SetVisitPain accepted a pain of 11 or an unknown visit")
	}
	if v, _ := l.LastVisit(); *v.PainAfter != 3 {
		t.Errorf("a refused rating changed the visit: %+v", v)
	}
	// The chart's marks carry both, for "pain before and after each visit".
	c := routine.Chart{From: "2026-11-01", To: "2026-11-30", Days: 30}
	if m := Marks(c, l.Visits); len(m) != 1 || *m[0].PainBefore != 6 || *m[0].PainAfter != 3 {
		t.Errorf("marks = %+v", m)
	}
}
