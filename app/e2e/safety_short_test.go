package e2e

import (
	"fmt"
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
		// Nothing ticked: the page's button is "None of these apply to me"
		// (flow3: one tap for the common case, no box + Continue), and it
		// is below the fold on arrival, so a second tap of the thumb that
		// left the page before cannot land on it (scroll starts at the top).
		if got := b.Text("#continue"); got != "None of these apply to me" {
			t.Errorf("%s: button %q with nothing ticked", step, got)
		}
		var top, screen float64
		b.Eval(`document.getElementById("continue").getBoundingClientRect().top`, &top)
		b.Eval(`innerHeight`, &screen)
		if top < screen {
			t.Errorf("%s: the None button is on the first screen (top %.0f < %.0f): a double tap could answer the page", step, top, screen)
		}
		if step == intake.StepSafety2 {
			// A tick makes it Continue (the button never clears a tick);
			// taking the tick off brings None back.
			radio(b, intake.FlagField(intake.FlagIll)+"-yes")
			b.WaitFor(`document.getElementById("continue").innerText.trim() === "Continue"`)
			radio(b, intake.FlagField(intake.FlagIll)+"-yes")
			b.WaitFor(`document.getElementById("continue").innerText.trim() === "None of these apply to me"`)
		}
		b.AssertAccessible()
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

// After "None of these apply to me", a Not sure is still one tap: back on
// the answered page, one tick on an emergency question interrupts at once.
func TestSafetyTickAfterNone(t *testing.T) {
	b := New(t)
	b.Open("/intake/safety")
	onStep(b, "safety")
	next(b, "/intake/safety") // "None of these apply to me"
	onStep(b, "safety-more")
	b.ClickByName("Back")
	onStep(b, "safety")
	if got := b.Text("#continue"); got != "None of these apply to me" {
		t.Errorf("back on the answered page: button %q", got)
	}
	radio(b, intake.FlagField(intake.FlagBladder)+"-unsure")
	b.WaitFor(`location.pathname === "/urgent"`)
	a := draft(b)["answers"].(map[string]any)
	if flags := a["redFlags"].(map[string]any); flags["bladder"] != "unsure" || flags["saddle"] != "no" {
		t.Errorf("saved flags = %v", flags)
	}
}
