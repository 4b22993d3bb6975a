//go:build !wasm

package server

import (
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// minGzipSize is the smallest body worth compressing: below it the gzip
// framing outweighs the saving.
const minGzipSize = 512

// compressible reports whether a Content-Type is text worth gzipping.
// Images other than SVG are already compressed.
func compressible(contentType string) bool {
	ct, _, _ := strings.Cut(contentType, ";")
	ct = strings.TrimSpace(strings.ToLower(ct))
	switch ct {
	case "application/javascript", "application/json", "application/manifest+json",
		"application/wasm", "image/svg+xml", "text/javascript":
		return true
	}
	return strings.HasPrefix(ct, "text/")
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return w
}}

// gzipWriter compresses the response when, at WriteHeader time, it turns
// out to be a 200 with a compressible type and no encoding of its own.
// ETags get a "-gzip" suffix, since the gzipped body is a different
// representation; newGzipWriter strips that suffix from If-None-Match so
// go-app still recognises its own ETag and answers 304.
type gzipWriter struct {
	http.ResponseWriter
	gz         *gzip.Writer
	decided    bool
	strippedIM bool // If-None-Match had the suffix removed
}

const etagSuffix = "-gzip"

func newGzipWriter(w http.ResponseWriter, r *http.Request) *gzipWriter {
	gw := &gzipWriter{ResponseWriter: w}
	if inm := r.Header.Get("If-None-Match"); strings.Contains(inm, etagSuffix+`"`) {
		r.Header.Set("If-None-Match", strings.ReplaceAll(inm, etagSuffix+`"`, `"`))
		gw.strippedIM = true
	}
	return gw
}

func (g *gzipWriter) WriteHeader(code int) {
	if !g.decided {
		g.decide(code)
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(b))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.gz != nil {
		return g.gz.Write(b)
	}
	return g.ResponseWriter.Write(b)
}

// decide chooses, once the status and headers are known, whether to gzip.
func (g *gzipWriter) decide(code int) {
	g.decided = true
	h := g.Header()
	h.Add("Vary", "Accept-Encoding")
	if code == http.StatusNotModified && g.strippedIM {
		suffixETag(h)
		return
	}
	if code != http.StatusOK || h.Get("Content-Encoding") != "" || !compressible(h.Get("Content-Type")) {
		return
	}
	if n, err := strconv.Atoi(h.Get("Content-Length")); err == nil && n < minGzipSize {
		return
	}
	h.Del("Content-Length")
	h.Set("Content-Encoding", "gzip")
	suffixETag(h)
	g.gz = gzipWriters.Get().(*gzip.Writer)
	g.gz.Reset(g.ResponseWriter)
}

// suffixETag turns ETag "v" (or W/"v") into "v-gzip".
func suffixETag(h http.Header) {
	if etag := h.Get("ETag"); strings.HasSuffix(etag, `"`) {
		h.Set("ETag", strings.TrimSuffix(etag, `"`)+etagSuffix+`"`)
	}
}

// Close flushes the compressed stream and returns the writer to the pool.
func (g *gzipWriter) Close() error {
	if g.gz == nil {
		return nil
	}
	err := g.gz.Close()
	gzipWriters.Put(g.gz)
	g.gz = nil
	return err
}

// Flush sends what has been written so far, compressed or not.
func (g *gzipWriter) Flush() {
	if g.gz != nil {
		g.gz.Flush()
	}
	if f, ok := g.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
