package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"kneadform/app/intake"
)

// "None of these apply to me" is the button of the two safety pages and of
// the movement checks (flow3, issue 17): one tap answers a whole page. A
// double tap must not answer the next page unread, so on arriving at each
// of them the button is not where the previous page's button was: a second
// tap at the same spot lands elsewhere. Checked on a phone, a tablet and a
// desktop window, with the previous button tapped at the bottom and in the
// middle of the screen.
func TestNoneButtonDoubleTap(t *testing.T) {
	t.Parallel()
	a := completeAnswers()
	a.RedFlags, a.Moves, a.Pregnant = nil, nil, ""
	a.Consent, a.ConsentName, a.ConsentAt = false, "", ""
	for _, vp := range []struct {
		name          string
		width, height int64
		mobile        bool
	}{{"phone", 390, 844, true}, {"tablet", 768, 1024, true}, {"desktop", 1280, 800, false}} {
		t.Run(vp.name, func(t *testing.T) {
			b := New(t)
			opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
			if vp.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			b.run("viewport", b.Timeout, chromedp.EmulateViewport(vp.width, vp.height, opts...))
			for _, block := range []string{"end", "center"} {
				seedDraft(b, intake.Draft{Step: intake.StepAbout, Answers: a})
				for _, hop := range [][2]string{{"about", "safety"}, {"safety", "safety-more"}, {"feel", "moves"}} {
					from, to := "/intake/"+hop[0], "/intake/"+hop[1]
					b.Open(from)
					at(b, from)
					var p struct{ X, Y float64 }
					b.Eval(fmt.Sprintf(`(() => { const c = document.getElementById("continue");
						c.scrollIntoView({block: %q}); const r = c.getBoundingClientRect();
						return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, block), &p)
					b.TapCSS("#continue")
					at(b, to)
					var hit bool
					b.Eval(fmt.Sprintf(`(() => { const e = document.elementFromPoint(%f, %f);
						return !!e && !!e.closest("#continue"); })()`, p.X, p.Y), &hit)
					if hit {
						t.Errorf("%s (%s): a second tap at (%.0f, %.0f) would answer %s with its None button", hop, block, p.X, p.Y, to)
						b.Screenshot(fmt.Sprintf("doubletap-%s-%s", hop[1], block))
					}
				}
			}
		})
	}
}
