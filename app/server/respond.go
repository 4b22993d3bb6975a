//go:build !wasm

package server

import (
	"html"
	"net/http"
	"strconv"
	"strings"

	"kneadform/app/i18n"
)

// notFoundPage is the page every 404 gets instead of go-app's bare "404
// page not found": the site's look (app.css), the reason in the clinic's
// language, and a link home. It needs no script, so it works without the
// wasm; the app's own offline page is the UI's business.
func notFoundPage(lang string) []byte {
	c := i18n.Get(lang)
	esc := html.EscapeString
	return []byte(`<!DOCTYPE html>
<html lang="` + esc(lang) + `">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>` + esc(c.T("notfound.title")) + ` – ` + esc(c.T("app.name")) + `</title>
<link rel="stylesheet" href="/web/app.css">
</head>
<body>
<main id="main">
<h1>` + esc(c.T("notfound.title")) + `</h1>
<p>` + esc(c.T("notfound.body")) + `</p>
<p><a href="/">` + esc(c.T("notfound.home")) + `</a></p>
</main>
</body>
</html>
`)
}

// textTypes get "; charset=utf-8" when they are sent without a charset
// (go-app sends "text/html" and "application/javascript" bare).
var textTypes = []string{"text/", "application/javascript", "application/json",
	"application/manifest+json", "image/svg+xml"}

// withCharset returns contentType with "; charset=utf-8" added to a text
// type that names no charset.
func withCharset(contentType string) string {
	ct := strings.ToLower(contentType)
	if ct == "" || strings.Contains(ct, "charset=") {
		return contentType
	}
	for _, t := range textTypes {
		if strings.HasPrefix(ct, t) {
			return contentType + "; charset=utf-8"
		}
	}
	return contentType
}

// respondWriter finishes each response go-app or the file server starts:
// a text type gets its charset, and a 404 becomes notFound (no ETag, so a
// later If-None-Match can never turn it into a 304).
type respondWriter struct {
	http.ResponseWriter
	head     bool   // a HEAD request: the page's headers, no body
	notFound []byte // the 404 page
	decided  bool
	swallow  bool // the 404 page was written: drop what the handler writes
}

func (rw *respondWriter) WriteHeader(code int) {
	if rw.decided {
		return
	}
	rw.decided = true
	h := rw.Header()
	if code != http.StatusNotFound {
		if ct := h.Get("Content-Type"); ct != "" {
			h.Set("Content-Type", withCharset(ct))
		}
		rw.ResponseWriter.WriteHeader(code)
		return
	}
	writeNotFound(rw.ResponseWriter, rw.head, rw.notFound)
	rw.swallow = true
}

func (rw *respondWriter) Write(b []byte) (int, error) {
	if !rw.decided {
		rw.WriteHeader(http.StatusOK)
	}
	if rw.swallow {
		return len(b), nil
	}
	return rw.ResponseWriter.Write(b)
}

// Flush passes a flush on, as http.ResponseController expects.
func (rw *respondWriter) Flush() {
	if f, ok := rw.ResponseWriter.(http.Flusher); ok && !rw.swallow {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController the writer underneath.
func (rw *respondWriter) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// writeNotFound sends the 404 page (its headers only for HEAD).
func writeNotFound(w http.ResponseWriter, head bool, page []byte) {
	h := w.Header()
	for _, k := range []string{"ETag", "Last-Modified", "Content-Encoding", "Content-Length"} {
		h.Del(k)
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(page)))
	w.WriteHeader(http.StatusNotFound)
	if !head {
		w.Write(page)
	}
}

// statusProbe records only the status a handler answers with.
type statusProbe struct {
	header http.Header
	code   int
}

func (p *statusProbe) Header() http.Header { return p.header }
func (p *statusProbe) WriteHeader(code int) {
	if p.code == 0 {
		p.code = code
	}
}
func (p *statusProbe) Write(b []byte) (int, error) {
	p.WriteHeader(http.StatusOK)
	return len(b), nil
}

// exists reports whether next serves r's path, for a request that carries
// If-None-Match: go-app answers 304 to its ETag before looking at the path,
// so /nowhere would be "not modified" rather than not found. A /web/ path
// is looked up in the folder; any other path is asked of next without the
// condition (its body discarded: pages are small).
func exists(next http.Handler, files webDir, r *http.Request) bool {
	if name, ok := strings.CutPrefix(r.URL.Path, "/web/"); ok {
		return files.root != nil && files.isFile(name)
	}
	probe := r.Clone(r.Context())
	probe.Header.Del("If-None-Match")
	probe.Header.Del("Accept-Encoding")
	p := &statusProbe{header: http.Header{}}
	next.ServeHTTP(p, probe)
	return p.code != http.StatusNotFound
}

// allowed are the methods the site answers; anything else is 405.
const allowed = "GET, HEAD"

// methodNotAllowed answers a method other than GET or HEAD: the site only
// serves files and pages, and a POST of /web/app.wasm must not cost 11 MB.
func methodNotAllowed(w http.ResponseWriter) {
	w.Header().Set("Allow", allowed)
	w.Header().Set("Cache-Control", "no-cache")
	http.Error(w, "405 method not allowed (this site answers "+allowed+")", http.StatusMethodNotAllowed)
}
