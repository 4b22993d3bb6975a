package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/kb"

	"kneadform/app/intake"
)

// These tests walk the flow a real client walks (issue 17): letters typed
// after an error are kept, a finished client never meets a dead end, every
// new screen starts at the top, errors take focus, and the delete
// confirmation keeps focus where a keyboard user expects it.

// typeSlowly types text key by key into whatever has focus, at a person's
// pace, so the app re-renders between keystrokes.
func typeSlowly(b *Browser, text string) {
	b.t.Helper()
	for _, r := range text {
		press(b, string(r))
		time.Sleep(120 * time.Millisecond)
	}
}

// unsigned is a client who answered everything but has not agreed yet.
func unsigned() intake.Answers {
	a := completeAnswers()
	a.Consent, a.ConsentName, a.ConsentAt = false, "", ""
	return a
}

func TestSignatureKeepsEveryLetter(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepConsent, Answers: unsigned()})
	b.Open("/intake/consent")
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	b.TapCSS("#continue") // Finish with the fields empty
	b.WaitVisible("#error-summary")
	b.TapCSS("#consentName")
	b.WaitFor(`document.activeElement && document.activeElement.id === "consentName"`)
	typeSlowly(b, "Sam Taylor")
	var got struct {
		Value, Focus string
	}
	b.Eval(`({Value: document.getElementById("consentName").value,
		Focus: document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""})`, &got)
	if got.Value != "Sam Taylor" || got.Focus != "consentName" {
		t.Errorf("after typing: field = %q, focus on %q; want \"Sam Taylor\" with focus kept", got.Value, got.Focus)
	}
	// The error went with the first letter, and no other took its place
	// (the agreement is the button, flow3).
	var errs int
	b.Eval(`document.querySelectorAll("#error-summary, .field-error").length`, &errs)
	if errs != 0 {
		t.Errorf("%d error messages after typing the name, want none", errs)
	}
	b.TapCSS("#continue") // Agree and finish
	b.WaitFor(`location.pathname === "/summary"`)
	d := draft(b)
	if name := d["answers"].(map[string]any)["consentName"]; name != "Sam Taylor" {
		t.Errorf("signature saved = %v, want Sam Taylor", name)
	}
	b.AssertNoConsoleErrors()
}

func TestFinishedClientHasNoDeadEnd(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepConsent, Answers: completeAnswers(), Done: true})

	// Summary → Change my answers → These answers are right → the summary.
	b.Open("/summary")
	b.TapCSS("#summary-change")
	b.WaitFor(`location.pathname === "/intake/check" && document.activeElement && document.activeElement.id === "page-heading"`)
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/summary"`)

	// The consent page opens (no loop back to the check page).
	b.Open("/intake/consent")
	time.Sleep(time.Second)
	b.WaitFor(`location.pathname === "/intake/consent" && document.activeElement && document.activeElement.id === "page-heading"`)

	// The welcome page offers the summary, the share page and the routine,
	// each one tap away; "/intake" takes a finished client to the summary.
	for _, c := range []struct{ id, path string }{
		{"welcome-summary", "/summary"}, {"welcome-share", "/share"}, {"welcome-routine", "/self-care"},
	} {
		b.Open("/")
		b.TapCSS("#" + c.id)
		b.WaitFor(fmt.Sprintf(`location.pathname === %q`, c.path))
	}
	b.Open("/")
	b.AssertAccessible()
	b.Screenshot("welcome-finished")
	b.Open("/intake")
	b.WaitFor(`location.pathname === "/summary"`)
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// scrollY is the page's vertical scroll position.
func scrollY(b *Browser) float64 {
	var y float64
	b.Eval(`window.scrollY`, &y)
	return y
}

