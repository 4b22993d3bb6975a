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
	t.Parallel()
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
	t.Parallel()
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

// Pregnancy is a row of the second safety page (flow3): "Are you
// pregnant?" with Yes and Not sure, one tap each; Yes asks the weeks right
// under it (required), and "None of these apply to me" answers it No. The
// 65+ band is not asked.
func TestSafetyPregnancyRow(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/intake/about")
	onStep(b, "about")
	b.CheckByLabel("20 to 34")
	next(b, "/intake/about")
	onStep(b, "safety")
	next(b, "/intake/safety") // None of these apply to me
	onStep(b, "safety-more")
	if got := b.Text("#pregnant-q"); got != "Are you pregnant?" {
		t.Fatalf("pregnancy row = %q", got)
	}
	radio(b, "pregnant-yes")
	b.WaitFor(`document.getElementById("pregnancyWeeks") && document.getElementById("continue").innerText.trim() === "Continue"`)
	b.TapCSS("#continue")
	b.WaitFor(`document.activeElement && document.activeElement.id === "error-summary"`)
	if got := b.Text("#error-summary"); !strings.Contains(got, "weeks pregnant") {
		t.Errorf("error summary = %q, want the weeks", got)
	}
	b.AssertAccessible()
	b.Screenshot("pregnant-weeks-error")
	b.FillByLabel("How many weeks pregnant are you?", "20")
	next(b, "/intake/safety-more")
	onStep(b, "where")
	a := draft(b)["answers"].(map[string]any)
	flags, _ := a["redFlags"].(map[string]any)
	if a["pregnant"] != "yes" || a["pregnancyWeeks"] != float64(20) || flags["ill"] != "no" {
		t.Errorf("saved: pregnant %v, weeks %v, flags %v", a["pregnant"], a["pregnancyWeeks"], flags)
	}
	// Back, and "Not sure" is one tap from Yes; taking it off and tapping
	// the button answers No.
	b.ClickByName("Back")
	onStep(b, "safety-more")
	radio(b, "pregnant-unsure")
	b.WaitFor(`JSON.parse(localStorage.getItem("kneadform.draft")).answers.pregnant === "unsure"`)
	radio(b, "pregnant-unsure")
	b.WaitFor(`document.getElementById("continue").innerText.trim() === "None of these apply to me"`)
	next(b, "/intake/safety-more")
	onStep(b, "where")
	if got := draft(b)["answers"].(map[string]any)["pregnant"]; got != "no" {
		t.Errorf("after None of these: pregnant %v, want no", got)
	}

	// The 65+ band: no pregnancy row.
	c := New(t)
	c.Open("/intake/about")
	onStep(c, "about")
	c.CheckByLabel("65 or over")
	next(c, "/intake/about")
	onStep(c, "safety")
	next(c, "/intake/safety")
	onStep(c, "safety-more")
	var rows int
	c.Eval(`document.querySelectorAll("#pregnant-q").length`, &rows)
	if rows != 0 {
		t.Error("the 65+ band is asked about pregnancy")
	}
	b.AssertNoConsoleErrors()
}
