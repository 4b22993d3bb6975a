package therapist

import (
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestConsentTime(t *testing.T) {
	for in, want := range map[string]string{
		"2025-01-01T10:00:00Z":      "1 Jan 2025, 10:00 (UTC+00:00)",
		"2025-03-09T18:30:05-05:00": "9 Mar 2025, 18:30 (UTC-05:00)",
		"yesterday":                 "yesterday",
		"":                          "Not answered",
	} {
		if got := consentTime(in); got != want {
			t.Errorf("consentTime(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlanShowsLimitsAndDrops: the plan card names the techniques the fired
// rules left out, with the rules, telling an exclusion from the pressure
// limit, those left out for the same reason together (issue 13).
func TestPlanShowsLimitsAndDrops(t *testing.T) {
	ds := []triage.Dropped{
		{ID: "thai-stretch", Rules: []string{"osteoporosis"}, Source: []string{"seed:003"}},
		{ID: "deep-tissue", Rules: []string{"long-term-steroids"}},
		{ID: "thoracic-mobilization", Rules: []string{"osteoporosis"}, Source: []string{"seed:003"}},
	}
	want := "Thai-style stretching, Upper back movements (osteoporosis); Deep tissue massage (above the pressure limit: long-term-steroids)"
	if got := droppedText(ds); got != want {
		t.Errorf("droppedText = %q, want %q", got, want)
	}
	// A real outcome: osteoporosis excludes Thai stretching and thoracic
	// mobilizations, and each one is named.
	a := intaketest.DeskWorker()
	a.Conditions = append(a.Conditions, intake.CondOsteoporosis)
	o := triage.Evaluate(a)
	got := droppedText(o.Dropped)
	for _, name := range []string{"Thai-style stretching, Upper back movements (osteoporosis)"} {
		if !strings.Contains(got, name) {
			t.Errorf("droppedText = %q, want it to name %q", got, name)
		}
	}
}

// TestTechniqueLimitShown: a fired rule's limit on a kept technique is on
// its line, in the catalog's words, with the rule.
func TestTechniqueLimitShown(t *testing.T) {
	tq := triage.Technique{ID: "thai-stretch", Pressure: triage.Band{Min: 2, Max: 5},
		Limits: []triage.Limit{{Rule: "disc", Note: "English note", Key: "therapist.limit.disc.thai-stretch"}}}
	html := app.HTMLString(techniqueItem(tq))
	for _, want := range []string{"Limit (disc): No traction and no forward-bending stretches of the lower back.", `data-rule="disc"`} {
		if !strings.Contains(html, want) {
			t.Errorf("technique item lacks %q:\n%s", want, html)
		}
	}
}

// TestFrequencyWhyEveryRow: every row behind a combined frequency is named,
// the course then the rhythm, and the rows that also matched (issue 13: the
// summary showed none of them).
func TestFrequencyWhyEveryRow(t *testing.T) {
	for _, c := range []struct {
		f    triage.Frequency
		want string
	}{
		{triage.Frequency{ID: "chronic-then-stress", Rows: []triage.FrequencyRow{
			{ID: "chronic", Role: triage.RoleCourse}, {ID: "stress", Role: triage.RoleRhythm}, {ID: "desk", Role: triage.RoleAlso}}},
			"Why: pain for 6 weeks or more, then relaxation, tension headaches or jaw clenching. Also matches: desk work."},
		{triage.Frequency{ID: "chronic-then-desk", Rows: []triage.FrequencyRow{
			{ID: "chronic", Role: triage.RoleCourse}, {ID: "desk", Role: triage.RoleRhythm}}},
			"Why: pain for 6 weeks or more, then desk work."},
		{triage.Frequency{ID: "maintenance", Rows: []triage.FrequencyRow{{ID: "maintenance", Role: triage.RoleRhythm}}},
			"Why: general maintenance."},
	} {
		if got := frequencyWhy(&c.f); got != c.want {
			t.Errorf("%s: frequencyWhy = %q, want %q", c.f.ID, got, c.want)
		}
	}
	// From the rules: a long-standing desk worker.
	a := intaketest.DeskWorker()
	a.Duration = intake.DurChronic
	o := triage.Evaluate(a)
	if got := frequencyWhy(o.Frequency); !strings.Contains(got, "pain for 6 weeks or more, then desk work") {
		t.Errorf("desk worker: %q", got)
	}
}

// The therapist reads the consent time in the clinic's language: a Thai
// clinic sees a Buddhist-era year and a Thai clock.
func TestConsentTimeThai(t *testing.T) {
	kit.UseLanguage("th")
	defer kit.UseLanguage("en")
	if got, want := consentTime("2025-01-01T10:00:00+07:00"), "1 ม.ค. 2568 เวลา 10:00 น. (UTC+07:00)"; got != want {
		t.Errorf("consentTime in Thai = %q, want %q", got, want)
	}
}
