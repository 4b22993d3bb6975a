package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// recorder stands in for the test in the harness's own tests, so an
// assertion that should fail can be seen failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestHarnessCatches checks that the assertions see what they promise to:
// a console.error, an uncaught exception, a CSP violation, and a request
// to another origin. If this passes, a green TestWelcome* means something.
func TestHarnessCatches(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.Eval(`console.error("harness-boom")`, nil)
	b.Eval(`setTimeout(() => { throw new Error("harness-uncaught") }, 0)`, nil)
	// An inline style attribute: blocked and reported under our CSP.
	b.Eval(`document.querySelector("h1").setAttribute("style", "color: red")`, nil)
	waitMessage(t, b, "harness-uncaught")
	waitMessage(t, b, "Content Security Policy")

	rec := &recorder{TB: t}
	real := b.t
	b.t = rec
	b.AssertNoConsoleErrors()
	b.t = real
	got := strings.Join(rec.errs, "\n")
	for _, want := range []string{"harness-boom", "harness-uncaught", "Content Security Policy"} {
		if !strings.Contains(got, want) {
			t.Errorf("AssertNoConsoleErrors missed %q; it reported:\n%s", want, got)
		}
	}

	// A navigation elsewhere goes through the test's proxy, which records
	// and refuses it.
	_ = chromedp.Run(b.Context(), chromedp.Navigate("http://elsewhere.invalid/page"))
	rec = &recorder{TB: t}
	b.t = rec
	b.AssertOnlyOrigin()
	b.t = real
	if got := strings.Join(rec.errs, "\n"); !strings.Contains(got, "http://elsewhere.invalid/page") {
		t.Errorf("AssertOnlyOrigin missed the request to elsewhere.invalid; it reported:\n%s", got)
	}
}

// waitMessage waits up to 5 s for a message containing text.
func waitMessage(t *testing.T, b *Browser, text string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		for _, m := range b.Messages() {
			if strings.Contains(m.Text, text) {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("no message containing %q in %v", text, b.Messages())
}

// TestHarnessSeesServiceWorker checks that requests made by the service
// worker itself (its precache of the icons and manifest, which the page
// never asks for) are recorded too.
func TestHarnessSeesServiceWorker(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.WaitOfflineReady()
	seen := strings.Join(b.Requests(), "\n")
	for _, want := range []string{"/app-worker.js", "/web/icon-512.png", "/manifest.webmanifest"} {
		if !strings.Contains(seen, want) {
			t.Errorf("requests lack %s:\n%s", want, seen)
		}
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// formFixture is a small form added to the live page with DOM calls (no
// inline script or style, so the CSP allows it). Listeners record the
// events a person's input would fire.
const formFixture = `(() => {
	const main = document.getElementById("main");
	const form = document.createElement("div");
	form.id = "fixture";
	form.innerHTML = ` + "`" + `
		<label for="fx-name">Your first name</label><input id="fx-name" type="text">
		<textarea aria-label="Anything else"></textarea>
		<label for="fx-pressure">Pressure</label>
		<select id="fx-pressure"><option value="">Choose</option><option value="light">Light</option><option value="firm">Firm</option></select>
		<div class="choices">
			<div class="choice"><input type="radio" id="fx-yes" name="fx-r" value="yes"><label for="fx-yes">Yes, recently</label></div>
			<div class="choice"><input type="radio" id="fx-no" name="fx-r" value="no"><label for="fx-no">No</label></div>
		</div>
		<span id="fx-cb-label">Tick to agree</span><input type="checkbox" id="fx-cb" aria-labelledby="fx-cb-label">
		<button type="button" aria-label="Close the notice" id="fx-btn">×</button>` + "`" + `;
	main.prepend(form);
	window.fxEvents = [];
	for (const el of form.querySelectorAll("input, textarea, select, button")) {
		for (const type of ["input", "change", "click"]) {
			el.addEventListener(type, () => fxEvents.push(type + ":" + (el.id || el.tagName)));
		}
	}
	return true;
})()`

// TestHarnessForms checks ClickByName, FillByLabel and CheckByLabel on a
// fixture form: labels by for=, aria-label and aria-labelledby; text,
// textarea, select, radio, checkbox and button.
func TestHarnessForms(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.Eval(formFixture, nil)

	b.FillByLabel("Your first name", "Ana María")
	b.FillByLabel("Anything else", "Left shoulder\nis sore")
	b.FillByLabel("Pressure", "Firm")
	b.CheckByLabel("Yes, recently")
	b.CheckByLabel("Tick to agree")
	b.ClickByName("Close the notice")

	var got struct {
		Name, Notes, Pressure, Radio string
		Box                          bool
		Events                       []string
	}
	b.Eval(`({
		Name: document.getElementById("fx-name").value,
		Notes: document.querySelector("#fixture textarea").value,
		Pressure: document.getElementById("fx-pressure").value,
		Radio: (document.querySelector("input[name=fx-r]:checked") || {}).value || "",
		Box: document.getElementById("fx-cb").checked,
		Events: fxEvents,
	})`, &got)
	if got.Name != "Ana María" || got.Notes != "Left shoulder\nis sore" || got.Pressure != "firm" ||
		got.Radio != "yes" || !got.Box {
		t.Errorf("form state = %+v", got)
	}
	events := strings.Join(got.Events, " ")
	for _, want := range []string{"input:fx-name", "change:fx-name", "change:fx-pressure",
		"click:fx-yes", "change:fx-yes", "change:fx-cb", "click:fx-btn"} {
		if !strings.Contains(events, want) {
			t.Errorf("no %s event; events: %s", want, events)
		}
	}
	b.AssertNoConsoleErrors()
}
