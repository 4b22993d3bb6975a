//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Phone is the emulated device: an iPhone-sized viewport with touch.
var Phone = struct {
	Width, Height int64
	Scale         float64
}{390, 844, 3}

// DefaultTimeout bounds each helper call; Open and Reload get twice as
// long, since they compile the wasm.
const DefaultTimeout = 20 * time.Second

// Browser is one test's tab, in a browser context of its own (fresh
// cookies, localStorage, service workers and caches), at phone size. It
// records console messages, exceptions, browser log errors (CSP
// violations, failed loads) and every request URL.
type Browser struct {
	t       testing.TB
	ctx     context.Context
	base    *url.URL
	proxy   *proxy
	Timeout time.Duration // per helper call; DefaultTimeout unless changed

	mu       sync.Mutex
	messages []Message
	requests []string // from the page's network events

	newTab func(t testing.TB) *Browser // another tab in the same browser context
}

// New opens a tab in a new browser context for t and closes it when t
// ends, after a full-page screenshot if t failed. The server and Chromium
// start on first use. Without Chromium the test is skipped, or failed
// when CI=true.
func New(t testing.TB) *Browser {
	t.Helper()
	return NewFor(t, BaseURL(t))
}

// NewFor is New for an app served elsewhere than the shared server (a
// static build, a second origin): base is its root URL, and also lists
// further origins the tab may reach (an embedding page). AssertOnlyOrigin
// then checks against base.
func NewFor(t testing.TB, baseURL string, also ...string) *Browser {
	t.Helper()
	origins := make([]*url.URL, 0, 1+len(also))
	for _, s := range append([]string{baseURL}, also...) {
		u, err := url.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		origins = append(origins, u)
	}
	parent := shared.browser(t)
	p := newProxy(origins...)
	base := origins[0]
	// A browser context of its own, whose traffic all goes through the
	// proxy (<-loopback> includes loopback, which Chromium bypasses by
	// default), and a tab in it. Headless Chromium refuses a tab in a new
	// context unless it is in a new window, which chromedp does not ask
	// for, so the harness creates both and attaches chromedp to the tab.
	browser := cdp.WithExecutor(parent, chromedp.FromContext(parent).Browser)
	bctx, err := target.CreateBrowserContext().
		WithProxyServer("http://" + p.addr()).WithProxyBypassList("<-loopback>").Do(browser)
	if err != nil {
		p.close()
		t.Fatalf("e2e: creating a browser context: %v", err)
	}
	tab, err := target.CreateTarget("about:blank").WithBrowserContextID(bctx).WithNewWindow(true).Do(browser)
	if err != nil {
		p.close()
		t.Fatalf("e2e: opening a tab: %v", err)
	}
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithTargetID(tab))
	b := &Browser{t: t, ctx: ctx, base: base, proxy: p, Timeout: DefaultTimeout}
	chromedp.ListenTarget(ctx, b.onEvent)
	t.Cleanup(func() {
		if t.Failed() {
			b.Screenshot("failure")
			b.logMessages()
		}
		cancel()
		target.DisposeBrowserContext(bctx).Do(browser)
		p.close()
	})
	b.newTab = func(t testing.TB) *Browser {
		tab2, err := target.CreateTarget("about:blank").WithBrowserContextID(bctx).WithNewWindow(true).Do(browser)
		if err != nil {
			t.Fatalf("e2e: opening a second tab: %v", err)
		}
		ctx2, cancel2 := chromedp.NewContext(parent, chromedp.WithTargetID(tab2))
		b2 := &Browser{t: t, ctx: ctx2, base: base, proxy: p, Timeout: DefaultTimeout}
		chromedp.ListenTarget(ctx2, b2.onEvent)
		t.Cleanup(cancel2) // registered after b's cleanup, so it runs first
		if err := chromedp.Run(ctx2, phoneTab()...); err != nil {
			t.Fatalf("e2e: opening a second tab: %v", err)
		}
		return b2
	}
	// The first Run creates the tab and ties it to ctx: no timeout here.
	err = chromedp.Run(ctx, phoneTab()...)
	if err != nil {
		t.Fatalf("e2e: opening a tab: %v", err)
	}
	return b
}

