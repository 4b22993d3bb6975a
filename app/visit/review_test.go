package visit

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/triage"
)

func ptr[T any](v T) *T { return &v }

// TestWorseAfterMassageSameAsIntake: a red flag that appears after a
// massage reaches the same tier and the same rules as the same answer at
// the intake, for every safety question.
func TestWorseAfterMassageSameAsIntake(t *testing.T) {
	for _, f := range intake.Flags {
		for _, ans := range []intake.Tri{intake.Yes, intake.Unsure} {
			atIntake := intaketest.DeskWorker()
			atIntake.RedFlags[f] = ans
			want := triage.Evaluate(atIntake)

			base := intaketest.DeskWorker() // the intake before the visit: nothing fired
			c := CheckIn{Stage: Stage24h, Soreness: SoreMild, RedFlags: map[intake.Flag]intake.Tri{f: ans}}
			got := Screen(base, c)
			if got.Tier != want.Tier || !slices.Equal(firedIDs(got), firedIDs(want)) {
				t.Errorf("flag %s=%s after the massage: tier %v %v, at the intake %v %v", f, ans, got.Tier, firedIDs(got), want.Tier, firedIDs(want))
			}
			r := NewReview(base, c)
			if want.Tier >= triage.SeeDoctor && r.Action != ActTriage {
				t.Errorf("flag %s=%s: action %s, want triage", f, ans, r.Action)
			}
			if base.RedFlags[f] != intake.No {
				t.Fatalf("Screen changed the intake answers")
			}
		}
	}
}

func firedIDs(o triage.Outcome) []string {
	var out []string
	for _, f := range o.Fired {
		out = append(out, f.ID)
	}
	return out
}

func TestReview(t *testing.T) {
	base := intaketest.DeskWorker()
	for _, tc := range []struct {
		name   string
		c      CheckIn
		action Action
		tier   triage.Tier
		keys   []string
	}{
		{"mild at 24h", CheckIn{Stage: Stage24h, Soreness: SoreMild}, ActNormal, triage.Proceed, []string{"visit.review.normal"}},
		{"none, little water", CheckIn{Stage: Stage48h, Soreness: SoreNone, Water: WaterLittle}, ActNormal, triage.Proceed, []string{"visit.review.normal", "visit.review.water"}},
		{"strong at 24h", CheckIn{Stage: Stage24h, Soreness: SoreStrong}, ActWatch, triage.Proceed, []string{"visit.review.watch"}},
		{"strong at 48h", CheckIn{Stage: Stage48h, Soreness: SoreStrong}, ActClinic, triage.Proceed, []string{"visit.review.clinic"}},
		{"worse at 24h", CheckIn{Stage: Stage24h, Soreness: SoreWorse}, ActClinic, triage.Proceed, []string{"visit.review.clinic"}},
		{"both legs now", CheckIn{Stage: Stage24h, Soreness: SoreMild, Spread: intake.SpreadBoth}, ActTriage, triage.Emergency,
			[]string{"triage.tier.emergency.title", "triage.tier.emergency.body"}},
		{"new numbness in one leg", CheckIn{Stage: Stage48h, Spread: intake.SpreadOneLeg, Feelings: []intake.Feeling{intake.FeelNumb}}, ActTriage, triage.SeeDoctor,
			[]string{"triage.tier.see-doctor.title", "triage.tier.see-doctor.body"}},
		{"pain 9 now", CheckIn{Stage: Stage24h, Pain: ptr(9)}, ActTriage, triage.SeeDoctor,
			[]string{"triage.tier.see-doctor.title", "triage.tier.see-doctor.body"}},
		{"a no never clears", CheckIn{Stage: Stage24h, RedFlags: map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.No}}, ActNormal, triage.Proceed, []string{"visit.review.normal"}},
	} {
		r := NewReview(base, tc.c)
		if r.Action != tc.action || r.Outcome.Tier != tc.tier || !slices.Equal(r.Keys, tc.keys) {
			t.Errorf("%s: %s %v %v, want %s %v %v", tc.name, r.Action, r.Outcome.Tier, r.Keys, tc.action, tc.tier, tc.keys)
		}
		for _, k := range r.Keys {
			if !en.Has(k) {
				t.Errorf("%s: key %q has no text", tc.name, k)
			}
		}
	}
	// An intake "yes" stays a yes whatever the check-in says.
	cancer := intaketest.DeskWorker()
	cancer.RedFlags[intake.FlagCancer] = intake.Yes
	if o := Screen(cancer, CheckIn{Stage: Stage24h, RedFlags: map[intake.Flag]intake.Tri{intake.FlagCancer: intake.No}}); !o.Has("cancer-history") {
		t.Error("a check-in no cleared an intake yes")
	}
}

