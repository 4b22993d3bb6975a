package e2e

import (
	"fmt"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// Issue 17, "Shorter without being less safe". Measured before: one page
// of 15 questions × No / Yes / Not sure, 3,864 CSS px at 390×844 (5,912
// before the chips), 15 taps and Continue when nothing applies. Now two
// themed pages of "tick what applies": every question still on screen,
// "Yes" and "Not sure" one tap each, "None of these apply to me" one tap
// for the common case, each page at most three phone screens.
func TestSafetyShorter(t *testing.T) {
	b := New(t)
	en := i18n.Get("en")
	b.Open("/intake/safety")
	asked := 0
	for _, step := range []intake.Step{intake.StepSafety, intake.StepSafety2} {
		onStep(b, string(step))
		var height int
		b.Eval(`document.documentElement.scrollHeight`, &height)
		t.Logf("%s page: %d CSS px tall (%.1f phone screens)", step, height, float64(height)/844)
		if height > maxPageHeight {
			t.Errorf("%s page is %d px tall, want at most %d", step, height, maxPageHeight)
		}
		for _, f := range intake.SafetyFlags(step) {
			asked++
			// Every question is read in full, with one box for yes and one for not sure.
			if got := b.Text("#" + intake.FlagField(f) + "-q"); got != en.T("flag."+string(f)) {
				t.Errorf("%s: question %q, want %q", f, got, en.T("flag."+string(f)))
			}
			var boxes int
			b.Eval(fmt.Sprintf(`document.querySelectorAll('input[type=checkbox][name=%q]').length`, intake.FlagField(f)), &boxes)
			if boxes != 2 {
				t.Errorf("%s: %d boxes, want Yes and Not sure", f, boxes)
			}
		}
		// Continue with nothing ticked: the error summary, linked to "None of these".
		b.TapCSS("#continue")
		b.WaitFor(`document.activeElement && document.activeElement.id === "error-summary"`)
		if got := b.Text("#error-summary"); !strings.Contains(got, "None of these apply to me") {
			t.Errorf("error summary = %q", got)
		}
		b.AssertAccessible()
		b.Screenshot(string(step) + "-error")
		b.ClickByName(b.Text("#error-summary li a"))
		b.WaitFor(`document.activeElement && document.activeElement.id === "flags"`)
		b.TapCSS(`label[for="flags"]`)
		b.WaitFor(`!document.getElementById("error-summary")`)
		b.Screenshot(string(step) + "-none")
		next(b, "/intake/"+string(step))
	}
	if asked != len(intake.Flags) {
		t.Errorf("%d questions asked, want %d", asked, len(intake.Flags))
	}
	onStep(b, "where")
	a := draft(b)["answers"].(map[string]any)
	flags, _ := a["redFlags"].(map[string]any)
	for _, f := range intake.Flags {
		if flags[string(f)] != "no" {
			t.Errorf("after None on both pages, %s = %v, want no", f, flags[string(f)])
		}
	}
	b.AssertNoConsoleErrors()
}

// A tick after "None of these" takes it off at once (the exclusive box),
// and every emergency question still interrupts on its tap, "Not sure"
// as much as "Yes".
func TestSafetyTickAfterNone(t *testing.T) {
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	b.TapCSS(`label[for="flags"]`)
	b.WaitFor(`document.getElementById("flags").checked`)
	radio(b, intake.FlagField(intake.FlagBladder)+"-unsure")
	b.WaitFor(`location.pathname === "/urgent"`)
	a := draft(b)["answers"].(map[string]any)
	if flags := a["redFlags"].(map[string]any); flags["bladder"] != "unsure" || flags["saddle"] != "no" {
		t.Errorf("saved flags = %v", flags)
	}
}
