//go:build !wasm

package server

import (
	"mime"
	"net/http"
	"path"
	"strings"
)

// Wrap adds what go-app's handler leaves to us:
//   - the security headers of Headers on every response, and
//     Strict-Transport-Security on requests that came over HTTPS (directly
//     or, per X-Forwarded-Proto, through the admin's TLS proxy);
//   - only GET and HEAD: any other method is 405 with Allow;
//   - our own 404 page (notFoundPage) for anything that does not exist,
//     never a 304, whatever If-None-Match says;
//   - "; charset=utf-8" on text responses that lack it;
//   - for a GET of /web/NAME that has a precompressed sibling NAME.br or
//     NAME.gz the client accepts, that sibling, with Content-Encoding,
//     the Content-Type of NAME (application/wasm for app.wasm) and an
//     encoding-specific ETag;
//   - gzip on the fly for other text responses (pages, scripts, CSS,
//     JSON, SVG, the manifest) when the client accepts it;
//   - go-app's app.js with the wasm fetch that lets Chromium cache the
//     compiled module (PatchAppJS).
//
// Files under /web/ are opened through an os.Root: no symbolic link leads
// out of the web folder.
//
// Caching: go-app marks every response "no-cache" with the build version
// as ETag, and Wrap keeps that for all of them. Asset URLs carry no
// version, so a long max-age would let a new service worker precache a
// stale app.wasm from the HTTP cache; revalidating costs one 304, and
// offline use is the service worker's job, not the HTTP cache's.
//
// version is go-app's Handler.Version; it makes the ETags of precompressed
// files.
func Wrap(next http.Handler, version string, o Options) http.Handler {
	o = o.withDefaults()
	security := Headers(o)
	files, _ := newWebDir(o.WebDir) // a missing folder serves nothing under /web/
	page := notFoundPage(o.Lang)
	next = fixPrerendered(patchAppJS(next))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range security {
			w.Header()[k] = v
		}
		if overHTTPS(r) {
			w.Header().Set("Strict-Transport-Security", HSTS)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed(w)
			return
		}
		head := r.Method == http.MethodHead
		if r.Header.Get("If-None-Match") != "" && !exists(next, files, r) {
			writeNotFound(w, head, page)
			return
		}
		if files.root != nil && servePrecompressed(w, r, files, version) {
			return
		}
		if !accepts(r.Header.Get("Accept-Encoding"), "gzip") || head {
			w.Header().Add("Vary", "Accept-Encoding")
			next.ServeHTTP(&respondWriter{ResponseWriter: w, head: head, notFound: page}, r)
			return
		}
		gw := newGzipWriter(w, r)
		defer gw.Close()
		next.ServeHTTP(&respondWriter{ResponseWriter: gw, notFound: page}, r)
	})
}

// overHTTPS reports whether r reached us over TLS, or says it did through
// a proxy. A forged X-Forwarded-Proto only earns its sender an HSTS header
// over plain HTTP, which browsers ignore.
func overHTTPS(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// encodings are the precompressed siblings looked for, best first, with
// their file suffix.
var encodings = []struct{ name, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// servePrecompressed serves the accepted precompressed sibling of a /web/
// file and reports whether it did. The response carries the same
// no-cache policy and version ETag as go-app's, suffixed with the
// encoding, since each encoding is a different representation.
func servePrecompressed(w http.ResponseWriter, r *http.Request, files webDir, version string) bool {
	name, ok := strings.CutPrefix(path.Clean(r.URL.Path), "/web/")
	if !ok || precompressed(name) {
		return false
	}
	ae := r.Header.Get("Accept-Encoding")
	for _, enc := range encodings {
		if !accepts(ae, enc.name) {
			continue
		}
		f, err := files.root.Open(name + enc.suffix)
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		h := w.Header()
		h.Add("Vary", "Accept-Encoding")
		h.Set("Content-Encoding", enc.name)
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", `"`+version+"-"+enc.name+`"`)
		ct := mime.TypeByExtension(path.Ext(name))
		if ct == "" {
			ct = "application/octet-stream"
		}
		h.Set("Content-Type", ct)
		http.ServeContent(w, r, name, st.ModTime(), f)
		return true
	}
	return false
}

// accepts reports whether an Accept-Encoding header value accepts coding
// (explicitly, or through "*"), honouring q=0 as a refusal.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != coding && name != "*" {
			continue
		}
		refused := false
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.TrimSpace(k) == "q" {
				v = strings.TrimSpace(v)
				refused = strings.Trim(v, "0.") == "" && v != ""
			}
		}
		if name == coding {
			return !refused
		}
		star = !refused
	}
	return star
}
