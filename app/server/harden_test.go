//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 16, defect 3: only GET and HEAD; anything else is a short 405
// with Allow, never the 11 MB wasm.
func TestMethodNotAllowed(t *testing.T) {
	srv, _ := newTestServer(t)
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"} {
		for _, path := range []string{"/", "/web/app.wasm", "/app.js", "/nowhere"} {
			res, body := get(t, method, srv.URL+path, map[string]string{"Accept-Encoding": "br, gzip"})
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q; want 405, Allow GET, HEAD", method, path, res.StatusCode, res.Header.Get("Allow"))
			}
			if len(body) > 200 || strings.Contains(string(body), "asm") {
				t.Errorf("%s %s: body of %d bytes: %.60q", method, path, len(body), body)
			}
			if res.Header.Get("Content-Security-Policy") == "" {
				t.Errorf("%s %s: no security headers", method, path)
			}
		}
	}
}

// Issue 16, defects 3 and 7: our own 404 page with a way home, with a
// charset and no ETag, and never a 304 for a page that does not exist.
func TestNotFound(t *testing.T) {
	srv, v := newTestServer(t)
	for _, path := range []string{"/nowhere", "/intake/nowhere", "/web/nothing.css", "/web/", "/web/../server.go", "/web/app.wasm/x"} {
		for _, h := range []map[string]string{
			{},
			{"Accept-Encoding": "gzip, br"},
			{"If-None-Match": `"` + v + `"`},
			{"If-None-Match": `"` + v + `-gzip"`, "Accept-Encoding": "gzip"},
			{"If-None-Match": `"` + v + `-br"`, "Accept-Encoding": "br"},
		} {
			res, body := get(t, "GET", srv.URL+path, h)
			if res.StatusCode != http.StatusNotFound {
				t.Errorf("GET %s %v: %d, want 404", path, h, res.StatusCode)
				continue
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("GET %s %v: Content-Type %q", path, h, ct)
			}
			if res.Header.Get("ETag") != "" || res.Header.Get("Content-Encoding") != "" {
				t.Errorf("GET %s %v: ETag %q, Content-Encoding %q", path, h, res.Header.Get("ETag"), res.Header.Get("Content-Encoding"))
			}
			for _, want := range []string{`<a href="/">Go to the start</a>`, "<title>Page not found", `lang="en"`, `href="/web/app.css"`} {
				if !strings.Contains(string(body), want) {
					t.Errorf("GET %s %v: the page lacks %q:\n%s", path, h, want, body)
				}
			}
		}
		res, body := get(t, "HEAD", srv.URL+path, nil)
		if res.StatusCode != http.StatusNotFound || len(body) != 0 {
			t.Errorf("HEAD %s: %d with %d bytes", path, res.StatusCode, len(body))
		}
	}
	// What exists still answers 304 to its ETag.
	for _, path := range []string{"/", "/app.js", "/web/app.css"} {
		if res, _ := get(t, "GET", srv.URL+path, map[string]string{"If-None-Match": `"` + v + `"`}); res.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s with its ETag: %d, want 304", path, res.StatusCode)
		}
	}
}

