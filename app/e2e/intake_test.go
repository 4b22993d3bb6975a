package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// These tests walk the intake (issue 3) and the safety screen (issue 4)
// in the real app, at phone size, the way a client does: by tapping
// labels, the body map and buttons.

// radio taps the label of the radio or checkbox with this id.
func radio(b *Browser, id string) { b.TapCSS(`label[for="` + id + `"]`) }

// next taps Continue (or the step's submit button) and waits to leave path.
func next(b *Browser, from string) {
	b.t.Helper()
	b.TapCSS("#continue")
	b.WaitFor(fmt.Sprintf(`location.pathname !== %q`, from))
}

// signFromCheck goes on from the check page: signs as name under the
// declaration ("Agree and finish" is the agreement) and waits for the summary.
func signFromCheck(b *Browser, name string) {
	b.t.Helper()
	onStep(b, "check")
	next(b, "/intake/check")
	onStep(b, "consent")
	b.FillByLabel("Type your full name", name)
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/summary"`)
}

// onStep asserts the tab shows the step, that focus is on its heading, and
// that the page passes the accessibility scan; it saves a screenshot.
func onStep(b *Browser, step string) {
	b.t.Helper()
	path := "/intake/" + step
	b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.activeElement && document.activeElement.id === "page-heading" && `+readyJS, path))
	b.AssertAccessible()
	b.Screenshot(step)
}

// draft returns the draft saved on the device.
func draft(b *Browser) map[string]any {
	b.t.Helper()
	var raw string
	b.Eval(`localStorage.getItem("kneadform.draft") || ""`, &raw)
	var d map[string]any
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		b.t.Fatalf("saved draft is not JSON: %v: %q", err, raw)
	}
	return d
}

func TestIntakeWholeFlow(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.ClickByName("Start now")
	onStep(b, "about")

	// Continue without answering: an error summary linked to the field.
	b.TapCSS("#continue")
	b.WaitVisible("#error-summary")
	if got := b.Text("#error-summary"); !strings.Contains(got, "Select your age") {
		t.Errorf("error summary = %q", got)
	}
	var title string
	b.Eval(`document.title`, &title)
	if !strings.HasPrefix(title, "Error:") {
		t.Errorf("title on error = %q, want an Error: prefix", title)
	}
	b.AssertAccessible()
	b.Screenshot("about-error")
	b.ClickByName("Select your age") // the summary link focuses the field
	b.WaitFor(`document.activeElement && document.activeElement.name === "ageBand"`)
	b.CheckByLabel("35 to 49")
	// Daily life is on the same page (issue 17); pregnancy is a row of the
	// second safety page (flow3).
	b.WaitFor(`!document.getElementById("error-summary")`)
	b.CheckByLabel("Desk or computer work")
	next(b, "/intake/about")

	onStep(b, "safety")
	if got := b.Text(".progress"); got != "Step 2 of 14" {
		t.Errorf("progress = %q, want Step 2 of 14", got)
	}
	b.AssertAccessible()
	answerSafety(b)
	next(b, "/intake/safety")
	onStep(b, "safety-more")
	answerSafety(b)
	next(b, "/intake/safety-more")

	// The body map by tapping, and the equivalent checkbox list.
	onStep(b, "where")
	b.TapCSS(`[data-region="between-blades"]`)
	b.WaitFor(`document.getElementById("regions-between-blades").checked`)
	b.CheckByLabel("Lower back, left side")
	b.WaitFor(`document.querySelector('[data-region="low-left"]').classList.contains("region--on")`)
	b.AssertAccessible()
	b.Screenshot("where-chosen")
	next(b, "/intake/where")

	// Reload in the middle: same step, same answers.
	onStep(b, "pain")
	radio(b, "pain-between-blades-6")
	b.Reload()
	onStep(b, "pain")
	var checked bool
	b.Eval(`document.getElementById("pain-between-blades-6").checked && !!document.getElementById("pain-low-left")`, &checked)
	if !checked {
		t.Fatal("after reload the pain step lost its answers")
	}
	radio(b, "pain-between-blades-5") // change of mind
	radio(b, "pain-low-left-3")
	// How long and how it started, on the same page (issue 17).
	b.CheckByLabel("More than 12 weeks (over 3 months)")
	b.CheckByLabel("Slowly, over time")
	next(b, "/intake/pain")

	onStep(b, "feel")
	b.CheckByLabel("Aching or tight")
	b.CheckByLabel("Stiff")
	radio(b, "spread") // "No": the first answer carries the field id
	next(b, "/intake/feel")

	onStep(b, "moves")
	for _, m := range []string{"move-bend", "move-twist-left", "move-twist-right", "move-squat"} {
		radio(b, m+"-some-pain")
	}
	next(b, "/intake/moves")

	onStep(b, "function")
	radio(b, "tasks") // "I can do all of these easily"
	b.CheckByLabel("Not too bad")
	b.CheckByLabel("Stiff for less than 30 minutes")
	next(b, "/intake/function")

	// What makes it worse or better is on the goals page (flow3).
	onStep(b, "goals")
	b.CheckByLabel("Sitting")
	b.CheckByLabel("Heat")
	b.CheckByLabel("Better posture")
	next(b, "/intake/goals")

	// Medicines and training are on the health page (issue 17).
	onStep(b, "health")
	b.FillByLabel("What medicines do you take? (optional)", "Ibuprofen sometimes")
	b.CheckByLabel("Not in the last 2 days")
	next(b, "/intake/health")

	onStep(b, "preferences")
	b.CheckByLabel("I prefer quiet")
	b.CheckByLabel("Normal")
	b.CheckByLabel("Unscented lotion")
	next(b, "/intake/preferences")

	onStep(b, "areas")
	next(b, "/intake/areas")

	// Check your answers, change one from there, come back.
	onStep(b, "check")
	b.AssertAccessible()
	check := b.Text("main")
	for _, want := range []string{"35 to 49", "Between the shoulder blades", "5 out of 10", "Better posture", "Ibuprofen sometimes"} {
		if !strings.Contains(check, want) {
			t.Errorf("check your answers lacks %q", want)
		}
	}
	b.ClickByName("Change What affects your back, and your goals")
	onStep(b, "goals")
	b.CheckByLabel("To move more easily")
	next(b, "/intake/goals")
	onStep(b, "check")
	if got := b.Text("main"); !strings.Contains(got, "Better posture, To move more easily") {
		t.Errorf("changed goals not on check page: %q", got)
	}
	next(b, "/intake/check")

	// Consent: the declaration, no box to tick (the GOV.UK pattern);
	// "Agree and finish" without a name: one error, on the name.
	onStep(b, "consent")
	if got := b.Text("#continue"); got != "Agree and finish" {
		t.Errorf("consent button = %q, want Agree and finish", got)
	}
	var boxes int
	b.Eval(`document.querySelectorAll("main input[type=checkbox]").length`, &boxes)
	if n := boxes; n != 0 {
		t.Errorf("consent page has %d boxes to tick, want none", n)
	}
	b.TapCSS("#continue")
	b.WaitVisible("#error-summary")
	if got := b.Text("#error-summary"); !strings.Contains(got, "Type your full name") || strings.Count(got, "Enter") > 1 {
		t.Errorf("consent error summary = %q, want one error, on the name", got)
	}
	b.FillByLabel("Type your full name", "Ana Pérez")
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/summary"`)
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading"`)
	summary := b.Text("main")
	for _, want := range []string{"Thank you, you are ready", "You are all set", "Between the shoulder blades"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	b.AssertAccessible()
	b.Screenshot("summary")

	d := draft(b)
	if d["done"] != true {
		t.Errorf("draft not marked done: %v", d)
	}
	a := d["answers"].(map[string]any)
	if a["consentName"] != "Ana Pérez" || a["consentAt"] == "" || a["consent"] != true || a["firstName"] != nil {
		t.Errorf("saved answers: %v", a)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
	writeContactSheet(t)
}

// TestIntakeBackButtonAndResume: the browser's Back works between steps,
// and a closed tab resumes where the client left off.
func TestIntakeBackButtonAndResume(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/intake/about")
	b.CheckByLabel("65 or over") // no pregnancy question for this band (TestSafetyPregnancyRow)
	b.CheckByLabel("Retired")
	next(b, "/intake/about")
	onStep(b, "safety")
	if got := b.Text(".progress"); got != "Step 2 of 14" {
		t.Errorf("progress = %q, want Step 2 of 14", got)
	}
	answerSafety(b)
	next(b, "/intake/safety")
	onStep(b, "safety-more")
	b.Eval(`history.back()`, nil)
	onStep(b, "safety")
	b.ClickByName("Back")
	onStep(b, "about")

	// A new visit (the tab was closed) offers to carry on.
	b.Open("/")
	b.ClickByName("Carry on where you left off")
	onStep(b, "about")

	// Delete my answers wipes the device.
	b.ClickByName("Delete my answers")
	b.ClickByName("Yes, delete them")
	b.WaitFor(`location.pathname === "/" && localStorage.getItem("kneadform.draft") === null`)
	b.WaitFor(`document.querySelector("main").innerText.includes("Your answers have been deleted")`)
	b.AssertNoConsoleErrors()
}

// TestIntakeDamagedDraft: a corrupted or hostile draft never breaks the
// app: the client is told and starts afresh.
func TestIntakeDamagedDraft(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct{ raw, want string }{
		"garbage": {`{"v":1,"answers":{"pain":{"neck":"ten"`, "started a new form"},
		"future":  {`{"v":99,"answers":{}}`, "newer version of this form"}, // left untouched (issue 16)
	} {
		t.Run(name, func(t *testing.T) {
			b := New(t)
			b.OpenBlank()
			b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.draft", %q)`, c.raw), nil)
			b.Open("/")
			b.WaitFor(fmt.Sprintf(`document.querySelector("main").innerText.includes(%q)`, c.want))
			b.ClickByName("Start now")
			onStep(b, "about")
			b.AssertNoConsoleErrors()
		})
	}
	t.Run("hostile values", func(t *testing.T) {
		b := New(t)
		b.OpenBlank()
		b.Eval(`localStorage.setItem("kneadform.draft", JSON.stringify({v:1, step:"<img src=x onerror=alert(1)>",
			answers:{ageBand:"35-49", regions:["neck","<b>"], pain:{neck:4}}}))`, nil)
		b.Open("/intake")
		onStep(b, "safety") // the first unanswered page (the age is answered); valid answers kept
		b.WaitFor(`document.querySelector("main").innerText.includes("Some saved answers could not be read")`)
		b.AssertNoConsoleErrors()
	})
}

// writeContactSheet puts every intake screenshot on one HTML page.
func writeContactSheet(t *testing.T) {
	dir := filepath.Join(Root(t), "artifacts", "screenshots")
	files, _ := filepath.Glob(filepath.Join(dir, "TestIntake*.png"))
	var sb strings.Builder
	sb.WriteString("<!doctype html><meta charset=utf-8><title>Kneadform intake screens</title><style>body{font:14px sans-serif}figure{display:inline-block;width:200px;vertical-align:top;margin:8px}img{width:200px;border:1px solid #ccc}</style>\n")
	for _, f := range files {
		name := filepath.Base(f)
		fmt.Fprintf(&sb, "<figure><img src=%q alt=\"\"><figcaption>%s</figcaption></figure>\n", name, name)
	}
	if err := os.WriteFile(filepath.Join(dir, "intake-contact-sheet.html"), []byte(sb.String()), 0o644); err != nil {
		t.Logf("contact sheet: %v", err)
	}
}

// TestPrerenderedFormCannotSubmit: before the app starts, the server's
// HTML shows the question but its Continue is disabled, so a quick tap
// cannot submit the form natively (answers in a URL).
func TestPrerenderedFormCannotSubmit(t *testing.T) {
	t.Parallel()
	for _, path := range []string{"/intake/about", "/intake/consent", "/pressure/speak", "/journal"} {
		res, err := http.Get(BaseURL(t) + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		for _, m := range regexp.MustCompile(`<button[^>]*type="submit"[^>]*>`).FindAll(body, -1) {
			if !strings.Contains(string(m), "disabled") {
				t.Errorf("%s: prerendered submit button is enabled: %s", path, m)
			}
		}
	}
}
