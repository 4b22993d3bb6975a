//go:build !wasm

package webkit

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

// next clicks Continue and waits to leave the step at path from.
func next(b *Browser, from string) {
	b.t.Helper()
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname !== ` + jsString(from))
}

// onStep waits for the intake step, its heading focused (the app moves
// focus there on every step).
func onStep(b *Browser, step string) {
	b.t.Helper()
	b.WaitFor(`location.pathname === ` + jsString("/intake/"+step) +
		` && document.activeElement && document.activeElement.id === "page-heading"`)
}

// label clicks the <label for=id>: how a client picks a radio or checkbox
// whose text is not unique on the page.
func label(b *Browser, id string) { b.TapCSS(`label[for="` + id + `"]`) }

// completeIntake walks a healthy client (no red flag, desk worker, mild
// pain between the shoulder blades and in the lower back) from the
// welcome page to the summary, by clicking and typing as a person does.
func completeIntake(b *Browser) {
	b.t.Helper()
	b.Open("/")
	b.ClickByName("Start now")
	onStep(b, "about")
	b.CheckByLabel("35 to 49")
	b.CheckByLabel("Desk or computer work")
	next(b, "/intake/about")

	// The safety questions: two pages of "tick what applies" (issue 17).
	for _, step := range []string{"safety", "safety-more"} {
		onStep(b, step)
		var rows int
		b.Run(`return document.querySelectorAll('.tick-row input[type=checkbox][value="yes"]').length`, &rows)
		if rows < 6 {
			b.t.Fatalf("%s: %d \"Yes\" boxes, want one per warning sign", step, rows)
		}
		next(b, "/intake/"+step) // the button: "None of these apply to me"
	}

	onStep(b, "where")
	b.TapCSS(`[data-region="between-blades"]`) // the body map
	b.WaitFor(`document.getElementById("regions-between-blades").checked`)
	b.CheckByLabel("Lower back, left side") // the list beside it
	next(b, "/intake/where")

	onStep(b, "pain")
	label(b, "pain-between-blades-5")
	label(b, "pain-low-left-3")
	b.CheckByLabel("More than 12 weeks (over 3 months)") // on the same page
	b.CheckByLabel("Slowly, over time")
	next(b, "/intake/pain")

	onStep(b, "feel")
	b.CheckByLabel("Aching or tight")
	label(b, "spread") // "No": the first answer carries the field id
	next(b, "/intake/feel")

	onStep(b, "moves")
	for _, m := range []string{"move-bend", "move-twist-left", "move-twist-right", "move-squat"} {
		label(b, m+"-some-pain")
	}
	next(b, "/intake/moves")

	onStep(b, "function")
	label(b, "tasks") // "I can do all of these easily"
	b.CheckByLabel("Not too bad")
	b.CheckByLabel("Stiff for less than 30 minutes")
	next(b, "/intake/function")

	onStep(b, "goals")
	b.CheckByLabel("Sitting") // what makes it worse, on the same page
	b.CheckByLabel("Better posture")
	next(b, "/intake/goals")

	onStep(b, "health") // medicines and training on the same page
	b.CheckByLabel("Not in the last 2 days")
	next(b, "/intake/health")

	onStep(b, "preferences")
	b.CheckByLabel("I prefer quiet")
	b.CheckByLabel("Normal")
	b.CheckByLabel("Unscented lotion")
	next(b, "/intake/preferences")

	onStep(b, "areas")
	next(b, "/intake/areas")

	onStep(b, "check")
	next(b, "/intake/check")

	onStep(b, "consent")
	b.FillByLabel("Type your full name", "Ana Pérez")
	b.TapCSS("#continue")
	b.WaitFor(`location.pathname === "/summary" && document.activeElement && document.activeElement.id === "page-heading"`)
}

// assertSummary checks the summary shows the client's answers.
func assertSummary(b *Browser) {
	b.t.Helper()
	summary := b.Text("main")
	for _, want := range []string{"Thank you, you are ready", "You are all set", "Between the shoulder blades"} {
		if !strings.Contains(summary, want) {
			b.t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
}

// TestWebKitIntake walks the whole intake of a healthy client in WebKit
// (Safari's engine) from the welcome page to the summary, checks the draft
// WebKit saved and that a reload keeps it, then shares the answers: the
// private link WebKit seals opens with the clinic's key.
func TestWebKitIntake(t *testing.T) {
	Require(t)
	start := time.Now()
	c := startClinic(t)
	b := New(t, Options{BaseURL: c.url})
	t.Logf("webkit: %s", b)
	completeIntake(b)
	assertSummary(b)
	b.Screenshot("summary")
	t.Logf("webkit: welcome to summary in %s", time.Since(start).Round(time.Second))

	var raw string
	b.Eval(`localStorage.getItem("kneadform.draft") || ""`, &raw)
	var d struct {
		Done    bool           `json:"done"`
		Answers map[string]any `json:"answers"`
	}
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatalf("saved draft is not JSON: %v: %q", err, raw)
	}
	if !d.Done || d.Answers["firstName"] != nil || d.Answers["consentName"] != "Ana Pérez" {
		t.Errorf("saved draft: done %v, answers %v", d.Done, d.Answers)
	}

	// A reload keeps the summary: the draft is read back from WebKit's storage.
	b.Reload()
	b.WaitFor(`location.pathname === "/summary"`)
	assertSummary(b)
	b.AssertNoConsoleErrors()

	p := shareAndOpen(b, c)
	if p.Answers.CallName() != "Ana" || p.Answers.ConsentName != "Ana Pérez" || len(p.Answers.Regions) != 2 {
		t.Errorf("the clinic opened %+v", p.Answers)
	}
	b.Screenshot("share")
	b.AssertNoConsoleErrors()
	t.Logf("webkit: whole test in %s", time.Since(start).Round(time.Second))
}