// phoneTab makes a tab the phone: its viewport, touch, and the focus a
// phone's one open app has. Tests run in parallel, each tab in a window of
// its own, and only one window can be the focused one: without focus
// emulation the others would get no focus events and no :focus-visible.
func phoneTab() []chromedp.Action {
	return []chromedp.Action{
		chromedp.EmulateViewport(Phone.Width, Phone.Height,
			chromedp.EmulateScale(Phone.Scale), chromedp.EmulateMobile, chromedp.EmulateTouch),
		emulation.SetFocusEmulationEnabled(true),
	}
}

// SecondTab opens another tab in b's browser context (same storage, same
// proxy), closed when the test ends: for tests of two tabs of one client.
func (b *Browser) SecondTab() *Browser {
	b.t.Helper()
	return b.newTab(b.t)
}

// URL returns the absolute URL of path (which may carry a query or a
// fragment) on the app's server.
func (b *Browser) URL(path string) string {
	u, err := b.base.Parse(path)
	if err != nil {
		b.t.Fatalf("e2e: bad path %q: %v", path, err)
	}
	return u.String()
}

// Context returns the tab's chromedp context, for actions the helpers do
// not cover: chromedp.Run(b.Context(), ...).
func (b *Browser) Context() context.Context { return b.ctx }

// run runs chromedp actions with a timeout and fails the test on error.
func (b *Browser) run(what string, timeout time.Duration, actions ...chromedp.Action) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	if err := chromedp.Run(ctx, actions...); err != nil {
		b.t.Fatalf("e2e: %s: %v", what, err)
	}
}

// readyJS is true once the page on screen is drawn: not the loading page
// (main aria-busy) and no change waiting for its render (kit.On marks
// <html data-kf-pending> until then).
const readyJS = `!document.querySelector('main[aria-busy="true"]') && !document.documentElement.hasAttribute("data-kf-pending")`

// mountedJS is true once go-app runs: it removes the loader after go.run
// and replaces the stub goappNav with a Go function.
const mountedJS = `!document.getElementById("app-wasm-loader") &&
	typeof goappNav === "function" &&
	!/^function\s*\(\)\s*\{\s*\}$/.test(goappNav.toString())`

// Open navigates to path (e.g. "/" or "/intake/about") and waits until
// the wasm app has mounted.
func (b *Browser) Open(path string) {
	b.t.Helper()
	b.run("open "+path, 2*b.Timeout, chromedp.Navigate(b.URL(path)))
	b.WaitMounted()
}

// OpenBlank navigates to an empty page of the app's origin, on which the
// app does not run (the harness's proxy answers it), for writing the
// device's storage before the app reads it. Seeding storage on a page where
// the app runs races it: an app still starting can write its own state
// over what was just stored.
func (b *Browser) OpenBlank() {
	b.t.Helper()
	b.run("open a page of the origin without the app", b.Timeout, chromedp.Navigate(b.URL(blankPath)))
}

// Reload reloads the page and waits until the wasm app has mounted.
func (b *Browser) Reload() {
	b.t.Helper()
	b.run("reload", 2*b.Timeout, chromedp.Reload())
	b.WaitMounted()
}

// WaitMounted waits until the wasm app has mounted.
func (b *Browser) WaitMounted() {
	b.t.Helper()
	if err := b.poll(2*b.Timeout, mountedJS); err != nil {
		b.t.Fatalf("e2e: the wasm app did not mount at %s: %v", b.Location(), err)
	}
}

// WaitOfflineReady waits until the app's service worker is active, which
// it becomes only once everything is precached: from then on a reload or
// any app URL works offline.
func (b *Browser) WaitOfflineReady() {
	b.t.Helper()
	var ok bool
	b.run("wait for the service worker", 2*b.Timeout, chromedp.Evaluate(`navigator.serviceWorker.ready.then(r =>
		new Promise(resolve => {
			const w = r.active;
			if (w.state === "activated") return resolve(true);
			w.addEventListener("statechange", () => w.state === "activated" && resolve(true));
		}))`, &ok, awaitPromise))
}

