package pressure

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

func TestApply(t *testing.T) {
	osteo := base()
	osteo.Conditions = []intake.Condition{intake.CondOsteoporosis}
	bruised := base()
	bruised.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowLeft: {intake.SkinBruise}}
	tests := []struct {
		name string
		a    *intake.Answers
		set  Setting
		want Setting
		adj  []string // "field from→to reason-key", in order
	}{
		{"within the cap: unchanged", base(), Setting{4, 6}, Setting{4, 6}, nil},
		{"max above the scale cap", base(), Setting{5, 8}, Setting{5, 6},
			[]string{"max-low-left 8→6 pressure.cap.scale"}},
		{"both above the scale cap", base(), Setting{7, 9}, Setting{6, 6},
			[]string{"max-low-left 9→6 pressure.cap.scale", "preferred-low-left 7→6 pressure.cap.scale"}},
		{"osteoporosis lowers both", osteo, Setting{4, 6}, Setting{3, 3},
			[]string{"max-low-left 6→3 triage.rule.osteoporosis", "preferred-low-left 4→3 triage.rule.osteoporosis"}},
		{"osteoporosis, already light", osteo, Setting{2, 3}, Setting{2, 3}, nil},
		{"bruise: not touched", bruised, Setting{3, 5}, Setting{0, 0},
			[]string{"max-low-left 5→0 pressure.cap.avoid", "preferred-low-left 3→0 pressure.cap.avoid"}},
		{"preferred above own max", base(), Setting{5, 4}, Setting{4, 4},
			[]string{"preferred-low-left 5→4 pressure.adjust.above-max"}},
		{"off the scale, negative", base(), Setting{-2, -1}, Setting{0, 0},
			[]string{"max-low-left -1→0 pressure.adjust.off-scale", "preferred-low-left -2→0 pressure.adjust.off-scale"}},
		{"off the scale, huge", base(), Setting{3, 99}, Setting{3, 6},
			[]string{"max-low-left 99→10 pressure.adjust.off-scale", "max-low-left 10→6 pressure.cap.scale"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := capOf(tt.a)
			p := Prefs{Regions: map[intake.Region]Setting{intake.RegionLowLeft: tt.set}}
			got, adj := Apply(p, c)
			if s := got.Regions[intake.RegionLowLeft]; s != tt.want {
				t.Errorf("setting = %+v, want %+v", s, tt.want)
			}
			var desc []string
			for _, a := range adj {
				desc = append(desc, fmt.Sprintf("%s %d→%d %s", a.Field, a.From, a.To, a.Reasons[0].Key))
			}
			if !reflect.DeepEqual(desc, tt.adj) {
				t.Errorf("adjustments:\n got %q\nwant %q", desc, tt.adj)
			}
			if p.Regions[intake.RegionLowLeft] != tt.set {
				t.Error("Apply changed its input")
			}
		})
	}
}

// TestApplyOsteoporosisEveryRegion: the issue's acceptance case: a client
// with osteoporosis who asks for firm pressure everywhere gets light at most
// in every region, each change explained by the osteoporosis rule.
func TestApplyOsteoporosisEveryRegion(t *testing.T) {
	a := base()
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	a.Regions = intake.Regions
	p := Defaults(a.Regions)
	for r := range p.Regions {
		p.Regions[r] = Setting{Preferred: 6, Max: 6}
	}
	got, adj := Apply(p, capOf(a))
	for _, r := range intake.Regions {
		if s := got.Regions[r]; s.Max != Light.Max() || s.Preferred != Light.Max() {
			t.Errorf("%s: %+v, want light (3/3)", r, s)
		}
	}
	if len(adj) != 2*len(intake.Regions) {
		t.Errorf("%d adjustments, want %d", len(adj), 2*len(intake.Regions))
	}
	for _, x := range adj {
		if x.Reasons[0].Rule != "osteoporosis" {
			t.Errorf("%s: reason %+v, want rule osteoporosis", x.Field, x.Reasons[0])
		}
	}
}

// randomAnswers draws answers that exercise every cap: conditions,
// medicines, pregnancy, training, onset, skin marks and "do not touch", with
// unknown values now and then.
func randomAnswers(r *rand.Rand) *intake.Answers {
	a := &intake.Answers{RedFlags: map[intake.Flag]intake.Tri{}}
	a.AgeBand = pick(r, intake.AgeBands)
	a.Pregnant = pick(r, []intake.Tri{intake.Yes, intake.No, intake.Unsure})
	a.PregnancyWeeks = r.IntN(45)
	a.Conditions = some(r, intake.Conditions)
	a.SurgeryWhen = pick(r, intake.SurgeryWhens)
	a.Training = pick(r, intake.Trainings)
	a.Onset = pick(r, intake.Onsets)
	a.Duration = pick(r, intake.Durations)
	a.Feelings = some(r, intake.Feelings)
	a.Spread = pick(r, intake.Spreads)
	a.Regions = some(r, intake.Regions)
	a.Avoid = some(r, intake.Regions)
	a.Focus = some(r, intake.Regions)
	a.Goals = some(r, intake.Goals)
	if r.IntN(4) == 0 {
		a.Medications = pick(r, []string{"warfarin", "Eliquis 5mg", "ibuprofen"})
	}
	for _, f := range some(r, intake.Flags) {
		a.RedFlags[f] = intake.Yes
	}
	if r.IntN(2) == 0 {
		a.Skin = map[intake.Region][]intake.SkinIssue{}
		for _, reg := range some(r, intake.Regions) {
			a.Skin[reg] = some(r, intake.SkinIssues)
		}
	}
	return a
}