// Issue 16, defect 3: no symbolic link leads out of the web folder, for
// the file itself or its precompressed sibling; a link inside still works.
func TestSymlinkEscape(t *testing.T) {
	dir := webFixture(t)
	outside := t.TempDir()
	for name, body := range map[string]string{"passwd": "root:x:0:0", "passwd.gz": "GZ-SECRET", "passwd.br": "BR-SECRET"} {
		if err := os.WriteFile(filepath.Join(outside, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"etc":       outside,                             // a directory outside
		"passwd":    filepath.Join(outside, "passwd"),    // a file outside
		"passwd.gz": filepath.Join(outside, "passwd.gz"), // a sibling outside, for the real file below
		"up":        "..",                                // relative, outside
		"alias.css": "app.css",                           // inside: allowed
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	h, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	srv := startServer(t, h)
	for _, path := range []string{"/web/etc/passwd", "/web/passwd", "/web/up/" + filepath.Base(outside) + "/passwd"} {
		for _, accept := range []string{"", "gzip", "br"} {
			res, body := get(t, "GET", srv+path, map[string]string{"Accept-Encoding": accept})
			if res.StatusCode != http.StatusNotFound || strings.Contains(string(body), "SECRET") || strings.Contains(string(body), "root:") {
				t.Errorf("GET %s (%q): %d %.40q", path, accept, res.StatusCode, body)
			}
		}
	}
	res, body := get(t, "GET", srv+"/web/alias.css", nil)
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "body { color") {
		t.Errorf("a link inside the folder: %d", res.StatusCode)
	}
}

func startServer(t *testing.T, h http.Handler) string {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// Issue 16, defect 7: every text response names its charset.
func TestCharset(t *testing.T) {
	srv, _ := newTestServer(t)
	for path, want := range map[string]string{
		"/":                     "text/html; charset=utf-8",
		"/app.js":               "application/javascript; charset=utf-8",
		"/manifest.webmanifest": "application/manifest+json; charset=utf-8",
		"/web/app.css":          "text/css; charset=utf-8",
		"/web/icon-192.png":     "image/png",
		"/web/app.wasm":         "application/wasm",
	} {
		for _, accept := range []string{"", "gzip"} {
			res, _ := get(t, "GET", srv.URL+path, map[string]string{"Accept-Encoding": accept})
			if got := res.Header.Get("Content-Type"); got != want {
				t.Errorf("%s (%q): Content-Type %q, want %q", path, accept, got, want)
			}
		}
	}
}

func TestWithCharset(t *testing.T) {
	for in, want := range map[string]string{
		"text/html": "text/html; charset=utf-8", "text/css; charset=utf-8": "text/css; charset=utf-8",
		"application/json": "application/json; charset=utf-8", "image/svg+xml": "image/svg+xml; charset=utf-8",
		"Text/Plain; Charset=ISO-8859-1": "Text/Plain; Charset=ISO-8859-1", "image/png": "image/png", "": "",
	} {
		if got := withCharset(in); got != want {
			t.Errorf("withCharset(%q) = %q, want %q", in, got, want)
		}
	}
}

// Issue 16, defect 7: COOP always; X-Frame-Options only when no clinic
// page frames the app; HSTS only over HTTPS.
func TestFrameAndTransportHeaders(t *testing.T) {
	srv, _ := newTestServer(t)
	res, _ := get(t, "GET", srv.URL+"/", nil)
	if res.Header.Get("Cross-Origin-Opener-Policy") != "same-origin" || res.Header.Get("X-Frame-Options") != "SAMEORIGIN" {
		t.Errorf("COOP %q, XFO %q", res.Header.Get("Cross-Origin-Opener-Policy"), res.Header.Get("X-Frame-Options"))
	}
	if hsts := res.Header.Get("Strict-Transport-Security"); hsts != "" {
		t.Errorf("HSTS over plain HTTP: %q", hsts)
	}
	res, _ = get(t, "GET", srv.URL+"/", map[string]string{"X-Forwarded-Proto": "https"})
	if hsts := res.Header.Get("Strict-Transport-Security"); hsts != HSTS {
		t.Errorf("HSTS behind a TLS proxy: %q", hsts)
	}
	embedded := Headers(Options{FrameAncestors: []string{"https://clinic.example"}})
	if embedded.Get("X-Frame-Options") != "" || embedded.Get("Cross-Origin-Opener-Policy") != "same-origin" {
		t.Errorf("embeddable: %v", embedded)
	}
	if !strings.Contains(headersFile(Options{WebDir: "web"}), "Strict-Transport-Security: "+HSTS) {
		t.Errorf("the static header file lacks HSTS")
	}
}

// Issue 16, defect 4, second line: CSP drops any entry that is not a
// strict origin, whoever passes it.
func TestCSPDropsInjectedSources(t *testing.T) {
	csp := CSP([]string{"https://a.example;sandbox", "https://b.example 'unsafe-inline'", "'unsafe-eval'", "http://127.evil.example",
		"https://ok.example", "http://127.0.0.1:8080"})
	if !strings.HasSuffix(csp, "; frame-ancestors 'self' https://ok.example http://127.0.0.1:8080") {
		t.Errorf("CSP = %s", csp)
	}
	if _, fa, _ := strings.Cut(csp, "frame-ancestors"); strings.Contains(csp, "sandbox") || strings.Contains(fa, "unsafe") || strings.Contains(csp, "evil") {
		t.Errorf("CSP = %s", csp)
	}
}