// WaitFor waits until the JavaScript expression is truthy.
func (b *Browser) WaitFor(expr string) {
	b.t.Helper()
	if err := b.poll(b.Timeout, expr); err != nil {
		b.t.Fatalf("e2e: waiting for %s: %v", expr, err)
	}
}

// poll evaluates expr every 50ms until it is truthy. (chromedp.Poll
// builds its predicate with new Function, which the app's CSP blocks.)
func (b *Browser) poll(timeout time.Duration, expr string) error {
	ctx, cancel := context.WithTimeout(b.ctx, timeout)
	defer cancel()
	var lastErr error
	for {
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate("!!("+expr+")", &ok))
		if err == nil && ok {
			return nil
		}
		if err != nil {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return fmt.Errorf("%w (last error: %v)", ctx.Err(), lastErr)
			}
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Location returns the page's current URL.
func (b *Browser) Location() string {
	var loc string
	ctx, cancel := context.WithTimeout(b.ctx, b.Timeout)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.Location(&loc)); err != nil {
		return "(unknown: " + err.Error() + ")"
	}
	return loc
}

// Path returns the path of the page's current URL.
func (b *Browser) Path() string {
	u, err := url.Parse(b.Location())
	if err != nil {
		return ""
	}
	return u.Path
}

// WaitVisible waits until the CSS selector matches a visible element.
//
// It polls with JavaScript rather than chromedp's DOM queries: those keep
// a mirror of the DOM that can stall while go-app rewrites the page.
func (b *Browser) WaitVisible(sel string) {
	b.t.Helper()
	js := fmt.Sprintf(`(e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden")(document.querySelector(%s))`, jsString(sel))
	if err := b.poll(b.Timeout, js); err != nil {
		b.t.Fatalf("e2e: wait visible %s: %v", sel, err)
	}
}

// Text returns the visible text (innerText) of the first element matching
// the CSS selector, waiting for it to exist.
func (b *Browser) Text(sel string) string {
	b.t.Helper()
	q := fmt.Sprintf(`document.querySelector(%s)`, jsString(sel))
	if err := b.poll(b.Timeout, q); err != nil {
		b.t.Fatalf("e2e: text of %s: %v", sel, err)
	}
	var s string
	b.run("text of "+sel, b.Timeout, chromedp.Evaluate(q+`.innerText`, &s))
	return strings.TrimSpace(s)
}

// Eval evaluates a JavaScript expression in the page and stores its JSON
// value in out (nil to ignore it). Promises are awaited.
func (b *Browser) Eval(expr string, out any) {
	b.t.Helper()
	b.run("eval "+expr, b.Timeout, chromedp.Evaluate(expr, out, awaitPromise))
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// SetOffline cuts (true) or restores (false) the network for this tab,
// service worker included: DevTools network emulation for the page, and
// the test's proxy refusing every request.
func (b *Browser) SetOffline(offline bool) {
	b.t.Helper()
	b.proxy.offline.Store(offline)
	b.run(fmt.Sprintf("set offline %v", offline), b.Timeout,
		network.EmulateNetworkConditions(offline, 0, -1, -1))
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Screenshot saves a full-page PNG as
// artifacts/screenshots/TEST-NAME.png at the repository root and returns
// its path. Failing to take it is logged, not fatal.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	dir := filepath.Join(shared.root, "artifacts", "screenshots")
	file := filepath.Join(dir, unsafeName.ReplaceAllString(b.t.Name()+"-"+name, "_")+".png")
	var png []byte
	ctx, cancel := context.WithTimeout(b.ctx, b.Timeout)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		b.t.Logf("e2e: screenshot %s: %v", name, err)
		return ""
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.t.Logf("e2e: screenshot %s: %v", name, err)
		return ""
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		b.t.Logf("e2e: screenshot %s: %v", name, err)
		return ""
	}
	b.t.Logf("e2e: screenshot %s", file)
	return file
}
