//go:build !wasm

package webkit

import (
	"fmt"
	"regexp"
	"strings"
)

// WebKitWebDriver offers no console log (no W3C log endpoint, no BiDi),
// and MiniBrowser in automation mode ignores the setting that prints
// console messages. So the harness installs a recorder in the page itself
// as soon as a navigation returns (the load event has fired, the wasm app
// is still compiling): console.error, uncaught exceptions, unhandled
// promise rejections and CSP violations from then on. What happens before
// the load event (a parse error in the HTML's own scripts) escapes it.
const recorderJS = `if (!window.__kfConsole) {
	window.__kfConsole = [];
	const push = (level, text) => window.__kfConsole.push({level: level, text: String(text)});
	for (const level of ["error", "warn", "log", "info"]) {
		const orig = console[level].bind(console);
		console[level] = (...args) => { push(level, args.map(String).join(" ")); orig(...args); };
	}
	addEventListener("error", e => push("error", "uncaught: " + ((e.error && e.error.stack) || e.message)));
	addEventListener("unhandledrejection", e => push("error", "unhandled rejection: " + e.reason));
	document.addEventListener("securitypolicyviolation", e =>
		push("error", "CSP: " + e.violatedDirective + " blocked " + e.blockedURI));
}
return true`

// Message is one console message the recorder caught.
type Message struct {
	Level string // error, warn, log, info
	Text  string
}

// goCrash matches what the Go runtime prints (through console.log, in
// wasm_exec.js) when the program dies.
var goCrash = regexp.MustCompile(`(?m)^(panic: |fatal error: )`)

// record installs the recorder in the current page (once per page).
func (b *Browser) record() {
	b.t.Helper()
	b.Run(recorderJS, nil)
}

// Messages returns what the recorder caught in the current page so far.
func (b *Browser) Messages() []Message {
	b.t.Helper()
	var msgs []Message
	b.Run(`return window.__kfConsole || []`, &msgs)
	return msgs
}

// AssertNoConsoleErrors fails the test for each error the recorder caught
// in the current page (console.error, an uncaught exception, an unhandled
// rejection, a CSP violation) and for a Go panic or fatal error, which
// the Go runtime prints with console.log.
func (b *Browser) AssertNoConsoleErrors() {
	b.t.Helper()
	for _, m := range b.Messages() {
		if m.Level == "error" || goCrash.MatchString(m.Text) {
			b.t.Errorf("webkit: console %s at %s: %s", m.Level, b.Path(), m.Text)
		}
	}
}

// String describes the browser for logs.
func (b *Browser) String() string {
	return fmt.Sprintf("%v %v", b.s.Capabilities["browserName"], b.s.Capabilities["browserVersion"])
}

// goCrashText returns the Go runtime's crash report among the messages
// (from "panic:" or "fatal error:" to at most 40 lines on), or an uncaught
// exception or unhandled rejection (a JavaScript exception thrown inside a
// syscall/js property read unwinds the whole Go program and rejects
// go.run's promise), or "".
func goCrashText(msgs []Message) string {
	for i, m := range msgs {
		uncaught := m.Level == "error" && (strings.HasPrefix(m.Text, "uncaught: ") || strings.HasPrefix(m.Text, "unhandled rejection: "))
		if goCrash.MatchString(m.Text) || uncaught {
			var lines []string
			for _, n := range msgs[i:min(len(msgs), i+40)] {
				lines = append(lines, n.Text)
			}
			return strings.Join(lines, "\n")
		}
	}
	return ""
}

// logConsole logs the console messages of the current page, for a failure.
func (b *Browser) logConsole() {
	ctx, cancel := b.ctx(b.Timeout)
	defer cancel()
	var msgs []Message
	if err := b.s.Execute(ctx, `return window.__kfConsole || []`, &msgs); err != nil {
		b.t.Logf("webkit: reading the console: %v", err)
		return
	}
	var sb strings.Builder
	for _, m := range msgs {
		fmt.Fprintf(&sb, "%s: %s\n", m.Level, m.Text)
	}
	b.t.Logf("webkit: console of %s (%d messages):\n%s", b.Path(), len(msgs), sb.String())
}
