package pressure

import (
	"reflect"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

// base is a client with no finding that sets a ceiling: desk worker, upper
// back ache for months.
func base() *intake.Answers {
	return &intake.Answers{
		AgeBand: intake.Age35to49, Pregnant: intake.No,
		Regions:  []intake.Region{intake.RegionBetweenBlades, intake.RegionLowLeft, intake.RegionLegLeft},
		Duration: intake.DurChronic, Onset: intake.OnsetGradual,
		Feelings: []intake.Feeling{intake.FeelAching}, Spread: intake.SpreadNo,
		Training: intake.TrainedNo,
	}
}

func capOf(a *intake.Answers) Ceiling { return Cap(a, triage.Evaluate(a)) }

func ruleIDs(rs []Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule)
	}
	return out
}

func reasonKeys(rs []Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Key)
	}
	return out
}

// TestCapExplained: each clinical finding caps the pressure, and the cap
// names the rule and the text the client reads.
func TestCapExplained(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(a *intake.Answers)
		global Level
		rules  []string // rule ids behind the global cap ("" = the scale)
		keys   []string // catalog keys of the global reasons
	}{
		{"nothing", func(a *intake.Answers) {}, MaxWork, []string{""}, []string{"pressure.cap.scale"}},
		{"osteoporosis", func(a *intake.Answers) { a.Conditions = []intake.Condition{intake.CondOsteoporosis} },
			3, []string{"osteoporosis"}, []string{"triage.rule.osteoporosis"}},
		{"bleeding disorder", func(a *intake.Answers) { a.Conditions = []intake.Condition{intake.CondBleeding} },
			3, []string{"bleeding-risk"}, []string{"triage.rule.bleeding-risk"}},
		{"blood thinner in medicines", func(a *intake.Answers) { a.Medications = "Warfarin 5 mg" },
			3, []string{"bleeding-risk"}, []string{"triage.rule.bleeding-risk"}},
		{"pregnancy", func(a *intake.Answers) { a.Pregnant, a.PregnancyWeeks = intake.Yes, 20 },
			5, []string{"pregnancy"}, []string{"triage.rule.pregnancy"}},
		{"pregnancy not sure", func(a *intake.Answers) { a.Pregnant = intake.Unsure },
			5, []string{"pregnancy"}, []string{"triage.rule.pregnancy"}},
		{"recent injury", func(a *intake.Answers) { a.Conditions = []intake.Condition{intake.CondInjury} },
			5, []string{"injury-or-accident"}, []string{"triage.rule.injury-or-accident"}},
		{"hard training under 24 h", func(a *intake.Answers) { a.Training = intake.TrainedUnder24 },
			3, []string{"hard-training"}, []string{"triage.rule.hard-training"}},
		{"training 24–48 h ago", func(a *intake.Answers) { a.Training = intake.Trained24to48 },
			MaxWork, []string{""}, []string{"pressure.cap.scale"}},
		{"lowest wins, both named", func(a *intake.Answers) {
			a.Conditions = []intake.Condition{intake.CondDisc, intake.CondOsteoporosis}
			a.Training = intake.TrainedUnder24
		}, 3, []string{"osteoporosis", "hard-training"}, []string{"triage.rule.osteoporosis", "triage.rule.hard-training"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := base()
			tt.edit(a)
			c := capOf(a)
			if c.Global != tt.global {
				t.Errorf("Global = %d, want %d", c.Global, tt.global)
			}
			if got := ruleIDs(c.Reasons); !reflect.DeepEqual(got, tt.rules) {
				t.Errorf("reason rules = %q, want %q", got, tt.rules)
			}
			if got := reasonKeys(c.Reasons); !reflect.DeepEqual(got, tt.keys) {
				t.Errorf("reason keys = %q, want %q", got, tt.keys)
			}
			for _, r := range c.Reasons {
				if len(r.Source) == 0 {
					t.Errorf("reason %+v cites no source", r)
				}
			}
			for _, r := range intake.Regions {
				if got, _ := c.For(r); got > c.Global {
					t.Errorf("For(%s) = %d, above Global %d", r, got, c.Global)
				}
			}
		})
	}
}

// TestCapRegions: a marked skin issue or a "do not touch" region gets 0 and
// says why; in pregnancy the legs are light; the spine is a note, not a cap.
func TestCapRegions(t *testing.T) {
	a := base()
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionLowLeft: {intake.SkinBruise}}
	a.Avoid = []intake.Region{intake.RegionNeck, intake.RegionLowLeft}
	a.Pregnant, a.PregnancyWeeks = intake.Yes, 30
	c := capOf(a)
	tests := []struct {
		region intake.Region
		cap    Level
		keys   []string
		avoid  []string
	}{
		{intake.RegionLowLeft, 0, []string{"pressure.cap.avoid", "pressure.cap.avoid-asked"}, []string{"triage.avoid.bruise", "triage.avoid.client"}},
		{intake.RegionNeck, 0, []string{"pressure.cap.avoid-asked"}, []string{"triage.avoid.client"}},
		{intake.RegionLegLeft, 3, []string{"pressure.cap.pregnancy-legs"}, nil},
		{intake.RegionLegRight, 3, []string{"pressure.cap.pregnancy-legs"}, nil},
		{intake.RegionBetweenBlades, 5, []string{"triage.rule.pregnancy"}, nil},
		{intake.RegionSacrum, 5, []string{"triage.rule.pregnancy"}, nil},
	}
	for _, tt := range tests {
		got, why := c.For(tt.region)
		if got != tt.cap || !reflect.DeepEqual(reasonKeys(why), tt.keys) {
			t.Errorf("For(%s) = %d %q, want %d %q", tt.region, got, reasonKeys(why), tt.cap, tt.keys)
		}
		var avoid []string
		for _, rc := range c.Regions {
			if rc.Region == tt.region {
				avoid = rc.Avoid
			}
		}
		if !reflect.DeepEqual(avoid, tt.avoid) {
			t.Errorf("%s: Avoid = %q, want %q", tt.region, avoid, tt.avoid)
		}
	}
	if c.Global != 5 {
		t.Errorf("Global = %d, want 5 (pregnancy)", c.Global)
	}
	if got, _ := c.For("elbow"); got != 0 {
		t.Errorf("For(unknown region) = %d, want 0", got)
	}
	var notes []string
	for _, n := range c.Notes {
		notes = append(notes, n.ID)
	}
	if !reflect.DeepEqual(notes, []string{"spine", "no-tapping-low-back", "warning-signs"}) {
		t.Errorf("notes = %q", notes)
	}
}

