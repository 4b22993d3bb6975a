package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// Issue 16: the app never deletes a draft it cannot read. A field of the
// wrong type loses that value only; the stored text is kept aside and
// offered as a download; a draft from a newer version is left untouched.

// storeDraft puts raw under the draft key (from a page without the app:
// OpenBlank) so the next page load reads it.
func storeDraft(b *Browser, raw string) {
	b.t.Helper()
	b.OpenBlank()
	b.Eval(fmt.Sprintf(`localStorage.setItem("kneadform.draft", %q)`, raw), nil)
}

// storedDraft returns the draft text on the device.
func storedDraft(b *Browser) string {
	var raw string
	b.Eval(`localStorage.getItem("kneadform.draft") || ""`, &raw)
	return raw
}

// asideKept reports whether raw is kept, byte for byte, under an aside key.
func asideKept(b *Browser, raw string) bool {
	var ok bool
	b.Eval(fmt.Sprintf(`Object.keys(localStorage).some(k => k.startsWith("kneadform.draft-unread") && localStorage.getItem(k) === %q)`, raw), &ok)
	return ok
}

// mainHas waits until the main landmark shows text.
func mainHas(b *Browser, text string) {
	b.t.Helper()
	b.WaitFor(fmt.Sprintf(`document.querySelector("main") && document.querySelector("main").innerText.includes(%q)`, text))
}

const oneWrongField = `{"v":1,"step":"daily","answers":{"firstName":"Ana","ageBand":"35-49","pregnant":"no","regions":["low-left"],"pain":{"low-left":"ten"}}}`

