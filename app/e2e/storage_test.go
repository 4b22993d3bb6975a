package e2e

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Storage that throws (issue 16): the helpers the storage tests share.

// blockStorageMethods makes every Storage method throw, as Safari does in a
// cross-site frame.
const blockStorageMethods = `for (const m of ["getItem", "setItem", "removeItem", "key", "clear"]) {
	Storage.prototype[m] = function () { throw new DOMException("The operation is insecure.", "SecurityError"); };
}`

// blockStorageGetter makes reading window.localStorage and sessionStorage
// throw, as Chromium does when the client blocks site data.
const blockStorageGetter = `for (const p of ["localStorage", "sessionStorage"]) {
	Object.defineProperty(window, p, {configurable: true, get() {
		throw new DOMException("Access is denied for this document.", "SecurityError");
	}});
}`

// fullStorage makes setItem throw a QuotaExceededError (a full device),
// while reading still works.
const fullStorage = `Storage.prototype.setItem = function () {
	throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};`

// beforeLoad runs script in every document the tab loads from now on,
// before the page's own scripts.
func beforeLoad(b *Browser, script string) {
	b.t.Helper()
	err := chromedp.Run(b.Context(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(script).Do(ctx)
		return err
	}))
	if err != nil {
		b.t.Fatal(err)
	}
}

// at waits until the tab shows path.
func at(b *Browser, path string) {
	b.t.Helper()
	b.WaitFor(fmt.Sprintf(`location.pathname === %q && document.getElementById("page-heading") && `+readyJS, path))
}

// walkFromAbout answers every step from /intake/about (age band already
// chosen) to the summary, for a desk worker with lower-back pain.
func walkFromAbout(b *Browser) {
	b.t.Helper()
	step := func(name string, answer func()) {
		b.t.Helper()
		at(b, "/intake/"+name)
		if answer != nil {
			answer()
		}
		next(b, "/intake/"+name)
	}
	step("about", func() { b.CheckByLabel("Desk or computer work") })
	step("safety", nil)      // the button: "None of these apply to me"
	step("safety-more", nil) // the same
	step("where", func() { b.CheckByLabel("Lower back, left side") })
	step("pain", func() {
		radio(b, "pain-low-left-3")
		b.CheckByLabel("More than 12 weeks (over 3 months)")
		b.CheckByLabel("Slowly, over time")
	})
	step("feel", func() { b.CheckByLabel("Aching or tight"); radio(b, "spread") })
	step("moves", func() {
		for _, m := range []string{"move-bend", "move-twist-left", "move-twist-right", "move-squat"} {
			radio(b, m+"-some-pain")
		}
	})
	step("function", func() {
		radio(b, "tasks") // "I can do all of these easily"
		b.CheckByLabel("Not too bad")
		b.CheckByLabel("Stiff for less than 30 minutes")
	})
	step("goals", func() { b.CheckByLabel("Sitting"); b.CheckByLabel("Better posture") }) // worse, on the same page
	step("health", func() { b.CheckByLabel("Not in the last 2 days") })
	step("preferences", func() {
		b.CheckByLabel("I prefer quiet")
		b.CheckByLabel("Normal")
		b.CheckByLabel("Unscented lotion")
	})
	step("areas", nil)
	step("check", nil)
	at(b, "/intake/consent")
	b.FillByLabel("Type your full name", "Ana Pérez")
	b.TapCSS("#continue")
	at(b, "/summary")
}