// FuzzCheckIn: any stored check-in decodes, validates or not, and screens
// without panicking; screening never makes the outcome less urgent than
// the intake's.
func FuzzCheckIn(f *testing.F) {
	f.Add([]byte(`{"stage":"24h","soreness":"worse","redFlags":{"saddle":"yes"},"spread":"both-legs","pain":11}`))
	f.Add([]byte(`{"stage":"48h","techniques":{"swedish":"right"},"rightLevel":4,"feelings":["numb"]}`))
	f.Add([]byte(`{"stage":"x","redFlags":{"nope":"maybe"},"feelings":["weird"],"pain":-3}`))
	base := intaketest.DeskWorker()
	before := triage.Evaluate(base).Tier
	f.Fuzz(func(t *testing.T, b []byte) {
		var c CheckIn
		if json.Unmarshal(b, &c) != nil {
			return
		}
		_ = c.Validate()
		if o := Screen(base, c); o.Tier < before {
			t.Fatalf("screening lowered the tier: %v < %v", o.Tier, before)
		}
		_ = NewReview(base, c)
		_ = NewReview(nil, c)
		_ = LastVisitNotes(Visit{At: "2026-12-03T10:00", CheckIns: []CheckIn{c}}, i18n.Get("th"))
	})
}

func TestValidate(t *testing.T) {
	good := CheckIn{Stage: Stage48h, Soreness: SoreMild, Water: WaterSome, Pain: ptr(3), Pressure: FeltRight, RightLevel: ptr(4),
		Techniques: map[string]Felt{"swedish": FeltRight}, RedFlags: map[intake.Flag]intake.Tri{intake.FlagFever: intake.No},
		Spread: intake.SpreadNo, Feelings: []intake.Feeling{intake.FeelStiff}, Note: "ok"}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(c *CheckIn){
		"stage":     func(c *CheckIn) { c.Stage = "12h" },
		"soreness":  func(c *CheckIn) { c.Soreness = "meh" },
		"water":     func(c *CheckIn) { c.Water = "lots" },
		"pain":      func(c *CheckIn) { c.Pain = ptr(11) },
		"pressure":  func(c *CheckIn) { c.Pressure = "ok" },
		"level":     func(c *CheckIn) { c.RightLevel = ptr(-1) },
		"technique": func(c *CheckIn) { c.Techniques = map[string]Felt{"Bad ID": FeltRight} },
		"felt":      func(c *CheckIn) { c.Techniques = map[string]Felt{"swedish": "meh"} },
		"flag":      func(c *CheckIn) { c.RedFlags = map[intake.Flag]intake.Tri{"nope": intake.Yes} },
		"tri":       func(c *CheckIn) { c.RedFlags = map[intake.Flag]intake.Tri{intake.FlagFever: "maybe"} },
		"spread":    func(c *CheckIn) { c.Spread = "arm" },
		"feeling":   func(c *CheckIn) { c.Feelings = []intake.Feeling{"itchy"} },
		"note":      func(c *CheckIn) { c.Note = string(make([]byte, MaxNoteLen+1)) },
	} {
		c := good
		change(&c)
		if c.Validate() == nil {
			t.Errorf("%s: Validate accepted %+v", name, c)
		}
	}
	v := Visit{At: "2026-12-03T10:00", PainBefore: ptr(6), PainAfter: ptr(3), CheckIns: []CheckIn{good}}
	if err := v.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]Visit{
		"time":  {At: "3 Dec"},
		"pain":  {At: v.At, PainAfter: ptr(12)},
		"twice": {At: v.At, CheckIns: []CheckIn{good, good}},
		"inner": {At: v.At, CheckIns: []CheckIn{{Stage: "1h"}}},
	} {
		if bad.Validate() == nil {
			t.Errorf("visit %s: Validate accepted %+v", name, bad)
		}
	}
}

func TestDue(t *testing.T) {
	v := Visit{At: "2026-12-03T10:30"}
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02T15:04", s, time.FixedZone("ICT", 7*3600))
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	for _, tc := range []struct {
		now   string
		done  []Stage
		stage Stage
		ok    bool
	}{
		{"2026-12-03T12:00", nil, "", false},      // too soon
		{"2026-12-04T10:29", nil, "", false},      // a minute before 24 h
		{"2026-12-04T10:30", nil, Stage24h, true}, // 24 h, wall clock
		{"2026-12-05T09:00", nil, Stage24h, true}, // still the 24 h one
		{"2026-12-05T11:00", nil, Stage48h, true}, // 48 h: the latest stage
		{"2026-12-05T11:00", []Stage{Stage24h}, Stage48h, true},
		{"2026-12-05T11:00", []Stage{Stage48h}, "", false},
		{"2026-12-04T12:00", []Stage{Stage24h}, "", false},
		{"2026-12-10T11:00", nil, "", false}, // past the window
		{"2026-12-01T11:00", nil, "", false}, // before the visit
	} {
		v.CheckIns = nil
		for _, s := range tc.done {
			v.CheckIns = append(v.CheckIns, CheckIn{Stage: s})
		}
		if s, ok := v.Due(at(tc.now)); s != tc.stage || ok != tc.ok {
			t.Errorf("at %s with %v done: %q %v, want %q %v", tc.now, tc.done, s, ok, tc.stage, tc.ok)
		}
	}
	if _, ok := (Visit{At: "soon"}).Due(time.Now()); ok {
		t.Error("a visit without a time has no check-in due")
	}
}
