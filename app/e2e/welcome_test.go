package e2e

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"testing"

	"kneadform/app/intake"

	"github.com/chromedp/chromedp"
)

const welcomeHeading = "Get ready for your back massage"

// TestWelcomePrerendered checks the server sends the welcome content in
// the HTML itself, before any wasm runs (what a slow phone shows first,
// and what a crawler or a no-JS reader gets).
func TestWelcomePrerendered(t *testing.T) {
	t.Parallel()
	res, err := http.Get(BaseURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	for _, want := range []string{`<h1[^>]*>` + welcomeHeading + `</h1>`, `id="start"`, `<html lang="en"`} {
		if !regexp.MustCompile(want).Match(body) {
			t.Errorf("GET / lacks %s:\n%s", want, body)
		}
	}

	// In the browser, with the wasm switched off (go-app's ?wasm=false),
	// the prerendered page is what shows.
	b := New(t)
	b.run("open /?wasm=false", 2*b.Timeout, chromedp.Navigate(b.URL("/")+"?wasm=false"))
	b.WaitFor(`!document.getElementById("app-wasm-loader")`)
	if got := b.Text("h1"); got != welcomeHeading {
		t.Errorf("prerendered h1 = %q, want %q", got, welcomeHeading)
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestWelcomeStart loads the welcome page at phone size, waits for the
// wasm app, taps "Start now" (handled by the wasm) and lands on the first
// intake step, with no console error, no request to another origin and no
// accessibility violation.
func TestWelcomeStart(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	if got := b.Text("h1"); got != welcomeHeading {
		t.Errorf("h1 = %q, want %q", got, welcomeHeading)
	}
	b.AssertAccessible()
	b.Screenshot("welcome")

	// A marker on window survives only if the wasm router handles the
	// tap, rather than the browser loading a new document.
	b.Eval(`window.kneadformTestMarker = true`, nil)
	b.ClickByName("Start now")
	b.WaitFor(`location.pathname === "/intake/about"`)
	var sameDocument bool
	b.Eval(`window.kneadformTestMarker === true`, &sameDocument)
	if !sameDocument {
		t.Error("Start now loaded a new document: the wasm app did not handle it")
	}
	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestWelcomeOffline checks that after a first visit the app opens with
// no network at all, on the start page and on a deep link, through the
// service worker's cache and its app-shell fallback.
func TestWelcomeOffline(t *testing.T) {
	t.Parallel()
	b := New(t)
	b.Open("/")
	b.WaitOfflineReady()

	b.SetOffline(true)
	b.Reload()
	if got := b.Text("h1"); got != welcomeHeading {
		t.Errorf("offline reload: h1 = %q, want %q", got, welcomeHeading)
	}
	b.Open("/?clinic=demo") // the query string must not defeat the cache
	if got := b.Text("h1"); got != welcomeHeading {
		t.Errorf("offline /?clinic=demo: h1 = %q, want %q", got, welcomeHeading)
	}
	b.Open("/intake/where?from=test")
	if got := b.Path(); got != "/intake/where" {
		t.Errorf("offline deep link: path = %q, want /intake/where", got)
	}
	b.Screenshot("offline-deep-link")
	b.SetOffline(false)

	b.AssertNoConsoleErrors()
	b.AssertOnlyOrigin()
}

// TestWelcomeRendersOnce: at the start the welcome page is built once, by
// its mount. go-app renders a page again after its OnNav and OnMount
// handlers; when they change nothing the page shows (a new client), that
// second render was a long task right after the mount, when the client
// can first tap Start now (issue 12). A returning client's page does
// change (Resume, or the finished client's links), and must still show it.
func TestWelcomeRendersOnce(t *testing.T) {
	t.Parallel()
	focused := `document.activeElement && document.activeElement.id === "page-heading" && ` + readyJS
	renders := func(b *Browser) int {
		var n int
		b.Eval(`window.kneadformRenders || 0`, &n)
		return n
	}
	exists := func(b *Browser, css string) bool {
		var ok bool
		b.Eval(fmt.Sprintf(`!!document.querySelector(%q)`, css), &ok)
		return ok
	}

	b := New(t)
	beforeLoad(b, `window.kneadformCountRenders = true;`)
	b.Open("/")
	b.WaitFor(focused) // after go-app's first frame after the mount, whose defers focus the heading
	if n := renders(b); n != 1 {
		t.Errorf("a new client's welcome page rendered %d times by the time its heading had focus, want 1 (its mount)", n)
	}
	if !exists(b, "#start") {
		t.Error("a new client's welcome page has no Start now")
	}

	for _, c := range []struct {
		name string
		d    intake.Draft
		want string
	}{
		{"unfinished draft", intake.Draft{Step: intake.StepWhere, Answers: completeAnswers()}, "#resume"},
		{"finished intake", intake.Draft{Step: intake.StepConsent, Answers: completeAnswers(), Done: true}, "#welcome-summary"},
	} {
		b := New(t)
		beforeLoad(b, `window.kneadformCountRenders = true;`)
		seedDraft(b, c.d)
		b.Open("/")
		b.WaitFor(focused)
		if !exists(b, c.want) || exists(b, "#start") {
			t.Errorf("%s: the welcome page does not offer %s in place of Start now", c.name, c.want)
		}
	}
}

// countSessionReads counts the page's reads of window.sessionStorage (each
// access through the getter, which is how the app and go-app reach it).
const countSessionReads = `(() => {
	const d = Object.getOwnPropertyDescriptor(window, "sessionStorage") ||
		Object.getOwnPropertyDescriptor(Window.prototype, "sessionStorage");
	window.kneadformSessionReads = 0;
	Object.defineProperty(window, "sessionStorage", {configurable: true, get() {
		window.kneadformSessionReads++;
		return d.get.call(window);
	}});
})();`

// TestStartLeavesSessionStorage: a client's start does not touch
// sessionStorage, whose first use costs the page 1–4 ms at 1× CPU (the
// browser opens the tab's storage area) for nothing: go-app never reads it,
// and only a kiosk (the notice after a wipe) or an embedded app (its
// embedding id across a reload) keeps anything there. The kiosk still
// shows its notice after a wipe: TestKioskWipesAfterPause.
func TestStartLeavesSessionStorage(t *testing.T) {
	t.Parallel()
	b := New(t)
	beforeLoad(b, countSessionReads)
	b.Open("/")
	b.WaitFor(`document.activeElement && document.activeElement.id === "page-heading" && ` + readyJS)
	var n int
	b.Eval(`window.kneadformSessionReads`, &n)
	if n != 0 {
		t.Errorf("a new client's start read window.sessionStorage %d times, want 0", n)
	}
}
