//go:build !wasm

package webkit

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// Browser is one test's WebKit window (a WebDriver session of its own,
// with fresh, in-memory website data) on the app's server. Its helpers
// fail the test after Timeout; each waits on a condition, polling.
type Browser struct {
	t       testing.TB
	s       *Session
	base    *url.URL
	root    string // repository root, for artifacts/
	log     *Log   // the driver's and its browsers' output
	logMark int    // where this test's part of log starts
	// Timeout bounds each helper call; DefaultTimeout unless changed.
	Timeout time.Duration
	// frame is the iframe the helpers work in ("" for the page itself),
	// found by frameCSS in the page: a navigation leaves it.
	frame    Element
	frameCSS string
}

// DefaultTimeout bounds each helper call. It is generous: WebKit under
// Xvfb on two busy cores is slow, and the helpers return as soon as their
// condition holds. Open and Reload get twice as long (the wasm compiles).
const DefaultTimeout = 60 * time.Second

// mountedJS is true once go-app runs: it removes the loader after go.run
// and replaces the stub goappNav with a Go function (as in app/e2e).
const mountedJS = `return !document.getElementById("app-wasm-loader") &&
	typeof goappNav === "function" &&
	!/^function\s*\(\)\s*\{\s*\}$/.test(goappNav.toString())`

// ctx returns a context bounded by d, for one WebDriver call or a poll.
func (b *Browser) ctx(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}

// URL returns the absolute URL of an app path.
func (b *Browser) URL(path string) string {
	u, err := b.base.Parse(strings.TrimPrefix(path, "/"))
	if err != nil {
		b.t.Fatalf("webkit: bad path %q: %v", path, err)
	}
	return u.String()
}

// Open navigates to path and waits until the wasm app has mounted.
func (b *Browser) Open(path string) {
	b.t.Helper()
	b.Navigate(path)
	b.WaitMounted()
}

// Navigate loads path and waits only for the page's load event (the wasm
// app is still starting), then installs the console recorder.
func (b *Browser) Navigate(path string) {
	b.t.Helper()
	ctx, cancel := b.ctx(2 * b.Timeout)
	defer cancel()
	if err := b.s.Navigate(ctx, b.URL(path)); err != nil {
		b.t.Fatalf("webkit: open %s: %v", path, err)
	}
	b.frame = ""
	b.record()
}

// Reload reloads the page and waits until the wasm app has mounted.
func (b *Browser) Reload() {
	b.t.Helper()
	ctx, cancel := b.ctx(2 * b.Timeout)
	defer cancel()
	if err := b.s.Refresh(ctx); err != nil {
		b.t.Fatalf("webkit: reload: %v", err)
	}
	b.frame = ""
	b.record()
	b.WaitMounted()
}

// WaitMounted waits until go-app has mounted the page, and fails at once,
// with the Go panic or the uncaught exception, when the program died instead (go-app may have
// replaced the loader and goappNav before the panic, so a crash must be
// looked for, not only the mount).
func (b *Browser) WaitMounted() {
	b.t.Helper()
	var crash string
	err := b.poll(2*b.Timeout, func(ctx context.Context) error {
		var st struct {
			Mounted bool
			Console []Message
		}
		if err := b.s.Execute(ctx, `const mounted = (() => { `+mountedJS+` })();
			return {Mounted: mounted, Console: window.__kfConsole || []}`, &st); err != nil {
			return err
		}
		if c := goCrashText(st.Console); c != "" {
			crash = c
			return nil
		}
		if !st.Mounted {
			return errors.New("not mounted yet")
		}
		return nil
	})
	if err != nil {
		b.t.Fatalf("webkit: the wasm app did not mount at %s: %v", b.Path(), err)
	}
	if crash != "" {
		b.t.Fatalf("webkit: the Go program died at %s:\n%s", b.Path(), crash)
	}
}

// WaitFor waits until the JavaScript expression is truthy.
func (b *Browser) WaitFor(expr string) {
	b.t.Helper()
	if err := b.poll(b.Timeout, func(ctx context.Context) error {
		var ok bool
		if err := b.s.Execute(ctx, "return !!("+expr+")", &ok); err != nil {
			return err
		}
		if !ok {
			return errors.New("still false")
		}
		return nil
	}); err != nil {
		b.t.Fatalf("webkit: waiting for %s: %v (at %s)", expr, err, b.Path())
	}
}

