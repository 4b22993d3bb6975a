//go:build !wasm

package e2e

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
)

// Message is one thing the page said: a console call, an uncaught
// exception, or a browser log entry (CSP violation, failed load, ...).
type Message struct {
	Source string // "console", "exception", or the log entry's source ("network", "security", ...)
	Level  string // "error", "warning", "info", "log", "debug", ...
	Text   string
	URL    string // where it came from, when known
}

func (m Message) String() string {
	s := fmt.Sprintf("[%s %s] %s", m.Source, m.Level, m.Text)
	if m.URL != "" {
		s += " (" + m.URL + ")"
	}
	return s
}

// IsError reports whether the message counts for AssertNoConsoleErrors.
func (m Message) IsError() bool {
	return m.Level == "error" || m.Level == "assert"
}

// onEvent records what the tab reports. It runs on chromedp's event loop,
// so it only appends under the lock.
func (b *Browser) onEvent(ev any) {
	var m *Message
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		args := make([]string, 0, len(ev.Args))
		for _, a := range ev.Args {
			args = append(args, remoteText(a))
		}
		m = &Message{Source: "console", Level: string(ev.Type), Text: strings.Join(args, " ")}
		if ev.StackTrace != nil && len(ev.StackTrace.CallFrames) > 0 {
			m.URL = ev.StackTrace.CallFrames[0].URL
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		m = &Message{Source: "exception", Level: "error", Text: text, URL: d.URL}
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		m = &Message{Source: string(e.Source), Level: string(e.Level), Text: e.Text, URL: e.URL}
	case *network.EventRequestWillBeSent:
		b.mu.Lock()
		b.requests = append(b.requests, ev.Request.URL)
		b.mu.Unlock()
	}
	if m != nil {
		b.mu.Lock()
		b.messages = append(b.messages, *m)
		b.mu.Unlock()
	}
}

// remoteText renders a console argument the way DevTools would, briefly.
func remoteText(o *runtime.RemoteObject) string {
	switch {
	case o.Type == runtime.TypeString:
		var s string
		if err := json.Unmarshal(o.Value, &s); err == nil {
			return s
		}
	case len(o.Value) > 0:
		return string(o.Value)
	case o.Description != "":
		return o.Description
	case o.UnserializableValue != "":
		return string(o.UnserializableValue)
	}
	return string(o.Type)
}

// Messages returns what the page said so far.
func (b *Browser) Messages() []Message {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Message(nil), b.messages...)
}

// Requests returns every URL requested so far, in order: the page's
// network events, then what went through the test's proxy (which includes
// the service worker's own fetches). A URL may appear in both.
func (b *Browser) Requests() []string {
	b.mu.Lock()
	reqs := append([]string(nil), b.requests...)
	b.mu.Unlock()
	return append(reqs, b.proxy.seen()...)
}

// AssertNoConsoleErrors fails the test if the page logged any error:
// console.error, an uncaught exception, a CSP violation, a failed load.
func (b *Browser) AssertNoConsoleErrors() {
	b.t.Helper()
	var errs []string
	for _, m := range b.Messages() {
		if m.IsError() {
			errs = append(errs, "  "+m.String())
		}
	}
	if len(errs) > 0 {
		b.t.Errorf("e2e: %d console error(s):\n%s", len(errs), strings.Join(errs, "\n"))
	}
}

// notNetwork are URL schemes that do not go to the network: inline data,
// the page's own blobs, browser-internal pages and extensions (a fresh
// profile has none; they are browser noise, not the app's doing), and the
// phone's own dialler and mail app (tel:, mailto:), which the browser opens
// when the client taps such a link.
var notNetwork = map[string]bool{
	"data": true, "blob": true, "about": true, "chrome": true,
	"chrome-extension": true, "devtools": true, "tel": true, "mailto": true,
}

// AssertOnlyOrigin fails the test if any request went anywhere but the
// app's own origin (scheme, host and port).
func (b *Browser) AssertOnlyOrigin() {
	b.t.Helper()
	seen := map[string]bool{}
	var bad []string
	for _, raw := range b.Requests() {
		u, err := url.Parse(raw)
		if err != nil {
			bad = append(bad, "  "+raw+" (unparsable)")
			continue
		}
		if notNetwork[u.Scheme] {
			continue
		}
		if u.Scheme == b.base.Scheme && u.Host == b.base.Host {
			continue
		}
		if !seen[raw] {
			seen[raw] = true
			bad = append(bad, "  "+raw)
		}
	}
	if len(bad) > 0 {
		b.t.Errorf("e2e: %d request(s) to another origin than %s://%s:\n%s",
			len(bad), b.base.Scheme, b.base.Host, strings.Join(bad, "\n"))
	}
}

// logMessages writes everything recorded into the test log, for failures.
func (b *Browser) logMessages() {
	var lines []string
	for _, m := range b.Messages() {
		lines = append(lines, "  "+m.String())
	}
	b.t.Logf("e2e: console (%d):\n%s", len(lines), strings.Join(lines, "\n"))
	reqs := b.Requests()
	b.t.Logf("e2e: requests (%d):\n  %s", len(reqs), strings.Join(reqs, "\n  "))
}
