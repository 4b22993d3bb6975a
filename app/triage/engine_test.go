package triage

import (
	"encoding/json"
	"reflect"
	"testing"

	"kneadform/app/intake"
)

func TestCeilings(t *testing.T) {
	tests := []struct {
		name    string
		a       *intake.Answers
		ceiling int
		reasons []string
	}{
		{"none", deskWorker(), NoCeiling, nil},
		{"osteoporosis and blood thinners", with(addCond(intake.CondOsteoporosis), medicines("apixaban")), CeilingLight, []string{"osteoporosis", "bleeding-risk"}},
		{"pregnancy", with(pregnantWeeks(intake.Yes, 24)), CeilingModerate, []string{"pregnancy"}},
		{"hard training", with(trained(intake.TrainedUnder24)), CeilingLight, []string{"hard-training"}},
		{"recent strain and disc", with(onset(intake.OnsetLifting, intake.DurDays), addCond(intake.CondDisc)), CeilingModerate, []string{"disc", "not-reviewed", "acute-strain"}},
		{"recent strain and reviewed disc", with(onset(intake.OnsetLifting, intake.DurDays), addCond(intake.CondDisc), reviewed(intake.Yes)), CeilingModerate, []string{"disc", "acute-strain"}},
		{"lowest wins", with(pregnantWeeks(intake.Yes, 24), addCond(intake.CondBleeding)), CeilingLight, []string{"bleeding-risk"}},
	}
	for _, tt := range tests {
		o := Evaluate(tt.a)
		if o.PressureCeiling != tt.ceiling || !reflect.DeepEqual(o.CeilingReasons, tt.reasons) {
			t.Errorf("%s: ceiling %d %v, want %d %v", tt.name, o.PressureCeiling, o.CeilingReasons, tt.ceiling, tt.reasons)
		}
	}
}

func techIDs(o Outcome) []string {
	var out []string
	for _, t := range o.Techniques {
		out = append(out, t.ID)
	}
	return out
}

