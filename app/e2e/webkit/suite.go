//go:build !wasm

package webkit

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"kneadform/app/e2e"
)

// Phone is the viewport the tests ask for: the Chromium tests' 390×844.
// WebKitGTK has no device emulation (no touch, no device scale), and
// MiniBrowser's window has a minimum width: the viewport is 447×844.
var Phone = struct{ Width, Height int }{390, 844}

// shared is the one driver (and Xvfb) all tests of the package use; each
// test gets a session, that is a browser of its own.
var shared struct {
	once sync.Once
	err  error
	d    *Driver
}

// Main runs the package's tests, then stops the app server (through
// e2e.Main) and the driver. Call it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(webkit.Main(m)) }
func Main(m *testing.M) int {
	code := e2e.Main(m)
	if shared.d != nil {
		shared.d.Close()
	}
	return code
}

// Options changes how New starts the browser.
type Options struct {
	// Args are extra MiniBrowser command-line arguments, e.g.
	// "--enable-html5-local-storage=false" (any WebKitSettings
	// property can be set this way) or "--cookies-policy=never".
	Args []string
	// BaseURL is the app's server (ending in "/"); the shared one
	// (e2e.BaseURL) when empty.
	BaseURL string
}

// New starts a WebKit browser (a new WebDriver session) at phone size on
// the shared app server (or opt.BaseURL), and ends it when t ends, after
// a screenshot and the page's console in the log if t failed. Without
// WebKitWebDriver or Xvfb the test is skipped, or failed when CI=true.
func New(t testing.TB, opt Options) *Browser {
	t.Helper()
	Require(t)
	if opt.BaseURL == "" {
		opt.BaseURL = e2e.BaseURL(t)
	}
	base, err := url.Parse(opt.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	shared.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		shared.d, shared.err = StartDriver(ctx)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	mark := shared.d.Log.Len()
	b := &Browser{t: t, base: base, root: e2e.Root(t), Timeout: DefaultTimeout, log: shared.d.Log, logMark: mark}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Without --automation MiniBrowser never connects to the driver
	// ("Failed to match capabilities").
	args := append([]string{"--automation"}, opt.Args...)
	s, err := NewSession(ctx, shared.d.URL, map[string]any{
		"pageLoadStrategy":         "normal",
		"webkitgtk:browserOptions": map[string]any{"args": args},
	})
	if err != nil {
		t.Fatalf("%v; driver output:\n%s", err, shared.d.Log.Since(mark))
	}
	b.s = s
	t.Cleanup(func() {
		if t.Failed() {
			b.Screenshot("failure")
			b.logConsole()
			if out := b.log.Since(b.logMark); out != "" {
				t.Logf("webkit: driver and browser output:\n%s", out)
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := s.Delete(ctx); err != nil {
			t.Logf("webkit: ending the session: %v", err)
		}
	})
	if err := s.SetTimeouts(ctx, 2*DefaultTimeout, 2*DefaultTimeout); err != nil {
		t.Fatalf("webkit: timeouts: %v", err)
	}
	b.resize(ctx)
	return b
}

// resize makes the viewport (not the window, which has a frame) as close
// to Phone as the window manager allows, and logs what it got.
func (b *Browser) resize(ctx context.Context) {
	b.t.Helper()
	w, h := Phone.Width, Phone.Height
	for try := 0; try < 2; try++ {
		if err := b.s.SetWindowSize(ctx, w, h); err != nil {
			b.t.Fatalf("webkit: window size: %v", err)
		}
		var vp struct{ W, H int }
		if err := b.s.Execute(ctx, `return {W: innerWidth, H: innerHeight}`, &vp); err != nil {
			b.t.Fatalf("webkit: viewport size: %v", err)
		}
		if vp.W == Phone.Width && vp.H == Phone.Height || try == 1 {
			b.t.Logf("webkit: viewport %d×%d", vp.W, vp.H)
			return
		}
		w, h = w+Phone.Width-vp.W, h+Phone.Height-vp.H
	}
}

// Require skips the test when WebKitWebDriver or Xvfb is missing, or
// fails it when CI=true. New calls it; a test that prepares something
// costly before New calls it first.
func Require(t testing.TB) {
	t.Helper()
	if missing := Missing(); len(missing) > 0 {
		msg := "webkit: " + strings.Join(missing, " and ") + " not on the PATH (apt-get install -y webkit2gtk-driver xvfb)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " and CI=true: .ci/run installs them")
		}
		t.Skip(msg + "; skipping WebKit test")
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
