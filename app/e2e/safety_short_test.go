package e2e

import (
	"testing"

	"kneadform/app/intake"
)

// Issue 17, "Shorter without being less safe" (first step): every safety
// question keeps No, Yes and Not sure, but as one row of chips, so the page
// is far shorter. Measured before: 5,912 CSS px at 390×844 (7 screens).
func TestSafetyShorter(t *testing.T) {
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	var height, radios int
	b.Eval(`document.documentElement.scrollHeight`, &height)
	b.Eval(`document.querySelectorAll('.question-list input[type=radio]').length`, &radios)
	t.Logf("safety page: %d CSS px tall (%.1f phone screens)", height, float64(height)/844)
	if want := 3 * len(intake.Flags); radios != want {
		t.Errorf("%d radios, want %d (No, Yes, Not sure for each question)", radios, want)
	}
	if height > 4400 {
		t.Errorf("safety page is %d px tall, want at most 4400", height)
	}
	b.AssertAccessible()
	b.AssertNoConsoleErrors()
}