// Eval evaluates the JavaScript expression (a promise is awaited) and
// decodes its value into out (may be nil).
func (b *Browser) Eval(expr string, out any) {
	b.t.Helper()
	ctx, cancel := b.ctx(b.Timeout)
	defer cancel()
	if err := b.s.Execute(ctx, "return ("+expr+")", out); err != nil {
		b.t.Fatalf("webkit: eval %s: %v", expr, err)
	}
}

// Run runs script as a function body (arguments[i] is args[i]; use
// return) and decodes its result into out (may be nil).
func (b *Browser) Run(script string, out any, args ...any) {
	b.t.Helper()
	ctx, cancel := b.ctx(b.Timeout)
	defer cancel()
	if err := b.s.Execute(ctx, script, out, args...); err != nil {
		b.t.Fatalf("webkit: run %s: %v", script, err)
	}
}

// Text returns the innerText of the first element matching css, waiting
// for one to exist.
func (b *Browser) Text(css string) string {
	b.t.Helper()
	var text string
	if err := b.poll(b.Timeout, func(ctx context.Context) error {
		var got *string
		if err := b.s.Execute(ctx, `const e = document.querySelector(arguments[0]); return e ? e.innerText : null`, &got, css); err != nil {
			return err
		}
		if got == nil {
			return fmt.Errorf("nothing matches %s", css)
		}
		text = *got
		return nil
	}); err != nil {
		b.t.Fatalf("webkit: text of %s: %v", css, err)
	}
	return text
}

// Path returns the page's path ("" when WebKit cannot say).
func (b *Browser) Path() string {
	ctx, cancel := b.ctx(b.Timeout)
	defer cancel()
	u, err := b.s.URL(ctx)
	if err != nil {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return p.Path
}

// poll runs f until it returns nil or timeout passes, returning the last
// error. Each try gets what is left of the timeout.
func (b *Browser) poll(timeout time.Duration, f func(ctx context.Context) error) error {
	ctx, cancel := b.ctx(timeout)
	defer cancel()
	var last error
	lastCrashCheck := time.Now()
	for {
		err := f(ctx)
		if err == nil {
			return nil
		}
		if !errors.Is(err, context.DeadlineExceeded) {
			last = err
		}
		// Waiting on a dead program is pointless: look for a crash
		// every few seconds and give up at once with its report.
		if time.Since(lastCrashCheck) > 3*time.Second {
			lastCrashCheck = time.Now()
			var msgs []Message
			if b.s.Execute(ctx, `return window.__kfConsole || []`, &msgs) == nil {
				if crash := goCrashText(msgs); crash != "" {
					return fmt.Errorf("%v; the Go program died:\n%s", last, crash)
				}
			}
		}
		select {
		case <-ctx.Done():
			if last == nil {
				last = ctx.Err()
			}
			return fmt.Errorf("after %s: %w", timeout, last)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// Screenshot saves the viewport as artifacts/screenshots/TEST-NAME.png at
// the repository root and returns its path; a failure is only logged.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	// After the Go program died, WebKit sometimes never answers a
	// screenshot request, and answers the next one: try three times.
	var png []byte
	var err error
	for try := 0; try < 3; try++ {
		ctx, cancel := b.ctx(b.Timeout / 3)
		png, err = b.s.Screenshot(ctx)
		cancel()
		if err == nil {
			break
		}
	}
	if err != nil {
		b.t.Logf("webkit: screenshot %s: %v", name, err)
		return ""
	}
	dir := filepath.Join(b.root, "artifacts", "screenshots")
	file := filepath.Join(dir, unsafeName.ReplaceAllString(b.t.Name()+"-"+name, "_")+".png")
	if err := os.MkdirAll(dir, 0o755); err == nil {
		err = os.WriteFile(file, png, 0o644)
	}
	if err != nil {
		b.t.Logf("webkit: screenshot %s: %v", name, err)
		return ""
	}
	b.t.Logf("webkit: screenshot %s", file)
	return file
}
