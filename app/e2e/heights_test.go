package e2e

import (
	"fmt"
	"testing"

	"kneadform/app/intake"
)

// maxPageHeight is about three phone screens at 390×844 (issue 17: "no
// page taller than about three phone screens").
const maxPageHeight = 3 * 844

// TestIntakePageHeights opens every intake step, answered as the desk
// worker would (the common case: no red flag), and measures its height.
func TestIntakePageHeights(t *testing.T) {
	b := New(t)
	a := scDeskWorker()
	seedDraft(b, intake.Draft{Step: intake.StepAbout, Answers: a})
	for _, s := range intake.Flow(&a) {
		path := "/intake/" + string(s)
		b.Open(path)
		at(b, path)
		var h int
		b.Eval(`document.documentElement.scrollHeight`, &h)
		t.Logf("%-12s %5d px (%.1f screens)", s, h, float64(h)/844)
		if h > maxPageHeight {
			t.Errorf("%s is %d px tall, want at most %d", s, h, maxPageHeight)
			b.Screenshot(fmt.Sprintf("tall-%s", s))
		}
	}
}
