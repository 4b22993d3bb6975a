//go:build !wasm

package webkit

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"

	"kneadform/app/e2e"
)

// Issue 16, defect 1 in Safari's engine: when the browser gives no
// storage, the app carries on in memory, says so, and still takes the
// client to the summary.

// Texts the client reads when nothing can be saved (the en catalog:
// notice.storage-unavailable, footer.memory, footer.private).
const (
	storageNotice = "This browser is not letting us save your answers"
	footerMemory  = "Your answers are kept only while this page is open"
	footerSaved   = "Your answers are saved on this device only"
)

// TestWebKitStorageAbsent: WebKit with HTML5 local storage switched off
// (the WebKitSettings property enable-html5-local-storage; then
// window.localStorage is null, as in a WebKit view whose host disabled
// storage).
func TestWebKitStorageAbsent(t *testing.T) {
	Require(t)
	g := newWasmGate(t, e2e.BaseURL(t))
	b := New(t, Options{BaseURL: g.url, Args: []string{"--enable-html5-local-storage=false"}})
	b.Navigate("/")
	var absent bool
	b.Eval(`window.localStorage === null`, &absent) // before the app may replace it
	if !absent {
		t.Fatal("the simulation failed: window.localStorage is not null with --enable-html5-local-storage=false")
	}
	g.open()
	b.WaitMounted()
	assertMemoryOnly(b)
	b.WaitFor(`document.querySelector("main").innerText.includes(` + jsString(storageNotice) + `)`)
	b.Screenshot("welcome")

	completeIntake(b)
	assertSummary(b)
	assertMemoryOnly(b)
	b.Screenshot("summary")
	b.AssertNoConsoleErrors()
}

// assertMemoryOnly checks the page says that answers are not saved: the
// notice (on the page that read the storage first) or the footer.
func assertMemoryOnly(b *Browser) {
	b.t.Helper()
	b.WaitFor(`document.querySelector(".footer-private") && document.querySelector(".footer-private").innerText.includes(` +
		jsString(footerMemory) + `)`)
	if text := b.Text("body"); strings.Contains(text, footerSaved) {
		b.t.Errorf("the page says answers are saved though storage is absent:\n%s", text)
	}
}

// TestWebKitStorageRefused: storage that throws, as Safari's does when
// the client blocks all cookies or the app runs in a cross-site iframe
// (SecurityError "The operation is insecure." on reading
// window.localStorage), or in the private mode of iOS before 11 and when
// the quota is full (QuotaExceededError on setItem). WebKitGTK has no
// setting for either, so the test replaces the storage in the page before
// the Go program starts: a gate in front of the server holds app.wasm
// until the replacement is in place (the page's load event does not wait
// for the wasm), so the order is certain.
func TestWebKitStorageRefused(t *testing.T) {
	for _, c := range []struct{ name, js string }{
		{"SecurityError on read", `Object.defineProperty(window, "localStorage", {configurable: true,
			get() { throw new DOMException("The operation is insecure.", "SecurityError"); }});`},
		{"QuotaExceededError on write", `Storage.prototype.setItem = function() {
			throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`},
	} {
		t.Run(c.name, func(t *testing.T) {
			Require(t)
			g := newWasmGate(t, e2e.BaseURL(t))
			b := New(t, Options{BaseURL: g.url})
			b.Navigate("/")
			b.Run(c.js+` return true`, nil)
			g.open()
			b.WaitMounted()
			// The notice comes once, on the page where storage first
			// failed: the welcome page (reading) or the next step (the
			// first save).
			b.WaitFor(`document.getElementById("start")`)
			welcome := b.Text("main")
			b.ClickByName("Start now")
			onStep(b, "about")
			b.CheckByLabel("35 to 49")
			next(b, "/intake/about") // the first save
			onStep(b, "safety")
			assertMemoryOnly(b)
			if text := b.Text("main"); !strings.Contains(welcome+text, storageNotice) {
				t.Errorf("no notice that answers are not saved, on the welcome page:\n%s\nnor on the next step:\n%s", welcome, text)
			}
			b.Screenshot("safety")
			b.AssertNoConsoleErrors()
		})
	}
}

// wasmGate is a reverse proxy to the app's server that holds every
// request for app.wasm until open is called.
type wasmGate struct {
	url  string
	gate chan struct{}
	once sync.Once
}

func newWasmGate(t *testing.T, target string) *wasmGate {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	g := &wasmGate{gate: make(chan struct{})}
	rp := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "app.wasm") {
			select {
			case <-g.gate:
			case <-r.Context().Done():
				return
			}
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { g.open(); srv.Close() })
	g.url = srv.URL + "/"
	return g
}

// open lets app.wasm through.
func (g *wasmGate) open() { g.once.Do(func() { close(g.gate) }) }
