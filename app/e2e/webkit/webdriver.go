//go:build !wasm

package webkit

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// elementKey is the W3C WebDriver web element identifier: an element in a
// command's JSON is an object with this one key.
const elementKey = "element-6066-11e4-a52e-4f735466cecf"

// Error is a W3C WebDriver error response: Code is the spec's error code
// ("no such element", "javascript error", ...).
type Error struct {
	Status  int    // HTTP status
	Code    string `json:"error"`
	Message string `json:"message"`
}

func (e *Error) Error() string {
	return fmt.Sprintf("webdriver: %s (HTTP %d): %s", e.Code, e.Status, e.Message)
}

// IsNoSuchElement reports whether err is WebDriver's "no such element" or
// "stale element reference", which a poll retries.
func IsNoSuchElement(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Code == "no such element" || e.Code == "stale element reference")
}

// Session is one W3C WebDriver session: one browser window. Its methods
// are thin: one HTTP request each, no waiting (the test helpers poll).
type Session struct {
	base   string // http://127.0.0.1:PORT/session/ID
	client *http.Client
	// Capabilities is what the driver returned on creation
	// (browserName, browserVersion, ...).
	Capabilities map[string]any
}

// Element is a reference to an element in the session's current page.
type Element string

// NewSession asks the driver at driverURL (http://127.0.0.1:PORT) for a
// session with these capabilities (the alwaysMatch set). Starting the
// browser can take long on a busy machine: ctx bounds it.
func NewSession(ctx context.Context, driverURL string, caps map[string]any) (*Session, error) {
	client := &http.Client{}
	var res struct {
		SessionID    string         `json:"sessionId"`
		Capabilities map[string]any `json:"capabilities"`
	}
	body := map[string]any{"capabilities": map[string]any{"alwaysMatch": caps}}
	if err := do(ctx, client, http.MethodPost, driverURL+"/session", body, &res); err != nil {
		return nil, fmt.Errorf("webdriver: new session: %w", err)
	}
	if res.SessionID == "" {
		return nil, errors.New("webdriver: new session: no session id in the reply")
	}
	return &Session{base: driverURL + "/session/" + res.SessionID, client: client, Capabilities: res.Capabilities}, nil
}

// Delete ends the session and closes its browser.
func (s *Session) Delete(ctx context.Context) error {
	return s.cmd(ctx, http.MethodDelete, "", nil, nil)
}

// SetTimeouts sets the session's script and page-load timeouts (the
// implicit wait stays 0: the helpers poll themselves).
func (s *Session) SetTimeouts(ctx context.Context, script, pageLoad time.Duration) error {
	return s.cmd(ctx, http.MethodPost, "/timeouts", map[string]any{
		"script": script.Milliseconds(), "pageLoad": pageLoad.Milliseconds(), "implicit": 0}, nil)
}

// SetWindowSize resizes the window (CSS pixels).
func (s *Session) SetWindowSize(ctx context.Context, width, height int) error {
	return s.cmd(ctx, http.MethodPost, "/window/rect", map[string]any{"width": width, "height": height}, nil)
}

// Navigate loads url and returns once the page has loaded.
func (s *Session) Navigate(ctx context.Context, url string) error {
	return s.cmd(ctx, http.MethodPost, "/url", map[string]any{"url": url}, nil)
}

// Refresh reloads the current page.
func (s *Session) Refresh(ctx context.Context) error {
	return s.cmd(ctx, http.MethodPost, "/refresh", map[string]any{}, nil)
}

// URL returns the current page's URL.
func (s *Session) URL(ctx context.Context) (string, error) {
	var u string
	err := s.cmd(ctx, http.MethodGet, "/url", nil, &u)
	return u, err
}

// FindCSS returns the first element matching the CSS selector, or an
// *Error with Code "no such element".
func (s *Session) FindCSS(ctx context.Context, css string) (Element, error) {
	var ref map[string]string
	err := s.cmd(ctx, http.MethodPost, "/element", map[string]any{"using": "css selector", "value": css}, &ref)
	if err != nil {
		return "", err
	}
	id := ref[elementKey]
	if id == "" {
		return "", fmt.Errorf("webdriver: find %s: no element reference in %v", css, ref)
	}
	return Element(id), nil
}

// SwitchToFrame makes the iframe element the context of every later
// command (scripts, finding, clicks); SwitchToParent goes back up.
func (s *Session) SwitchToFrame(ctx context.Context, el Element) error {
	return s.cmd(ctx, http.MethodPost, "/frame", map[string]any{"id": map[string]string{elementKey: string(el)}}, nil)
}

// SwitchToParent makes the parent of the current frame the context.
func (s *Session) SwitchToParent(ctx context.Context) error {
	return s.cmd(ctx, http.MethodPost, "/frame/parent", map[string]any{}, nil)
}

// Click scrolls the element into view and clicks its centre, as a pointer
// would; WebDriver refuses ("element click intercepted") when another
// element covers that point.
func (s *Session) Click(ctx context.Context, el Element) error {
	return s.cmd(ctx, http.MethodPost, "/element/"+string(el)+"/click", map[string]any{}, nil)
}

// SendKeys focuses the element and types text into it, key by key.
func (s *Session) SendKeys(ctx context.Context, el Element, text string) error {
	return s.cmd(ctx, http.MethodPost, "/element/"+string(el)+"/value", map[string]any{"text": text}, nil)
}

// Clear empties an input or textarea.
func (s *Session) Clear(ctx context.Context, el Element) error {
	return s.cmd(ctx, http.MethodPost, "/element/"+string(el)+"/clear", map[string]any{}, nil)
}

// Execute runs script as the body of a function (use "return") with args
// (an Element argument arrives as the DOM element) and decodes the result
// into out, which may be nil. A returned promise is awaited.
func (s *Session) Execute(ctx context.Context, script string, out any, args ...any) error {
	if args == nil {
		args = []any{}
	}
	for i, a := range args {
		if el, ok := a.(Element); ok {
			args[i] = map[string]string{elementKey: string(el)}
		}
	}
	return s.cmd(ctx, http.MethodPost, "/execute/sync", map[string]any{"script": script, "args": args}, out)
}

// Screenshot returns a PNG of the window's viewport.
func (s *Session) Screenshot(ctx context.Context) ([]byte, error) {
	var b64 string
	if err := s.cmd(ctx, http.MethodGet, "/screenshot", nil, &b64); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(b64)
}

func (s *Session) cmd(ctx context.Context, method, path string, body, out any) error {
	return do(ctx, s.client, method, s.base+path, body, out)
}

// do sends one WebDriver command and decodes the "value" of the reply
// into out, or returns the reply's error.
func do(ctx context.Context, client *http.Client, method, url string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	var reply struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &reply); err != nil {
		return fmt.Errorf("webdriver: %s %s: HTTP %d, not JSON: %q", method, url, res.StatusCode, truncate(string(raw), 300))
	}
	if res.StatusCode != http.StatusOK {
		e := &Error{Status: res.StatusCode}
		if err := json.Unmarshal(reply.Value, e); err != nil || e.Code == "" {
			return fmt.Errorf("webdriver: %s %s: HTTP %d: %q", method, url, res.StatusCode, truncate(string(raw), 300))
		}
		return e
	}
	if out == nil || len(reply.Value) == 0 || string(reply.Value) == "null" {
		return nil
	}
	if err := json.Unmarshal(reply.Value, out); err != nil {
		return fmt.Errorf("webdriver: %s %s: decoding %q: %w", method, url, truncate(string(reply.Value), 300), err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