// randomPrefs draws preferences with levels on and off the scale, unknown
// regions and unknown choices.
func randomPrefs(r *rand.Rand) Prefs {
	p := Prefs{Regions: map[intake.Region]Setting{}}
	regions := append(append([]intake.Region(nil), intake.Regions...), "elbow", "")
	for _, reg := range regions {
		if r.IntN(2) == 0 {
			p.Regions[reg] = Setting{Preferred: Level(r.IntN(17) - 3), Max: Level(r.IntN(17) - 3)}
		}
	}
	for range r.IntN(4) {
		p.Tender = append(p.Tender, TenderSpot{Region: regions[r.IntN(len(regions))], Note: pick(r, []string{"", "left side", "a\x00b"})})
	}
	p.Stop = Stop{Signal: pick(r, []Signal{SignalWord, SignalHand, "wink"}), Word: pick(r, []string{"", "banana", "<script>"})}
	p.CheckIn = pick(r, []CheckIn{CheckOften, CheckNowAndThen, CheckIfISay, "never"})
	p.HapticsOff = r.IntN(2) == 0
	return p
}

// pick returns a random element of xs or, now and then, the zero value or an
// unknown one.
func pick[T ~string](r *rand.Rand, xs []T) T {
	switch n := r.IntN(len(xs) + 2); {
	case n < len(xs):
		return xs[n]
	case n == len(xs):
		return ""
	}
	return "unknown"
}

func some[T any](r *rand.Rand, xs []T) []T {
	var out []T
	for _, x := range xs {
		if r.IntN(5) == 0 {
			out = append(out, x)
		}
	}
	return out
}

// TestApplyProperty: over thousands of random clients and preferences, after
// Apply every region has 0 ≤ preferred ≤ max ≤ cap; Apply is idempotent,
// leaves its input alone and reports exactly the changes it made; and the
// caps are never looser than triage's ceiling or MaxWork, and 0 wherever
// triage says to avoid.
func TestApplyProperty(t *testing.T) {
	const cases = 5000
	r := rand.New(rand.NewPCG(5, 2026))
	for i := range cases {
		a := randomAnswers(r)
		o := triage.Evaluate(a)
		c := Cap(a, o)
		if c.Global > MaxWork || int(c.Global) > o.PressureCeiling {
			t.Fatalf("case %d: Global %d above MaxWork or triage's %d", i, c.Global, o.PressureCeiling)
		}
		for _, area := range o.Avoid {
			if got, _ := c.For(area.Region); got != 0 {
				t.Fatalf("case %d: avoided %s has cap %d", i, area.Region, got)
			}
		}
		if a.Has(intake.CondOsteoporosis) && c.Global > Light.Max() {
			t.Fatalf("case %d: osteoporosis but Global %d", i, c.Global)
		}

		p := randomPrefs(r)
		before := p.clone()
		got, adj := Apply(p, c)
		if !reflect.DeepEqual(p, before) {
			t.Fatalf("case %d: Apply changed its input", i)
		}
		for reg, s := range got.Regions {
			limit, why := c.For(reg)
			if s.Preferred < 0 || s.Preferred > s.Max || s.Max > limit {
				t.Fatalf("case %d: %s = %+v, cap %d", i, reg, s, limit)
			}
			if len(why) == 0 {
				t.Fatalf("case %d: %s cap %d without a reason", i, reg, limit)
			}
		}
		if len(got.Regions) != len(p.Regions) {
			t.Fatalf("case %d: Apply dropped or added regions", i)
		}
		for _, x := range adj {
			if x.From == x.To || len(x.Reasons) == 0 {
				t.Fatalf("case %d: empty or unexplained adjustment %+v", i, x)
			}
		}
		again, adj2 := Apply(got, c)
		if !reflect.DeepEqual(again, got) || len(adj2) != 0 {
			t.Fatalf("case %d: Apply not idempotent: %v", i, adj2)
		}
		if s := Summarize(p, c); len(s.Regions) > len(intake.Regions) {
			t.Fatalf("case %d: summary with %d regions", i, len(s.Regions))
		}
	}
}

// TestApplyNeverRaises: Apply only lowers a level within the scale; a
// client is never given more pressure than they chose.
func TestApplyNeverRaises(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for range 2000 {
		a := randomAnswers(r)
		p := randomPrefs(r)
		got, _ := Apply(p, capOf(a))
		for reg, s := range got.Regions {
			was := p.Regions[reg]
			if was.Max >= 0 && s.Max > was.Max || was.Preferred >= 0 && s.Preferred > was.Preferred {
				t.Fatalf("%s: %+v raised to %+v", reg, was, s)
			}
		}
	}
}
