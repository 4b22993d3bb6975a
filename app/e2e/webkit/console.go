//go:build !wasm

package webkit

import (
	"regexp"
	"strings"
)

// WebKit writes each console message (console.* calls, uncaught
// exceptions, CSP violations, failed loads) to the web process's stderr
// when the setting enable-write-console-messages-to-stdout is on, which
// New asks for, as "[URL:LINE:COL: ]CONSOLE SOURCE LEVEL message"
// (WebCore's ConsoleClient::printConsoleMessage).
var consoleLine = regexp.MustCompile(`(?m)^(?:.*: )?CONSOLE ([A-Z-]+) ([A-Z]+) (.*)$`)

// Message is one console message the browser printed.
type Message struct {
	Source string // JS, NETWORK, SECURITY, CSS, ...
	Level  string // LOG, INFO, WARN, ERROR, DEBUG
	Text   string // the whole line, URL and position included
}

// Messages returns the console messages printed since the test's browser
// started. Tests run one at a time, so the driver's output since then is
// this browser's.
func (b *Browser) Messages() []Message {
	var out []Message
	for _, m := range consoleLine.FindAllStringSubmatch(b.log.Since(b.logMark), -1) {
		out = append(out, Message{Source: m[1], Level: m[2], Text: strings.TrimSpace(m[0])})
	}
	return out
}

// AssertNoConsoleErrors fails the test for each console message of level
// ERROR: an uncaught exception, console.error, a CSP violation, a failed
// load.
func (b *Browser) AssertNoConsoleErrors() {
	b.t.Helper()
	for _, m := range b.Messages() {
		if m.Level == "ERROR" {
			b.t.Errorf("webkit: console error: %s", m.Text)
		}
	}
}