func TestTechniques(t *testing.T) {
	chronicKnots := func(a *intake.Answers) {
		a.Duration, a.Feelings, a.Focus = intake.DurChronic, []intake.Feeling{intake.FeelAching}, []intake.Region{intake.RegionLowLeft}
		a.Stiff = intake.StiffNone
	}
	lowBack := func(a *intake.Answers) {
		a.Regions, a.Pain = []intake.Region{intake.RegionLowLeft}, map[intake.Region]int{intake.RegionLowLeft: 4}
	}
	tests := []struct {
		name    string
		a       *intake.Answers
		want    []string
		dropped []string
	}{
		{"acute generalized tightness", with(lowBack, func(a *intake.Answers) { a.Feelings = []intake.Feeling{intake.FeelAching} }), []string{"swedish", "mobility"}, nil},
		{"acute and stiff", with(lowBack), []string{"swedish", "mobility", "thai-stretch", "thoracic-mobilization"}, nil},
		{"desk worker: upper back", deskWorker(), []string{"swedish", "mobility", "scapular-release", "thai-stretch", "thoracic-mobilization"}, nil},
		{"tension headaches alone", with(lowBack, neckSigns(intake.NeckHeadaches)), []string{"swedish", "mobility", "scapular-release", "thai-stretch", "thoracic-mobilization"}, nil},
		{"chronic knots", with(lowBack, chronicKnots), []string{"deep-tissue", "trigger-point"}, nil},
		{"chronic knots, light ceiling", with(lowBack, chronicKnots, trained(intake.TrainedUnder24)), []string{"myofascial"}, []string{"deep-tissue", "trigger-point"}},
		{"chronic knots, osteoporosis", with(chronicKnots, addCond(intake.CondOsteoporosis)), []string{"scapular-release", "myofascial"}, []string{"deep-tissue", "trigger-point"}},
		{"osteoporosis and stiff: no mobilizations", with(addCond(intake.CondOsteoporosis)), []string{"swedish", "mobility", "scapular-release"}, []string{"thai-stretch", "thoracic-mobilization"}},
		{"disc and restricted: no joint mobilization", with(lowBack, addCond(intake.CondDisc), reviewed(intake.Yes), func(a *intake.Answers) {
			a.Duration, a.Feelings, a.Stiff = intake.DurMonths, []intake.Feeling{intake.FeelSharp}, intake.StiffNone
			a.Moves[intake.MoveTwistLeft] = intake.MoveSomePain
		}), []string{"myofascial"}, []string{"mobilization"}},
		{"restricted motion, no spots", with(lowBack, func(a *intake.Answers) {
			a.Duration, a.Feelings, a.Stiff = intake.DurMonths, []intake.Feeling{intake.FeelSharp}, intake.StiffNone
			a.Moves[intake.MoveTwistLeft] = intake.MoveSomePain
		}), []string{"myofascial", "mobilization"}, nil},
		{"sciatica-like", with(lowBack, spread(intake.SpreadOneLeg), func(a *intake.Answers) {
			a.Duration, a.Feelings, a.Stiff = intake.DurChronic, []intake.Feeling{intake.FeelShooting}, intake.StiffNone
		}), []string{"glute-release"}, nil},
		{"nothing specific", with(lowBack, func(a *intake.Answers) {
			a.Duration, a.Feelings, a.Stiff = intake.DurChronic, []intake.Feeling{intake.FeelBurning}, intake.StiffNone
		}), []string{"swedish"}, nil},
	}
	for _, tt := range tests {
		o := Evaluate(tt.a)
		var dropped []string
		for _, d := range o.Dropped {
			dropped = append(dropped, d.ID)
		}
		if !reflect.DeepEqual(techIDs(o), tt.want) || !reflect.DeepEqual(dropped, tt.dropped) {
			t.Errorf("%s: techniques %v dropped %v, want %v dropped %v", tt.name, techIDs(o), dropped, tt.want, tt.dropped)
		}
	}
	o := Evaluate(with(chronicKnots, pregnantWeeks(intake.Yes, 20)))
	for _, tech := range o.Techniques {
		if tech.ID == "deep-tissue" && (!tech.Softened || tech.Pressure.Max != CeilingModerate) {
			t.Errorf("deep tissue under a moderate ceiling: %+v, want softened to %d", tech, CeilingModerate)
		}
	}
	found := false
	for _, tech := range Evaluate(with(spread(intake.SpreadOneLeg))).Techniques {
		found = found || (tech.ID == "glute-release" && tech.AfterClearance)
	}
	if !found {
		t.Error("sciatica-like: glute release (after clearance) missing")
	}
}

func noDaily(a *intake.Answers) { a.Daily = nil }

