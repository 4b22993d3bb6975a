package visit

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"kneadform/app/i18n"
	"kneadform/app/ical"
	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

func TestStartPrefs(t *testing.T) {
	a := intaketest.DeskWorker()
	c := pressure.Cap(a, triage.Evaluate(a))
	r := intake.RegionBetweenBlades
	prev := pressure.Prefs{Regions: map[intake.Region]pressure.Setting{r: {Preferred: 5, Max: 6}}, Stop: pressure.Stop{Signal: pressure.SignalHand}}
	for _, tc := range []struct {
		name string
		last *CheckIn
		want pressure.Setting
	}{
		{"no check-in", nil, pressure.Setting{Preferred: 5, Max: 6}},
		{"too much", &CheckIn{Stage: Stage24h, Pressure: FeltTooMuch}, pressure.Setting{Preferred: 4, Max: 5}},
		{"right at 3", &CheckIn{Stage: Stage48h, Pressure: FeltRight, RightLevel: ptr(3)}, pressure.Setting{Preferred: 3, Max: 6}},
		{"right, no level", &CheckIn{Stage: Stage48h, Pressure: FeltRight}, pressure.Setting{Preferred: 5, Max: 6}},
		{"right above max", &CheckIn{Stage: Stage48h, Pressure: FeltRight, RightLevel: ptr(9)}, pressure.Setting{Preferred: 6, Max: 6}},
		{"too light", &CheckIn{Stage: Stage48h, Pressure: FeltTooLight}, pressure.Setting{Preferred: 6, Max: 6}},
		{"invalid check-in ignored", &CheckIn{Stage: "1h", Pressure: FeltTooMuch}, pressure.Setting{Preferred: 5, Max: 6}},
	} {
		got := StartPrefs(prev, tc.last, a.Regions, c)
		if got.Regions[r] != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got.Regions[r], tc.want)
		}
		if got.Regions[intake.RegionShoulderLeft] != pressure.DefaultSetting {
			t.Errorf("%s: a newly chosen region starts at %+v", tc.name, got.Regions[intake.RegionShoulderLeft])
		}
		if got.Stop.Signal != pressure.SignalHand {
			t.Errorf("%s: the stop signal was lost", tc.name)
		}
	}
	if prev.Regions[r] != (pressure.Setting{Preferred: 5, Max: 6}) {
		t.Error("StartPrefs changed prev")
	}
	// Today's caps win: osteoporosis since last time keeps it light.
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	c = pressure.Cap(a, triage.Evaluate(a))
	got := StartPrefs(prev, &CheckIn{Stage: Stage48h, Pressure: FeltTooLight}, a.Regions, c)
	if s := got.Regions[r]; s.Max > triage.CeilingLight {
		t.Errorf("osteoporosis: %+v above the light ceiling", s)
	}
}

// TestStartPrefsProperty: whatever the previous choices and check-in, the
// start is on the scale, preferred ≤ max ≤ the region's cap, and a
// check-in never raises a maximum.
func TestStartPrefsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2026))
	a := intaketest.DeskWorker()
	c := pressure.Cap(a, triage.Evaluate(a))
	for i := 0; i < 3000; i++ {
		prev := pressure.Prefs{Regions: map[intake.Region]pressure.Setting{}}
		for _, r := range a.Regions {
			prev.Regions[r] = pressure.Setting{Preferred: pressure.Level(rng.IntN(14) - 2), Max: pressure.Level(rng.IntN(14) - 2)}
		}
		last := &CheckIn{Stage: Stage24h, Pressure: Felts[rng.IntN(len(Felts))]}
		if rng.IntN(2) == 0 {
			last.RightLevel = ptr(rng.IntN(11))
		}
		fitted, _ := pressure.Apply(prev, c)
		got := StartPrefs(prev, last, a.Regions, c)
		for r, s := range got.Regions {
			limit, _ := c.For(r)
			if s.Preferred < 0 || s.Preferred > s.Max || s.Max > limit {
				t.Fatalf("%+v + %+v: region %s → %+v (cap %d)", prev, *last, r, s, limit)
			}
			if s.Max > fitted.Regions[r].Max {
				t.Fatalf("%+v + %+v: region %s max rose %d → %d", prev, *last, r, fitted.Regions[r].Max, s.Max)
			}
		}
	}
}

func TestLastVisitNotes(t *testing.T) {
	v := Visit{At: "2026-12-03T10:30", PainBefore: ptr(6), PainAfter: ptr(3), CheckIns: []CheckIn{
		{Stage: Stage24h, Soreness: SoreStrong},
		{Stage: Stage48h, Soreness: SoreMild, Pressure: FeltTooMuch, RightLevel: ptr(4),
			Techniques: map[string]Felt{"swedish": FeltRight, "deep-tissue": FeltTooMuch},
			Feelings:   []intake.Feeling{intake.FeelTingling}, Note: "stiff in the morning"},
	}}
	got := strings.Join(LastVisitNotes(v, i18n.Get("en")), "\n")
	want := "Last visit 3 Dec 2026: pain 6/10 before, 3/10 after.\n" +
		"Check-in (Two days after your massage): soreness: A little sore; pressure: Too much (4/10 felt right); Deep tissue massage: Too much; Swedish massage: Just right.\n" +
		"New since the visit: Tingling or pins and needles.\n" +
		"Client's note: stiff in the morning"
	if got != want {
		t.Errorf("notes:\n%s\nwant:\n%s", got, want)
	}
	if n := LastVisitNotes(Visit{At: "2026-12-03T10:30"}, i18n.Get("en")); len(n) != 0 {
		t.Errorf("nothing to report, got %v", n)
	}
	// In the clinic's language: a Thai clinic reads Thai, with a
	// Buddhist-era date, whatever language the client used.
	th := strings.Join(LastVisitNotes(v, i18n.Get("th")), "\n")
	for _, want := range []string{"3 ธ.ค. 2569", i18n.Get("th").T("visit.checkin.soreness.mild"), "stiff in the morning"} {
		if !strings.Contains(th, want) {
			t.Errorf("Thai notes lack %q:\n%s", want, th)
		}
	}
	if m := regexp.MustCompile(`[A-Za-z]{3,}`).FindAllString(strings.ReplaceAll(th, "stiff in the morning", ""), -1); len(m) > 0 {
		t.Errorf("Thai notes keep English words %v:\n%s", m, th)
	}
}

