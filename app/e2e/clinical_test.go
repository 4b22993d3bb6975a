package e2e

import (
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// TestSummaryFrequencyReasons: the client's summary shows how often to come
// and every reason the combined frequency carries (issue 13: a long-standing
// desk worker with tension headaches gets the chronic course, then the
// stress rhythm, and reads both reasons); the therapist summary names every
// row, the one that only also matched too.
func TestSummaryFrequencyReasons(t *testing.T) {
	b := New(t)
	a := completeAnswers()
	a.Regions = []intake.Region{intake.RegionNeck, intake.RegionBetweenBlades}
	a.Pain = map[intake.Region]int{intake.RegionNeck: 4, intake.RegionBetweenBlades: 3}
	a.Neck = []intake.NeckSign{intake.NeckHeadaches}
	o := triage.Evaluate(&a)
	if o.Frequency == nil || o.Frequency.ID != "chronic-then-stress" || len(o.Frequency.WhyKeys) != 2 {
		t.Fatalf("fixture: frequency %+v, want chronic-then-stress with two reasons", o.Frequency)
	}
	seedFinished(b, a, "")
	b.Open("/summary")
	b.WaitVisible("#summary-frequency")
	en := i18n.Get("en")
	if got, want := b.Text("#summary-frequency-text"), en.T(o.Frequency.ClientKey); got != want {
		t.Errorf("frequency = %q, want %q", got, want)
	}
	var why []string
	b.Eval(`Array.from(document.querySelectorAll("#summary-frequency-why li")).map(li => li.textContent)`, &why)
	if len(why) != len(o.Frequency.WhyKeys) {
		t.Errorf("reasons shown %q, want one per reason key %v", why, o.Frequency.WhyKeys)
	}
	for i, k := range o.Frequency.WhyKeys {
		if i < len(why) && why[i] != en.T(k) {
			t.Errorf("reason %d = %q, want %q", i, why[i], en.T(k))
		}
	}
	b.AssertAccessible()
	b.Screenshot("summary-frequency")

	b.Open("/therapist")
	b.WaitVisible("#t-frequency-why")
	want := "Why: pain for 6 weeks or more, then relaxation, tension headaches or jaw clenching. Also matches: desk work."
	if got := b.Text("#t-frequency-why"); got != want {
		t.Errorf("therapist frequency why = %q, want %q", got, want)
	}
	b.AssertNoConsoleErrors()
}

// assertPlanShowsRules checks the therapist plan card of the busy summary:
// the techniques osteoporosis and bleeding-risk left out, each with its
// rules, and osteoporosis's limit on the kept scapular release.
func assertPlanShowsRules(b *Browser) {
	b.t.Helper()
	dropped := b.Text("#t-dropped")
	for _, want := range []string{"Deep tissue massage (osteoporosis, bleeding-risk)", "Upper back movements (osteoporosis)"} {
		if !strings.Contains(dropped, want) {
			b.t.Errorf("left out = %q, want it to name %q", dropped, want)
		}
	}
	if got := b.Text(`#t-techniques .t-limit[data-rule="osteoporosis"]`); !strings.Contains(got, "Limit (osteoporosis):") {
		b.t.Errorf("osteoporosis limit on a technique = %q", got)
	}
}