// TestFrequency: the rows combine by their reasons (issue 13): a course
// (acute, chronic) then the most frequent daily-life rhythm; a long-standing
// desk worker gets the chronic course, then the desk-worker rhythm.
func TestFrequency(t *testing.T) {
	tests := []struct {
		name string
		a    *intake.Answers
		want string
	}{
		{"desk worker", deskWorker(), "desk"},
		{"acute strain, desk worker", with(onset(intake.OnsetLifting, intake.DurDays)), "acute-then-desk"},
		{"acute strain alone", with(onset(intake.OnsetLifting, intake.DurDays), noDaily), "acute"},
		{"acute, high pain", with(pain(intake.RegionLowLeft, 7)), "acute-then-desk"},
		{"long-standing desk worker", with(onset(intake.OnsetGradual, intake.DurChronic)), "chronic-then-desk"},
		{"chronic alone", with(onset(intake.OnsetGradual, intake.DurChronic), noDaily), "chronic"},
		{"chronic, retired", with(onset(intake.OnsetGradual, intake.DurChronic), func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActRetired} }), "chronic"},
		{"athlete at a desk", with(func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActTraining, intake.ActDesk} }), "athlete"},
		{"chronic athlete at a desk", with(onset(intake.OnsetGradual, intake.DurChronic), func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActTraining, intake.ActDesk} }), "chronic-then-athlete"},
		{"stress", with(func(a *intake.Answers) { a.Daily, a.Goals = nil, []intake.Goal{intake.GoalRelax} }), "stress"},
		{"tension headaches at a desk", with(neckSigns(intake.NeckHeadaches)), "stress"},
		{"jaw clenching at a desk", with(neckSigns(intake.NeckJaw)), "stress"},
		{"dizzy at a desk: not stress", with(neckSigns(intake.NeckDizzy)), "desk"},
		{"maintenance", with(func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActRetired} }), "maintenance"},
		{"empty", &intake.Answers{}, "maintenance"},
	}
	for _, tt := range tests {
		o := Evaluate(tt.a)
		if o.Frequency == nil || o.Frequency.ID != tt.want || o.Frequency.ClientKey != "frequency."+tt.want {
			t.Errorf("%s: frequency %+v, want %s", tt.name, o.Frequency, tt.want)
		}
	}
	f := Evaluate(with(onset(intake.OnsetGradual, intake.DurChronic), func(a *intake.Answers) {
		a.Daily, a.Goals = []intake.Activity{intake.ActDesk}, []intake.Goal{intake.GoalRelax}
	})).Frequency
	wantRows := []FrequencyRow{{ID: "chronic", Role: RoleCourse}, {ID: "stress", Role: RoleRhythm}, {ID: "desk", Role: RoleAlso}}
	if f == nil || f.ID != "chronic-then-stress" || len(f.Rows) != len(wantRows) ||
		!reflect.DeepEqual(f.WhyKeys, []string{"frequency.why.chronic", "frequency.why.stress"}) {
		t.Fatalf("chronic, relax, desk: %+v", f)
	}
	for i, r := range f.Rows {
		if r.ID != wantRows[i].ID || r.Role != wantRows[i].Role || r.Reason == "" || len(r.Source) == 0 {
			t.Errorf("row %d: %+v, want %+v with a reason and sources", i, r, wantRows[i])
		}
	}
	if o := Evaluate(with(setFlag(intake.FlagFever, intake.Yes))); o.Frequency != nil || o.Techniques != nil {
		t.Errorf("see-doctor outcome has a plan: %+v", o)
	}
	if o := Evaluate(with(setFlag(intake.FlagIll, intake.Yes))); o.Frequency == nil {
		t.Errorf("postpone outcome should keep the plan for the rescheduled visit")
	}
}

func TestAvoidAreas(t *testing.T) {
	a := with(
		skin(intake.RegionLegLeft, intake.SkinVaricose),
		skin(intake.RegionNeck, intake.SkinBruise, intake.SkinWound, intake.SkinBruise),
		func(a *intake.Answers) { a.Avoid = []intake.Region{intake.RegionLegLeft, intake.RegionSacrum, "elbow"} },
	)
	want := []Area{
		{intake.RegionNeck, []string{"triage.avoid.wound", "triage.avoid.bruise"}},
		{intake.RegionSacrum, []string{"triage.avoid.client"}},
		{intake.RegionLegLeft, []string{"triage.avoid.varicose", "triage.avoid.client"}},
	}
	o := Evaluate(a)
	if !reflect.DeepEqual(o.Avoid, want) {
		t.Errorf("avoid = %+v\nwant %+v", o.Avoid, want)
	}
	if o.Tier != Cautions {
		t.Errorf("tier %s, want cautions", o.Tier)
	}
	// The client's own list alone is a preference, not a caution.
	if o := Evaluate(with(func(a *intake.Answers) { a.Avoid = []intake.Region{intake.RegionNeck} })); o.Tier != Proceed || len(o.Avoid) != 1 {
		t.Errorf("client avoid list: tier %s avoid %v", o.Tier, o.Avoid)
	}
}