// TestCapLegsEqualToGlobal: when the pregnancy leg cap equals the global
// cap, the legs name both reasons.
func TestCapLegsEqualToGlobal(t *testing.T) {
	a := base()
	a.Pregnant = intake.Yes
	a.Conditions = []intake.Condition{intake.CondOsteoporosis}
	c := capOf(a)
	got, why := c.For(intake.RegionLegRight)
	if want := []string{"triage.rule.osteoporosis", "pressure.cap.pregnancy-legs"}; got != 3 || !reflect.DeepEqual(reasonKeys(why), want) {
		t.Errorf("For(leg) = %d %q, want 3 %q", got, reasonKeys(why), want)
	}
}

// TestCapStaleOutcome: an outcome computed before the client marked a
// bruise still leaves the bruised region alone.
func TestCapStaleOutcome(t *testing.T) {
	a := base()
	o := triage.Evaluate(a)
	a.Skin = map[intake.Region][]intake.SkinIssue{intake.RegionBetweenBlades: {intake.SkinWound}}
	if got, _ := Cap(a, o).For(intake.RegionBetweenBlades); got != 0 {
		t.Errorf("stale outcome: For(between-blades) = %d, want 0", got)
	}
}

// TestCapOddInputs: nil answers, the zero outcome (never screened) and
// ceilings off the scale.
func TestCapOddInputs(t *testing.T) {
	if c := Cap(nil, triage.Evaluate(nil)); c.Global != MaxWork {
		t.Errorf("nil answers: Global = %d, want %d", c.Global, MaxWork)
	}
	c := Cap(base(), triage.Outcome{})
	if c.Global != 0 || !reflect.DeepEqual(reasonKeys(c.Reasons), []string{"pressure.cap.not-screened"}) {
		t.Errorf("zero outcome: Global %d %q, want 0, not-screened", c.Global, reasonKeys(c.Reasons))
	}
	for _, ceil := range []int{-5, 11, 1 << 40} {
		if c := Cap(base(), triage.Outcome{PressureCeiling: ceil}); c.Global != 0 {
			t.Errorf("ceiling %d: Global = %d, want 0", ceil, c.Global)
		}
	}
	c = Cap(base(), triage.Outcome{PressureCeiling: 4, CeilingReasons: []string{"no-such-rule"}})
	if c.Global != 4 || c.Reasons[0].Key != "pressure.cap.rule" || c.Reasons[0].Rule != "no-such-rule" {
		t.Errorf("unknown rule: %+v", c)
	}
	c = Cap(base(), triage.Outcome{PressureCeiling: 6})
	if c.Global != 6 || !reflect.DeepEqual(reasonKeys(c.Reasons), []string{"pressure.cap.rule", "pressure.cap.scale"}) {
		t.Errorf("ceiling 6: %d %q", c.Global, reasonKeys(c.Reasons))
	}
}

// TestCapNoMassage: a see-doctor outcome marks the ceiling, and its own
// ceiling still applies for after clearance.
func TestCapNoMassage(t *testing.T) {
	a := base()
	a.Conditions = []intake.Condition{intake.CondInjury}
	c := capOf(a)
	if !c.NoMassage || c.Global != 5 {
		t.Errorf("injury: NoMassage %v Global %d, want true 5", c.NoMassage, c.Global)
	}
	if c := capOf(base()); c.NoMassage {
		t.Error("no finding: NoMassage")
	}
}

// TestCapDoesNotShare: changing a ceiling's notes must not change Notes.
func TestCapDoesNotShare(t *testing.T) {
	c := capOf(base())
	c.Notes[1].Regions[0] = "neck"
	c.Notes[0].Source[0] = "x"
	if Notes[1].Regions[0] != intake.RegionLowLeft || Notes[0].Source[0] != "seed:001" {
		t.Error("Cap shares its notes with the package table")
	}
}

// TestSourcesKnown: every source this package cites is a known id.
func TestSourcesKnown(t *testing.T) {
	var cited [][]string
	for _, r := range append([]Reason{scaleReason, legsInPregnancy}, avoidReasons([]string{"triage.avoid.rash"})...) {
		cited = append(cited, r.Source)
	}
	for _, n := range Notes {
		cited = append(cited, n.Source)
	}
	for _, s := range Signs {
		cited = append(cited, s.Source)
	}
	for _, ids := range cited {
		if len(ids) == 0 {
			t.Error("an entry cites no source")
		}
		for _, id := range ids {
			_, inTriage := triage.Sources[id]
			_, here := Sources[id]
			if !inTriage && !here {
				t.Errorf("unknown source id %q", id)
			}
		}
	}
	for id := range Sources {
		if _, clash := triage.Sources[id]; clash {
			t.Errorf("source %q is defined here and in triage", id)
		}
	}
}
