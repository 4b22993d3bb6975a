//go:build !wasm

// Package e2e drives the real app in a real browser: it builds and starts
// "kneadform serve" on a random loopback port and runs Debian's Chromium
// (headless, through chromedp) at phone size: 390×844, device scale 3,
// mobile, touch.
//
// A test package using the harness starts with
//
//	func TestMain(m *testing.M) { os.Exit(e2e.Main(m)) }
//
// and each test with
//
//	t.Parallel()    // browser tests run two at a time (docs/testing.md)
//	b := e2e.New(t) // a fresh tab in a fresh browser context
//	b.Open("/")     // navigate, wait for the wasm app to mount
//
// Helpers on *Browser (each fails the test on error, with a timeout of
// Browser.Timeout, DefaultTimeout by default):
//
//	Open(path), Reload(), WaitMounted()  navigate / reload and wait for go-app
//	OpenBlank()                          an empty page of the origin, to seed storage
//	WaitOfflineReady()                   wait until the service worker has precached the app
//	WaitVisible(css), WaitFor(js)        wait for an element / a JS condition
//	ClickByName(name)                    tap a button, link or control by accessible name
//	FillByLabel(label, value)            type into an input / textarea, pick a select option
//	CheckByLabel(label)                  tick a checkbox or choose a radio
//	Text(css), Eval(js, &out)            read the page
//	Location(), Path(), URL(path)        where the tab is
//	SetOffline(bool)                     cut the network, service worker included
//	Screenshot(name)                     artifacts/screenshots/TEST-NAME.png
//	Messages(), AssertNoConsoleErrors()  console, exceptions, CSP and load errors
//	Requests(), AssertOnlyOrigin()       every URL requested, service worker included
//	AssertAccessible()                   axe-core, WCAG 2.0/2.1/2.2 A and AA
//	Context()                            the chromedp context, for anything else
//
// A failed test gets a full-page screenshot and its console and requests
// in the log. Without /usr/bin/chromium browser tests are skipped, unless
// CI=true, where they fail. web/app.wasm must exist: run make build first
// (make test does).
package e2e
