package summary

import (
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

func TestSections(t *testing.T) {
	en := i18n.Get("en")
	a := intake.Answers{
		FirstName: "Ana", AgeBand: intake.Age35to49, Pregnant: intake.Yes, PregnancyWeeks: 20,
		RedFlags: map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.No, intake.FlagNight: intake.Unsure},
		Regions:  []intake.Region{intake.RegionNeck}, Pain: map[intake.Region]int{intake.RegionNeck: 7},
		Goals: []intake.Goal{intake.GoalRelax, intake.GoalPosture},
		Skin:  map[intake.Region][]intake.SkinIssue{intake.RegionLegLeft: {intake.SkinVaricose}},
	}
	secs := Sections(&a, en)
	got := map[intake.Step]string{}
	for _, s := range secs {
		if s.Title == "" || strings.HasPrefix(s.Title, "[") {
			t.Errorf("step %s has no title: %q", s.Step, s.Title)
		}
		var b strings.Builder
		for _, r := range s.Rows {
			if strings.Contains(r.Label+r.Value, "[") {
				t.Errorf("step %s: missing catalog text in %q / %q", s.Step, r.Label, r.Value)
			}
			b.WriteString(r.Label + "=" + r.Value + "\n")
		}
		got[s.Step] = b.String()
	}
	if _, ok := got[intake.StepCheck]; ok {
		t.Error("check-your-answers must not list itself")
	}
	want := map[intake.Step][]string{
		intake.StepAbout:     {"Ana", "35 to 49"},
		intake.StepPregnancy: {"Yes – 20 weeks"},
		intake.StepSafety:    {"Bad night pain that rest does not ease (Not sure)"},
		intake.StepPain:      {"Neck=7 out of 10"},
		intake.StepGoals:     {"To relax and feel less stressed, Better posture"},
		intake.StepSkin:      {"Back of the left leg=Varicose veins"},
		intake.StepTraining:  {"Not answered"},
		intake.StepDaily:     {"None"},
	}
	for step, subs := range want {
		for _, sub := range subs {
			if !strings.Contains(got[step], sub) {
				t.Errorf("step %s: %q lacks %q", step, got[step], sub)
			}
		}
	}
	if strings.Contains(got[intake.StepSafety], "Numbness") {
		t.Error("a 'no' safety answer is listed as a sign")
	}
}

func TestSectionsSkipPregnancyFor65Plus(t *testing.T) {
	a := intake.Answers{AgeBand: intake.Age65Plus}
	for _, s := range Sections(&a, i18n.Get("en")) {
		if s.Step == intake.StepPregnancy {
			t.Error("pregnancy listed for the 65+ band")
		}
	}
}

// TestFollowUpRows (issue 13): the follow-up answers appear on "check your
// answers" and the therapist summary while their question applies, and
// never when it does not (a stale answer stays hidden).
func TestFollowUpRows(t *testing.T) {
	en := i18n.Get("en")
	a := intake.Answers{
		RedFlags:     map[intake.Flag]intake.Tri{intake.FlagBothLegs: intake.Yes, intake.FlagNight: intake.No},
		BothLegs:     intake.LegsWalking,
		NightEases:   intake.Yes, // stale: night is "no"
		Regions:      []intake.Region{intake.RegionNeck},
		Neck:         []intake.NeckSign{intake.NeckHeadaches},
		Conditions:   []intake.Condition{intake.CondStenosis, intake.CondSurgery},
		SurgeryAreas: []intake.Region{intake.RegionLowLeft},
		Reviewed:     intake.Yes,
		Skin:         map[intake.Region][]intake.SkinIssue{intake.RegionMidLeft: {intake.SkinRash}},
		RashKnown:    intake.Yes,
		Comfort:      []intake.Comfort{intake.ComfortPillows},
	}
	all := ""
	for _, s := range Sections(&a, en) {
		for _, r := range s.Rows {
			all += string(s.Step) + ":" + r.Label + "=" + r.Value + "\n"
		}
	}
	for _, want := range []string{
		"safety:" + en.T("step.safety.both-legs-when") + "=" + en.T("both-legs-when.known-walking"),
		"feel:" + en.T("step.feel.neck") + "=" + en.T("neck.headaches"),
		"health:" + en.T("step.health.surgery-areas") + "=" + en.T("region.low-left"),
		"health:" + en.T("step.health.reviewed") + "=Yes",
		"skin:" + en.T("step.skin.rash-known") + "=Yes",
		"preferences:" + en.T("step.preferences.comfort") + "=" + en.T("comfort.pillows"),
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing row %q in\n%s", want, all)
		}
	}
	if strings.Contains(all, en.T("step.safety.night-eases")) {
		t.Error("the night follow-up is shown although night pain was answered no")
	}
}
