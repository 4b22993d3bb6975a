//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.Main().Body(app.H1().Text("test page")) }

func init() {
	app.Route("/", func() app.Composer { return &testPage{} })
}

// webFixture writes a small web folder: a fake app.wasm with marked
// .br/.gz siblings (so a test can tell which file was served), a
// stylesheet big enough to be gzipped, and the icons.
func webFixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"app.wasm":              "\x00asm raw wasm bytes",
		"app.wasm.br":           "BROTLI",
		"app.wasm.gz":           "GZIP",
		"app.css":               strings.Repeat("body { color: #0b0c0c; }\n", 100),
		"icon-192.png":          strings.Repeat("P", 2000),
		"icon-512.png":          "png",
		"icon-maskable-512.png": "png",
		"icon.svg":              "<svg/>",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func newTestServer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	dir := webFixture(t)
	h, err := New(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	v, err := Version(dir)
	if err != nil {
		t.Fatal(err)
	}
	return srv, v
}

// get sends a request without Go's transparent gzip, so the test sees
// exactly what a browser would receive.
func get(t *testing.T, method, url string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestWrapEncodings(t *testing.T) {
	srv, v := newTestServer(t)
	tests := []struct {
		name, method, path, accept, ifNoneMatch string
		status                                  int
		encoding, contentType, etag             string
		body                                    string // after decoding; "" = don't check
	}{
		{"wasm br", "GET", "/web/app.wasm", "gzip, deflate, br, zstd", "", 200, "br", "application/wasm", `"` + v + `-br"`, "BROTLI"},
		{"wasm gzip", "GET", "/web/app.wasm", "gzip", "", 200, "gzip", "application/wasm", `"` + v + `-gzip"`, "GZIP"},
		{"wasm br refused", "GET", "/web/app.wasm", "br;q=0, gzip;q=0.8", "", 200, "gzip", "application/wasm", `"` + v + `-gzip"`, "GZIP"},
		{"wasm identity", "GET", "/web/app.wasm", "", "", 200, "", "application/wasm", `"` + v + `"`, "\x00asm raw wasm bytes"},
		{"wasm br not modified", "GET", "/web/app.wasm", "br", `"` + v + `-br"`, 304, "br", "", `"` + v + `-br"`, ""},
		{"wasm HEAD", "HEAD", "/web/app.wasm", "br", "", 200, "br", "application/wasm", `"` + v + `-br"`, ""},
		{"page gzip", "GET", "/", "gzip, br", "", 200, "gzip", "text/html", `"` + v + `-gzip"`, "test page"},
		{"page identity", "GET", "/", "", "", 200, "", "text/html", `"` + v + `"`, "test page"},
		{"page gzip not modified", "GET", "/", "gzip", `"` + v + `-gzip"`, 304, "", "", `"` + v + `-gzip"`, ""},
		{"page identity not modified", "GET", "/", "", `"` + v + `"`, 304, "", "", `"` + v + `"`, ""},
		{"css gzip", "GET", "/web/app.css", "gzip", "", 200, "gzip", "text/css", `"` + v + `-gzip"`, "body { color"},
		{"png not gzipped", "GET", "/web/icon-192.png", "gzip", "", 200, "", "image/png", `"` + v + `"`, ""},
		{"tiny svg not gzipped", "GET", "/web/icon.svg", "gzip", "", 200, "", "image/svg+xml", `"` + v + `"`, "<svg/>"},
		{"app.js gzip", "GET", "/app.js", "gzip", "", 200, "gzip", "application/javascript", `"` + v + `-gzip"`, "goappEnv"},
		{"worker gzip", "GET", "/app-worker.js", "gzip", "", 200, "gzip", "application/javascript", `"` + v + `-gzip"`, "ignoreSearch"},
		{"no listing", "GET", "/web/", "", "", 404, "", "", "", ""},
		{"no traversal", "GET", "/web/../server.go", "", "", 404, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{"Accept-Encoding": tt.accept}
			if tt.ifNoneMatch != "" {
				h["If-None-Match"] = tt.ifNoneMatch
			}
			res, body := get(t, tt.method, srv.URL+tt.path, h)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if got := res.Header.Get("Content-Encoding"); tt.status == 200 && got != tt.encoding {
				t.Errorf("Content-Encoding = %q, want %q", got, tt.encoding)
			}
			if got := res.Header.Get("Content-Type"); tt.contentType != "" && !strings.HasPrefix(got, tt.contentType) {
				t.Errorf("Content-Type = %q, want %q", got, tt.contentType)
			}
			if tt.etag != "" && res.Header.Get("ETag") != tt.etag {
				t.Errorf("ETag = %q, want %q", res.Header.Get("ETag"), tt.etag)
			}
			if tt.status == 200 && !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("Vary = %q, want Accept-Encoding", res.Header.Get("Vary"))
			}
			if tt.status == 200 && res.Header.Get("Cache-Control") != "no-cache" {
				t.Errorf("Cache-Control = %q, want no-cache", res.Header.Get("Cache-Control"))
			}
			if tt.method == "HEAD" && len(body) != 0 {
				t.Errorf("HEAD sent a body of %d bytes", len(body))
			}
			if tt.body == "" {
				return
			}
			got := string(body)
			if tt.encoding == "gzip" && tt.path != "/web/app.wasm" {
				got = gunzip(t, body)
			}
			if !strings.Contains(got, tt.body) {
				t.Errorf("body lacks %q:\n%.300s", tt.body, got)
			}
		})
	}
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv, _ := newTestServer(t)
	want := Headers(Options{})
	for _, path := range []string{"/", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/web/app.wasm", "/web/app.css", "/nowhere"} {
		for _, accept := range []string{"", "gzip, br"} {
			res, _ := get(t, "GET", srv.URL+path, map[string]string{"Accept-Encoding": accept})
			for k := range want {
				if got := res.Header.Get(k); got != want.Get(k) {
					t.Errorf("%s (Accept-Encoding %q): %s = %q, want %q", path, accept, k, got, want.Get(k))
				}
			}
		}
	}
}

