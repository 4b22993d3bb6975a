//go:build !wasm

package webkit

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
)

// Issue 16 in Safari's engine: the app embedded by a clinic's page on
// another site. The clinic's page is http://localhost:P, the app
// http://127.0.0.1:A: two sites, so the app is a cross-site iframe, whose
// storage WebKit partitions or blocks. Whatever WebKit does, the app must
// run, and what its footer says must be true: "saved on this device" only
// where a reload of the clinic's page finds the answers again, otherwise
// "kept only while this page is open".

// storageProbeJS says what the frame's storage does, before the app runs:
// "works", "null", "lost" or the exception's name.
const storageProbeJS = `try {
	const s = window.localStorage;
	if (!s) return "null";
	s.setItem("kf-probe", "1");
	const v = s.getItem("kf-probe");
	s.removeItem("kf-probe");
	return v === "1" ? "works" : "lost";
} catch (e) { return e.name || String(e); }`

// clinicPage serves the clinic's page embedding the app at appURL with the
// one-line snippet, on localhost, and returns its URL.
func clinicPage(t *testing.T, appURL *string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		app := strings.TrimSuffix(*appURL, "/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="en"><title>Lotus clinic</title>
<h1>Lotus clinic</h1>
<div id="kf" data-kneadform="%s" data-kneadform-id="clinic-1"></div>
<script src="%s/web/embed.js"></script>`, app, app)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return fmt.Sprintf("http://localhost:%d/", ln.Addr().(*net.TCPAddr).Port)
}

// enterFrame waits for the app's iframe on the clinic's page and makes it
// the context of every later helper, with the console recorder in it.
func (b *Browser) enterFrame() {
	b.t.Helper()
	var el Element
	if err := b.poll(b.Timeout, func(ctx context.Context) error {
		if err := b.s.SwitchToParent(ctx); err != nil {
			return err
		}
		var err error
		if el, err = b.find(ctx, `return document.querySelector("#kf iframe")`); err != nil {
			return err
		}
		return b.s.SwitchToFrame(ctx, el)
	}); err != nil {
		b.t.Fatalf("webkit: entering the app's frame: %v", err)
	}
	b.frame, b.frameCSS = el, "#kf iframe"
	b.WaitFor(`document.readyState === "complete"`)
	b.record()
}

func TestWebKitCrossSiteFrame(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		js   string // run in the frame before the Go program starts
	}{
		{name: "default"},
		{name: "tracking prevention", args: []string{"--enable-itp"}},
		{name: "cookies blocked", args: []string{"--cookies-policy=never"}},
		{name: "private", args: []string{"--private"}},
		{name: "storage throws", js: `Object.defineProperty(window, "localStorage", {configurable: true,
			get() { throw new DOMException("The operation is insecure.", "SecurityError"); }});`},
	} {
		t.Run(c.name, func(t *testing.T) {
			Require(t)
			var appURL string
			parent := clinicPage(t, &appURL)
			app := serveConfig(t, map[string]any{"name": "Lotus Back Clinic", "region": "GB",
				"allowedOrigins": []string{strings.TrimSuffix(parent, "/")}})
			g := newWasmGate(t, app)
			appURL = g.url
			b := New(t, Options{BaseURL: parent, Args: c.args})
			b.Navigate("/")
			b.enterFrame()
			var probe string
			b.Run(storageProbeJS, &probe)
			t.Logf("webkit: storage in the cross-site frame (%s): %s", c.name, probe)
			if c.js != "" {
				b.Run(c.js+` return true`, nil)
			}
			g.open()
			b.WaitMounted()
			b.WaitFor(`document.getElementById("start")`)
			b.ClickByName("Start now")
			onStep(b, "about")
			b.CheckByLabel("35 to 49")
			next(b, "/intake/about")
			onStep(b, "safety")
			footer := b.Text(".footer-private")
			saysSaved := strings.Contains(footer, footerSaved)
			if !saysSaved && !strings.Contains(footer, footerMemory) {
				t.Errorf("footer = %q: it says neither saved nor kept in memory", footer)
			}
			b.Screenshot("safety")
			b.AssertNoConsoleErrors()

			// Is the footer true? Reload the clinic's page: the answers
			// are back where it said they were saved.
			b.Navigate("/")
			b.enterFrame()
			b.WaitMounted()
			var kept bool
			b.Run(`try { return (localStorage.getItem("kneadform.draft") || "").includes("35-49"); } catch (e) { return false; }`, &kept)
			t.Logf("webkit: footer said %q; after a reload the draft is kept: %v", footer, kept)
			if saysSaved && !kept {
				t.Errorf("the footer said %q, but a reload of the clinic's page lost the answers", footer)
			}
			b.AssertNoConsoleErrors()
		})
	}
}
