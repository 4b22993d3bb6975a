//go:build !wasm

// Package webkit runs the app in WebKit, the engine of Safari (which many
// clients use on iPhones), through a small W3C WebDriver client of its own
// (net/http and encoding/json): Debian's WebKitWebDriver starts a WebKitGTK
// MiniBrowser per session, drawing on a virtual X display (Xvfb) the
// harness starts on a free display number, since WebKitGTK has no headless
// mode. The app server is the one package e2e starts (e2e.BaseURL).
//
// A test package using it starts with
//
//	func TestMain(m *testing.M) { os.Exit(webkit.Main(m)) }
//
// and each test with
//
//	b := webkit.New(t, webkit.Options{}) // a fresh browser, phone-width window
//	b.Open("/")                          // navigate, wait for the wasm app to mount
//
// Helpers on *Browser (each fails the test after Browser.Timeout):
//
//	Open(path), Reload(), WaitMounted()  navigate / reload and wait for go-app
//	WaitFor(js)                          wait for a JS expression to be truthy
//	TapCSS(css), ClickByName(name)       click (a real WebDriver click) an element
//	CheckByLabel(label)                  click a <label> until its control is checked
//	FillByLabel(label, value)            clear a field and type into it, key by key
//	Eval(js, &out), Run(body, &out, ...) evaluate an expression / a function body
//	Text(css), Path(), URL(path)         read the page / where it is
//	Screenshot(name)                     artifacts/screenshots/TEST-NAME.png
//	Messages(), AssertNoConsoleErrors() the console after load: errors, exceptions, CSP, Go panics
//
// A failed test gets a screenshot and the browser's output in the log.
// Without WebKitWebDriver or Xvfb the tests are skipped, unless CI=true,
// where they fail. web/app.wasm must exist: run make build first.
package webkit
