package shell

import (
	"testing"

	"kneadform/app/intake"
)

// Where a tab goes once it has taken another tab's draft.
func TestSyncPath(t *testing.T) {
	for _, tt := range []struct {
		path    string
		step    intake.Step
		deleted bool
		want    string
	}{
		{"/intake/pregnancy", intake.StepDaily, false, "/intake/daily"},
		{"/intake/about", intake.StepAbout, false, "/intake/about"},
		{"/intake/about", "", false, "/intake/about"},      // no step saved: stay
		{"/intake/about", "<img>", false, "/intake/about"}, // a hostile step: stay
		{"/summary", intake.StepDaily, false, "/summary"},
		{"/pressure/start", intake.StepDaily, false, "/pressure/start"},
		{"/intake/daily", intake.StepDaily, true, "/"},
		{"/summary", "", true, "/"},
	} {
		if got := syncPath(tt.path, tt.step, tt.deleted); got != tt.want {
			t.Errorf("syncPath(%q, %q, %v) = %q, want %q", tt.path, tt.step, tt.deleted, got, tt.want)
		}
	}
}