func TestEveryStepStartsAtTheTop(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepAbout, Answers: completeAnswers()})
	b.Open("/intake/about")
	var worst float64
	var where []string
	for i := 0; i < 25 && strings.HasPrefix(b.Path(), "/intake/"); i++ {
		b.Eval(`window.scrollTo(0, document.documentElement.scrollHeight)`, nil)
		next(b, b.Path())
		b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
		time.Sleep(200 * time.Millisecond)
		if y := scrollY(b); y != 0 {
			where = append(where, fmt.Sprintf("%s %.0fpx", b.Path(), y))
			worst = max(worst, y)
		}
	}
	t.Logf("screens opened below the top: %d (worst %.0f px) %v", len(where), worst, where)
	if len(where) > 0 {
		t.Errorf("screens opened scrolled down: %v", where)
	}
	if b.Path() != "/summary" {
		t.Errorf("the walk ended on %s, want /summary", b.Path())
	}
}

// summaryInView says whether the error summary has focus and is on screen.
const summaryInView = `(() => {
	const s = document.getElementById("error-summary");
	if (!s || document.activeElement !== s) return false;
	const r = s.getBoundingClientRect();
	return r.top > -2 && r.top < innerHeight; // sub-pixel rounding at scale 3
})()`

func TestErrorSummaryTakesFocus(t *testing.T) {
	t.Parallel()
	b := New(t)
	// A long page with unanswered questions (the safety pages answer
	// themselves with their None button since flow3): the everyday tasks.
	a := completeAnswers()
	a.Function, a.Sleep, a.Stiff = nil, "", ""
	seedDraft(b, intake.Draft{Step: intake.StepFunction, Answers: a})
	b.Open("/intake/function")
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	for try := 1; try <= 2; try++ { // a second failed Continue too
		b.Eval(`window.scrollTo(0, document.documentElement.scrollHeight)`, nil)
		b.TapCSS("#continue")
		b.WaitVisible("#error-summary")
		time.Sleep(500 * time.Millisecond)
		var ok bool
		b.Eval(summaryInView, &ok)
		if !ok {
			var info string
			b.Eval(`(document.activeElement ? document.activeElement.id || document.activeElement.tagName : "") + " at scrollY " + scrollY +
				", summary top " + (document.getElementById("error-summary") || {getBoundingClientRect: () => ({})}).getBoundingClientRect().top`, &info)
			t.Errorf("failed Continue %d: error summary not focused in view (focus %s)", try, info)
		}
	}
	b.AssertAccessible()
}

func TestDeleteConfirmationFocus(t *testing.T) {
	t.Parallel()
	b := New(t)
	seedDraft(b, intake.Draft{Step: intake.StepAbout, Answers: completeAnswers()})
	b.Open("/intake/about")
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)

	// Tab from Continue never lands on the destructive button before focus
	// leaves the page.
	b.Eval(`document.getElementById("continue").focus()`, nil)
	var after []string
	for i := 0; i < 5; i++ {
		press(b, kb.Tab)
		var id string
		b.Eval(`document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""`, &id)
		after = append(after, id)
		if id == "BODY" {
			break
		}
	}
	t.Logf("Tab after Continue: %v", after)
	for _, id := range after {
		if id == "delete-answers" {
			t.Errorf("Tab after Continue reaches Delete my answers: %v", after)
		}
	}

	b.TapCSS("#delete-answers")
	b.WaitFor(`document.getElementById("delete-confirm")`)
	time.Sleep(300 * time.Millisecond)
	if !focused(b, "delete-confirm") {
		t.Error("focus did not move into the confirmation")
	}
	b.AssertAccessible()
	b.Screenshot("confirm")
	b.TapCSS("#delete-no")
	b.WaitFor(`document.getElementById("delete-answers")`)
	time.Sleep(300 * time.Millisecond)
	if !focused(b, "delete-answers") {
		t.Error(`focus did not return to "Delete my answers" after "No, keep them"`)
	}
}

// focused says whether the element with id has focus (or contains it).
func focused(b *Browser, id string) bool {
	var ok bool
	b.Eval(fmt.Sprintf(`(() => { const e = document.getElementById(%q);
		return !!e && (e === document.activeElement || e.contains(document.activeElement)); })()`, id), &ok)
	return ok
}
