package handoff

import (
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/summary"
	"kneadform/app/triage"
)

func en() *i18n.Catalog { return i18n.Get("en") }

func TestText(t *testing.T) {
	a := typical().Answers
	o := triage.Evaluate(&a)
	got := Text(&a, o, en())
	if strings.Contains(got, "[handoff.") || strings.Contains(got, "[step.") || strings.Contains(got, "[triage.") {
		t.Errorf("a catalog key is missing:\n%s", got)
	}
	want := []string{
		"Kneadform: intake summary for the therapist\nClient: Maya\n",
		"Result: " + en().T(o.Tier.MsgKey()+".title") + " (cautions)",
		"Why:\n- ",
		"Do not massage: Neck (you asked us not to touch it), Back of the left leg (varicose veins)",
		"Oils and products: Only oils and lotions with no scent.",
		"== " + en().T("step.pain.title") + " ==",
		"What medicines do you take? (optional): prenatal vitamins",
		"Agreed and signed by typing the name Maya Cohen at 2025-03-04T09:15:00Z",
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("text lacks %q:\n%s", w, got)
		}
	}
	// Every answer row of "check your answers" is in the text.
	for _, s := range summary.Sections(&a, en()) {
		for _, r := range s.Rows {
			if !strings.Contains(got, r.Label+": "+r.Value+"\n") {
				t.Errorf("text lacks row %q: %q", r.Label, r.Value)
			}
		}
	}
	for _, f := range o.Fired {
		if !strings.Contains(got, en().T(f.ClientKey)) || !strings.Contains(got, "["+f.ID+"]") {
			t.Errorf("text lacks fired rule %s", f.ID)
		}
	}
}

func TestTextEmptyAndNoConsent(t *testing.T) {
	got := Text(nil, triage.Evaluate(nil), en())
	for _, w := range []string{"Result: " + en().T("triage.tier.proceed.title") + " (proceed)", "has not agreed"} {
		if !strings.Contains(got, w) {
			t.Errorf("empty intake: text lacks %q:\n%s", w, got)
		}
	}
	a := intake.Answers{RedFlags: map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.Unsure}}
	if got := Text(&a, triage.Evaluate(&a), en()); !strings.Contains(got, "(emergency)") {
		t.Errorf("emergency tier missing:\n%s", got)
	}
}

func TestPressureText(t *testing.T) {
	p := typical()
	o := triage.Evaluate(&p.Answers)
	got := PressureText(*p.Prefs, &p.Answers, o, en())
	for _, w := range []string{
		"Between the shoulder blades: usually 4, at most 5 (limit 5)",
		"Lower back, left side: usually 3, at most 4 (limit 5); tender spot, ask before pressing: just above the hip",
		"Stop signal: I will say a word – “stop”",
		"Check in about the pressure: Now and then",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("pressure text lacks %q:\n%s", w, got)
		}
	}
}