func TestNextVisitDays(t *testing.T) {
	for id, want := range map[string]int{"acute": 3, "chronic": 7, "athlete": 7, "stress": 7, "desk": 14, "maintenance": 28, "nope": 0} {
		if got := NextVisitDays(&triage.Frequency{ID: id}); got != want {
			t.Errorf("%s: %d days, want %d", id, got, want)
		}
	}
	at := time.Date(2026, 12, 3, 10, 30, 0, 0, time.FixedZone("ICT", 7*3600))
	if next, ok := NextVisitAt(at, &triage.Frequency{ID: "desk"}); !ok || next != time.Date(2026, 12, 17, 10, 30, 0, 0, time.UTC) {
		t.Errorf("next desk visit %v %v, want 17 Dec 10:30 wall clock", next, ok)
	}
	if _, ok := NextVisitAt(at, nil); ok {
		t.Error("a next visit without a frequency")
	}
	if NextVisitDays(nil) != 0 {
		t.Error("no suggestion must give 0")
	}
	// A course followed by a daily-life rhythm ("chronic-then-desk", what a
	// desk worker with long-standing pain gets) is spaced by its course, the
	// sooner end: it was 0, so no next visit was ever suggested to them.
	for id, want := range map[string]int{"chronic-then-desk": 7, "acute-then-stress": 3, "acute-then-athlete": 3, "nope-then-desk": 0} {
		if got := NextVisitDays(&triage.Frequency{ID: id}); got != want {
			t.Errorf("%s: %d days, want %d", id, got, want)
		}
	}
	// Every id the triage table can give has a spacing.
	chronicDesk := intaketest.DeskWorker()
	chronicDesk.Duration = intake.DurChronic
	for _, a := range []*intake.Answers{intaketest.DeskWorker(), chronicDesk, {}} {
		if f := triage.Evaluate(a).Frequency; f != nil && NextVisitDays(f) == 0 {
			t.Errorf("frequency %q has no spacing", f.ID)
		}
	}
}

func TestReminders(t *testing.T) {
	routine := time.Date(0, 1, 1, 7, 45, 0, 0, time.UTC)
	loc := time.FixedZone("ICT", 7*3600)
	plan := Plan{Routine: &routine, RoutineFrom: time.Date(2026, 12, 3, 0, 0, 0, 0, loc), RoutineMinutes: 8,
		Visit: time.Date(2026, 12, 3, 10, 30, 0, 0, loc), Frequency: &triage.Frequency{ID: "desk"}}
	cl := lotus
	cl.VisitMinutes = 45
	b, err := ical.Encode(Reminders(plan, cl, en), time.Date(2026, 12, 2, 11, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	cal, err := goical.NewDecoder(bytes.NewReader(b)).Decode()
	if err != nil {
		t.Fatalf("go-ical: %v\n%s", err, b)
	}
	evs := cal.Events()
	if len(evs) != 4 {
		t.Fatalf("%d events, want routine, two check-ins, next visit", len(evs))
	}
	want := []struct {
		start   time.Time
		minutes int
		summary string
		rrule   bool
	}{
		{time.Date(2026, 12, 3, 7, 45, 0, 0, time.UTC), 8, "Your back routine", true},
		{time.Date(2026, 12, 4, 10, 30, 0, 0, time.UTC), 15, "Back check-in, 24 hours after your massage", false},
		{time.Date(2026, 12, 5, 10, 30, 0, 0, time.UTC), 15, "Back check-in, 48 hours after your massage", false},
		{time.Date(2026, 12, 17, 10, 30, 0, 0, time.UTC), 45, "Next massage at Lotus Back Clinic?", false},
	}
	for i, ev := range evs {
		start, _ := ev.DateTimeStart(time.UTC)
		end, _ := ev.DateTimeEnd(time.UTC)
		summary, _ := ev.Props.Text(goical.PropSummary)
		set, _ := ev.RecurrenceSet(time.UTC)
		if !start.Equal(want[i].start) || end.Sub(start) != time.Duration(want[i].minutes)*time.Minute || summary != want[i].summary || (set != nil) != want[i].rrule {
			t.Errorf("event %d: %v %v %q rrule=%v, want %+v", i, start, end.Sub(start), summary, set != nil, want[i])
		}
		if len(ev.Children) != 1 || ev.Children[0].Name != goical.CompAlarm {
			t.Errorf("event %d has no alarm", i)
		}
	}
	next := evs[3]
	if loc, _ := next.Props.Text(goical.PropLocation); loc != cl.Address {
		t.Errorf("next visit location %q", loc)
	}
	if u := next.Props.Get(goical.PropURL); u == nil || u.Value != cl.Booking {
		t.Errorf("next visit URL %v", u)
	}
	// No frequency (a see-doctor outcome): check-ins only.
	plan.Frequency, plan.Routine = nil, nil
	if n := len(Reminders(plan, cl, en).Events); n != 2 {
		t.Errorf("%d events without a frequency, want the two check-ins", n)
	}
}