func TestDraftOneWrongField(t *testing.T) {
	t.Parallel()
	b := New(t)
	storeDraft(b, oneWrongField)
	b.Open("/intake")
	at(b, "/intake/about") // the page of the step reached (daily is on the about page)
	mainHas(b, "Some saved answers could not be read")
	if !asideKept(b, oneWrongField) {
		t.Error("the stored text was not kept aside")
	}
	b.Screenshot("notice")
	b.AssertAccessible()
	data, name := download(b, "#draft-aside")
	if string(data) != oneWrongField || !strings.HasSuffix(name, ".txt") {
		t.Errorf("download %q = %q, want the stored text", name, data)
	}
	// The heading can change before the page's fields do: wait for the
	// fields, and fail (not hang) when the answers are gone.
	if err := b.poll(b.Timeout, `document.getElementById("ageBand-35-49") && document.getElementById("ageBand-35-49").checked`); err != nil {
		t.Errorf("the answers that could be read were lost: %v", err)
	}
	next(b, "/intake/about")
	if !asideKept(b, oneWrongField) || strings.Contains(storedDraft(b), "ten") {
		t.Errorf("after a save: aside kept %v, draft %s", asideKept(b, oneWrongField), storedDraft(b))
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

const newerDraft = `{"v":99,"step":"goals","answers":{"firstName":"Ana","ageBand":"35-49","hologram":{"x":1}}}`

func TestDraftNewerVersion(t *testing.T) {
	t.Parallel()
	b := New(t)
	storeDraft(b, newerDraft)
	b.Open("/")
	mainHas(b, "newer version of this form")
	mainHas(b, "reload this page")
	b.Screenshot("notice")
	b.AssertAccessible()
	b.ClickByName("Start now")
	at(b, "/intake/about")
	b.CheckByLabel("65 or over")
	next(b, "/intake/about")
	at(b, "/intake/safety")
	if got := storedDraft(b); got != newerDraft {
		t.Errorf("the newer draft was overwritten: %s", got)
	}
	if got := b.Text(".footer-private"); !strings.Contains(got, "only while this page is open") {
		t.Errorf("footer = %q: it must not promise saving", got)
	}
	b.Reload() // still untouched, still said
	mainHas(b, "newer version of this form")
	if got := storedDraft(b); got != newerDraft {
		t.Errorf("after a reload the newer draft changed: %s", got)
	}
	b.AssertNoConsoleErrors()
}

// noStorageEvents keeps the app from hearing other tabs' saves, as when
// a frozen background tab hears them late.
const noStorageEvents = `window.addEventListener("storage", e => e.stopImmediatePropagation(), true);`

// TestDraftTwoTabs: the same intake open in two tabs, and this tab does
// not hear the other's save in time. When the other tab has saved newer
// answers, this tab no longer saves (it would overwrite them) and says so.
func TestDraftTwoTabs(t *testing.T) {
	t.Parallel()
	a := New(t)
	beforeLoad(a, noStorageEvents)
	a.Open("/intake/about")
	a.CheckByLabel("35 to 49")
	next(a, "/intake/about")
	at(a, "/intake/safety")

	b := a.SecondTab()
	b.Open("/intake/about")
	at(b, "/intake/about")
	b.CheckByLabel("Retired")
	b.CheckByLabel("65 or over")
	next(b, "/intake/about")
	at(b, "/intake/safety")
	newer := storedDraft(b)
	if !strings.Contains(newer, `"retired"`) {
		t.Fatalf("second tab did not save: %s", newer)
	}

	next(a, "/intake/safety") // the older tab answers on: "None of these apply to me"
	at(a, "/intake/safety-more")
	if got := storedDraft(a); got != newer {
		t.Errorf("the older tab overwrote the newer answers: %s", got)
	}
	mainHas(a, "changed in another tab")
	if got := a.Text(".footer-private"); !strings.Contains(got, "only while this page is open") {
		t.Errorf("footer = %q: it must not promise saving", got)
	}
	a.Screenshot("warned")
	a.AssertNoConsoleErrors()
	b.AssertNoConsoleErrors()
}

// TestDraftTwoTabsLive: the same intake open in two tabs. The moment one
// tab saves, the other takes the newer answers, follows it to its step and
// says so; answering on there keeps every answer, and the tabs settle (no
// save echoes back and forth).
func TestDraftTwoTabsLive(t *testing.T) {
	t.Parallel()
	a := New(t)
	a.Open("/intake/about")
	a.CheckByLabel("35 to 49")
	a.CheckByLabel("Desk or computer work") // saved as it is ticked

	b := a.SecondTab()
	b.Open("/intake/about")
	at(b, "/intake/about")
	b.CheckByLabel("Retired")
	b.CheckByLabel("65 or over")
	next(b, "/intake/about")
	at(b, "/intake/safety")

	// The older tab, untouched, follows to the newer step with the newer
	// answers.
	at(a, "/intake/safety")
	mainHas(a, "This page now shows the latest answers")
	var role string
	a.Eval(`(e => e ? e.getAttribute("role") : "")([...document.querySelectorAll(".notice")].find(n => n.innerText.includes("latest answers")))`, &role)
	if role != "status" {
		t.Errorf("the notice's role is %q, want status (announced politely)", role)
	}
	a.AssertAccessible()
	a.Screenshot("followed")
	if loc := a.Location(); strings.Contains(loc, "kf-sync") {
		t.Errorf("the marker stayed in the address: %s", loc)
	}
	a.ClickByName("Back")
	at(a, "/intake/about")
	if err := a.poll(a.Timeout, `document.getElementById("ageBand-65-plus") && document.getElementById("ageBand-65-plus").checked &&
		[...document.querySelectorAll("input")].some(i => i.value === "retired" && i.checked)`); err != nil {
		t.Errorf("the older tab does not show the newer answers: %v", err)
	}

	// Answering in the older tab keeps the other tab's answers, and the
	// other tab follows in turn.
	a.CheckByLabel("Lots of travel")
	next(a, "/intake/about")
	at(a, "/intake/safety")
	mainHas(b, "This page now shows the latest answers")
	stored := storedDraft(a)
	if !strings.Contains(stored, `"daily":["desk","retired","travel"]`) || !strings.Contains(stored, `"ageBand":"65-plus"`) {
		t.Errorf("stored draft lost an answer: %s", stored)
	}

	// Settled: reloading one tab writes nothing, so the other hears nothing.
	b.Reload()
	at(b, "/intake/safety")
	if got := storedDraft(a); got != stored {
		t.Errorf("the tabs keep saving after they settled:\n%s\n%s", stored, got)
	}
	a.AssertNoConsoleErrors()
	b.AssertNoConsoleErrors()
	a.AssertOnlyOrigin()
}