func TestCSP(t *testing.T) {
	tests := []struct {
		ancestors []string
		want      string
	}{
		{nil, "frame-ancestors 'self'"},
		{[]string{"https://clinic.example"}, "frame-ancestors 'self' https://clinic.example"},
	}
	for _, tt := range tests {
		csp := CSP(tt.ancestors)
		if !strings.HasSuffix(csp, tt.want) {
			t.Errorf("CSP(%v) = %q, want it to end with %q", tt.ancestors, csp, tt.want)
		}
		for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self';", "object-src 'none'"} {
			if !strings.Contains(csp, d) {
				t.Errorf("CSP lacks %q: %s", d, csp)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("CSP relaxes inline code: %s", csp)
		}
	}
}

var urlAttr = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// TestEverythingIsLocal checks that nothing the app loads comes from
// another host: the page's links and scripts, the manifest's icons, and
// what the service worker precaches. (go-app's defaults fetch icons from
// a third-party host.)
func TestEverythingIsLocal(t *testing.T) {
	srv, _ := newTestServer(t)

	_, page := get(t, "GET", srv.URL+"/", nil)
	urls := urlAttr.FindAllStringSubmatch(string(page), -1)
	if len(urls) < 6 {
		t.Fatalf("found only %d URLs in the page:\n%s", len(urls), page)
	}
	for _, m := range urls {
		if !strings.HasPrefix(m[1], "/") || strings.HasPrefix(m[1], "//") {
			t.Errorf("page loads %q, not a local path", m[1])
		}
	}
	for _, want := range []string{`href="/web/icon.svg"`, `href="/web/app.css"`, `src="/web/icon-192.png"`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %s", want)
		}
	}

	_, body := get(t, "GET", srv.URL+"/manifest.webmanifest", nil)
	var manifest struct {
		Icons []struct{ Src string } `json:"icons"`
	}
	if err := json.Unmarshal(body, &manifest); err != nil {
		t.Fatalf("manifest: %v\n%s", err, body)
	}
	if len(manifest.Icons) != 4 {
		t.Errorf("manifest has %d icons, want 4", len(manifest.Icons))
	}
	for _, ic := range manifest.Icons {
		if !strings.HasPrefix(ic.Src, "/web/") {
			t.Errorf("manifest icon %q is not under /web/", ic.Src)
		}
	}

	_, worker := get(t, "GET", srv.URL+"/app-worker.js", nil)
	m := regexp.MustCompile(`const resourcesToCache = (\[.*\]);`).FindSubmatch(worker)
	if m == nil {
		t.Fatalf("no resourcesToCache in the worker:\n%s", worker)
	}
	var cached []string
	if err := json.Unmarshal(m[1], &cached); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/", "/web/app.wasm", "/web/app.css", "/web/icon.svg", "/web/icon-192.png"} {
		if !contains(cached, want) {
			t.Errorf("the worker does not precache %s: %v", want, cached)
		}
	}
	for _, c := range cached {
		if !strings.HasPrefix(c, "/") || strings.HasPrefix(c, "//") {
			t.Errorf("the worker precaches %q, not a local path", c)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestAppHandler(t *testing.T) {
	dir := webFixture(t)
	h, err := AppHandler(Options{WebDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if h.Name != "Kneadform" || h.Lang != "en" || h.Title == "" || h.Description == "" {
		t.Errorf("handler metadata: name %q, lang %q, title %q, description %q", h.Name, h.Lang, h.Title, h.Description)
	}
	if want := "19"; h.WasmContentLength != want { // len("\x00asm raw wasm bytes")
		t.Errorf("WasmContentLength = %q, want %q (the raw size)", h.WasmContentLength, want)
	}
	if h.Version == "" || h.ServiceWorkerTemplate != WorkerJS {
		t.Errorf("Version %q, custom worker %v", h.Version, h.ServiceWorkerTemplate == WorkerJS)
	}

	if _, err := AppHandler(Options{WebDir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("without app.wasm: err = %v, want one that says to run make build", err)
	}
}
