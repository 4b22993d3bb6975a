package pressure

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// guideClients are answers that make triage suggest each technique, with no
// pressure ceiling.
func guideClients() []*intake.Answers {
	chronicKnots := base()
	chronicKnots.Focus = []intake.Region{intake.RegionLowLeft}
	acute := base()
	acute.Duration, acute.Feelings = intake.DurDays, []intake.Feeling{intake.FeelStiff}
	restricted := base()
	restricted.Goals = []intake.Goal{intake.GoalMobility}
	sciatica := base()
	sciatica.Spread = intake.SpreadOneLeg
	return []*intake.Answers{chronicKnots, acute, restricted, sciatica}
}

// TestUsualMatchesTriage: this package's usual pressures are triage's bands
// (triage keeps them unexported), and every technique triage can suggest
// has one. Checked on clients that see every technique unsoftened, and on
// random clients.
func TestUsualMatchesTriage(t *testing.T) {
	seen := map[string]bool{}
	check := func(o triage.Outcome) {
		for _, tech := range o.Techniques {
			u, ok := usual[tech.ID]
			if !ok {
				t.Errorf("technique %q has no usual pressure here", tech.ID)
				continue
			}
			if tech.Softened {
				continue
			}
			seen[tech.ID] = true
			if Level(tech.Pressure.Min) != u.lo || Level(tech.Pressure.Max) != u.hi {
				t.Errorf("%s: usual %d–%d here, triage says %d–%d", tech.ID, u.lo, u.hi, tech.Pressure.Min, tech.Pressure.Max)
			}
		}
		for _, d := range o.Dropped {
			if _, ok := usual[d.ID]; !ok {
				t.Errorf("dropped technique %q has no usual pressure here", d.ID)
			}
		}
	}
	for _, a := range guideClients() {
		check(triage.Evaluate(a))
	}
	r := rand.New(rand.NewPCG(3, 3))
	for range 2000 {
		check(triage.Evaluate(randomAnswers(r)))
	}
	for id := range usual {
		if !seen[id] {
			t.Errorf("technique %q never seen unsoftened: add a client to guideClients", id)
		}
	}
}

// TestUsualWords: the words of seed:003's technique table.
func TestUsualWords(t *testing.T) {
	tests := map[string][2]Word{
		"swedish":       {Light, Moderate}, // seed:003 light to moderate
		"deep-tissue":   {Moderate, Firm},  // seed:003 moderate to firm
		"trigger-point": {Moderate, Firm},  // seed:003 moderate to firm, sustained
		"myofascial":    {Light, Moderate}, // seed:003 light to moderate, sustained
	}
	for id, want := range tests {
		s := newTechnique(id, triage.Band{}).Usual
		if s.From != want[0] || s.To != want[1] {
			t.Errorf("%s: %s–%s, want %s–%s", id, s.From, s.To, want[0], want[1])
		}
	}
	if tp := newTechnique("trigger-point", triage.Band{}); tp.HoldSeconds != 30 || !tp.Sustained {
		t.Errorf("trigger point: hold %d sustained %v, want ~30 s sustained (seed:001)", tp.HoldSeconds, tp.Sustained)
	}
	if m := newTechnique("myofascial", triage.Band{}); !m.Sustained {
		t.Error("myofascial should be sustained (seed:003)")
	}
}

func TestGuide(t *testing.T) {
	type line struct {
		id  string
		fit Fit
		max Level // Yours.Max
	}
	knots := guideClients()[0]
	knotsOsteo := guideClients()[0]
	knotsOsteo.Conditions = []intake.Condition{intake.CondOsteoporosis}
	knotsDisc := guideClients()[0]
	knotsDisc.Conditions = []intake.Condition{intake.CondDisc}
	tests := []struct {
		name string
		a    *intake.Answers
		want []line
		rule string // rule behind gentler / left out
	}{
		{"no ceiling: as usual", knots, []line{{"deep-tissue", FitUsual, 6}, {"trigger-point", FitUsual, 6}, {"scapular-release", FitUsual, 6}}, ""},
		{"disc: moderate, gentler versions", knotsDisc, []line{{"deep-tissue", FitGentler, 5}, {"trigger-point", FitGentler, 5}, {"scapular-release", FitGentler, 5}}, "disc"},
		{"osteoporosis: left out, myofascial instead", knotsOsteo,
			[]line{{"scapular-release", FitGentler, 3}, {"myofascial", FitGentler, 3}, {"deep-tissue", FitLeftOut, 0}, {"trigger-point", FitLeftOut, 0}}, "osteoporosis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := triage.Evaluate(tt.a)
			g := Guide(o, Cap(tt.a, o))
			var got []line
			for _, x := range g {
				got = append(got, line{x.ID, x.Fit, x.Yours.Max})
				if x.Fit != FitUsual && (len(x.Reasons) == 0 || x.Reasons[0].Rule != tt.rule) {
					t.Errorf("%s %s: reasons %+v, want rule %s", x.ID, x.Fit, x.Reasons, tt.rule)
				}
				if x.Fit == FitUsual && len(x.Reasons) > 0 {
					t.Errorf("%s as usual, with reasons", x.ID)
				}
				if x.Yours.Max > x.Usual.Max {
					t.Errorf("%s: yours %d above usual %d", x.ID, x.Yours.Max, x.Usual.Max)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("guide = %+v, want %+v", got, tt.want)
			}
		})
	}
	see := base()
	see.RedFlags = map[intake.Flag]intake.Tri{intake.FlagFever: intake.Yes}
	o := triage.Evaluate(see)
	if g := Guide(o, Cap(see, o)); len(g) != 0 {
		t.Errorf("see a doctor: guide = %+v, want none", g)
	}
}

// TestGuideNeverAboveCap: over random clients, no technique's pressure for
// the client goes above the global cap.
func TestGuideNeverAboveCap(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 3000 {
		a := randomAnswers(r)
		o := triage.Evaluate(a)
		c := Cap(a, o)
		for _, x := range Guide(o, c) {
			if x.Yours.Max > c.Global || (x.Fit == FitLeftOut) != (x.Yours == Span{}) {
				t.Fatalf("%s: %+v with cap %d", x.ID, x, c.Global)
			}
		}
	}
}
