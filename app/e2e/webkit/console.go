//go:build !wasm

package webkit

import "fmt"

// WebKitWebDriver offers no console log (no W3C log endpoint, no BiDi),
// and MiniBrowser in automation mode ignores the setting that prints
// console messages. So the harness installs a recorder in the page itself
// as soon as a navigation returns (the load event has fired, the wasm app
// is still compiling): console.error, uncaught exceptions, unhandled
// promise rejections and CSP violations from then on. What happens before
// the load event (a parse error in the HTML's own scripts) escapes it.
const recorderJS = `if (!window.__kfErrors) {
	window.__kfErrors = [];
	const push = (kind, text) => window.__kfErrors.push(kind + ": " + text);
	const origError = console.error.bind(console);
	console.error = (...args) => { push("console.error", args.map(String).join(" ")); origError(...args); };
	addEventListener("error", e => push("uncaught", (e.error && e.error.stack) || e.message));
	addEventListener("unhandledrejection", e => push("unhandled rejection", String(e.reason)));
	document.addEventListener("securitypolicyviolation", e =>
		push("CSP", e.violatedDirective + " blocked " + e.blockedURI));
}
return true`

// record installs the recorder in the current page (once per page).
func (b *Browser) record() {
	b.t.Helper()
	b.Run(recorderJS, nil)
}

// Errors returns what the recorder caught in the current page so far.
func (b *Browser) Errors() []string {
	b.t.Helper()
	var errs []string
	b.Run(`return window.__kfErrors || []`, &errs)
	return errs
}

// AssertNoConsoleErrors fails the test for each error the recorder caught
// in the current page: console.error, an uncaught exception, an unhandled
// rejection, a CSP violation.
func (b *Browser) AssertNoConsoleErrors() {
	b.t.Helper()
	for _, e := range b.Errors() {
		b.t.Errorf("webkit: console error at %s: %s", b.Path(), e)
	}
}

// String describes the browser for logs.
func (b *Browser) String() string {
	return fmt.Sprintf("%v %v", b.s.Capabilities["browserName"], b.s.Capabilities["browserVersion"])
}