func TestNotesAndDoctorList(t *testing.T) {
	o := Evaluate(with(pregnantWeeks(intake.Yes, 30), allergic(intake.AllergyNutOil), allergic(intake.AllergyLatex)))
	if len(o.Positioning) != 1 || o.Positioning[0].Key != "triage.position.pregnancy" || o.Positioning[0].Therapist == "" {
		t.Errorf("positioning = %+v", o.Positioning)
	}
	if len(o.OilNotes) != 2 || o.OilNotes[0].Key != "triage.oil.nut-allergy" || o.OilNotes[1].Rule != "latex-allergy" {
		t.Errorf("oil notes = %+v", o.OilNotes)
	}
	if o.DoctorList != nil {
		t.Errorf("cautions outcome has a doctor list: %v", o.DoctorList)
	}
	o = Evaluate(with(setFlag(intake.FlagSaddle, intake.Yes), addCond(intake.CondCancer), setFlag(intake.FlagIll, intake.Yes)))
	want := []string{"triage.doctor.saddle-numbness", "triage.doctor.cancer-history"}
	if o.Tier != Emergency || !reflect.DeepEqual(o.DoctorList, want) {
		t.Errorf("tier %s doctor list %v, want emergency %v", o.Tier, o.DoctorList, want)
	}
}

func TestTierText(t *testing.T) {
	for _, tier := range Tiers {
		b, err := json.Marshal(tier)
		if err != nil {
			t.Fatal(err)
		}
		var back Tier
		if err := json.Unmarshal(b, &back); err != nil || back != tier {
			t.Errorf("%s: round trip gave %s, %v", b, back, err)
		}
	}
	if s := Tier(9).String(); s != "Tier(9)" {
		t.Errorf("unknown tier String = %q", s)
	}
	if _, err := json.Marshal(Tier(-1)); err == nil {
		t.Error("encoding an unknown tier should fail")
	}
	var tier Tier
	if err := json.Unmarshal([]byte(`"urgent"`), &tier); err == nil {
		t.Error(`decoding "urgent" should fail`)
	}
	if !Emergency.MoreUrgent(SeeDoctor) || Cautions.MoreUrgent(Postpone) || !Postpone.NoMassage() || Cautions.NoMassage() {
		t.Error("tier order is wrong")
	}
	for i := 1; i < len(Tiers); i++ {
		if !Tiers[i-1].MoreUrgent(Tiers[i]) {
			t.Errorf("Tiers not most urgent first at %d", i)
		}
	}
}

// BenchmarkEvaluate: the UI evaluates after every answer, so this must stay
// far below a frame (16 ms).
func BenchmarkEvaluate(b *testing.B) {
	a := with(pregnantWeeks(intake.Yes, 20), addCond(intake.CondDisc), skin(intake.RegionNeck, intake.SkinBruise), spread(intake.SpreadOneLeg))
	for b.Loop() {
		Evaluate(a)
	}
}

// TestFrequencyRowsPositiveNegative: every row of the frequency table has a
// client it matches and one it does not (maintenance matches everyone, and
// is set aside by frequency when another row matches: tested above).
func TestFrequencyRowsPositiveNegative(t *testing.T) {
	chronic := onset(intake.OnsetGradual, intake.DurChronic)
	cases := map[string][2]*intake.Answers{
		"acute":   {with(onset(intake.OnsetLifting, intake.DurDays)), with(onset(intake.OnsetGradual, intake.DurDays))},
		"chronic": {with(chronic), with(onset(intake.OnsetGradual, intake.DurWeeks))},
		"athlete": {with(func(a *intake.Answers) { a.Daily = []intake.Activity{intake.ActTraining} }), deskWorker()},
		"stress":  {with(neckSigns(intake.NeckJaw)), with(neckSigns(intake.NeckDizzy))},
		"desk":    {deskWorker(), with(noDaily)},
	}
	for _, row := range frequencyTable {
		if row.id == "maintenance" {
			if _, ok := row.when(&intake.Answers{}); !ok {
				t.Error("maintenance does not match an empty intake")
			}
			continue
		}
		c, ok := cases[row.id]
		if !ok {
			t.Errorf("row %s has no cases", row.id)
			continue
		}
		if _, ok := row.when(c[0]); !ok {
			t.Errorf("row %s: positive case does not match", row.id)
		}
		if _, ok := row.when(c[1]); ok {
			t.Errorf("row %s: negative case matches", row.id)
		}
		if len(row.source) == 0 {
			t.Errorf("row %s: no source", row.id)
		}
	}
}
