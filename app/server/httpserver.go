//go:build !wasm

package server

import (
	"net/http"
	"time"
)

// Timeouts bound how long one connection may hold the server. Without
// them an idle, slow-sending or slow-reading client keeps a connection (and
// its goroutine and buffers) open forever.
type Timeouts struct {
	// ReadHeader: from accepting a connection (or the end of the previous
	// response) to the end of the request headers.
	ReadHeader time.Duration
	// Read: the whole request. The site takes no request bodies, so this
	// only bounds a client that trickles a body nobody reads.
	Read time.Duration
	// Write: from the end of the request headers to the end of the
	// response. It must fit the largest download on the slowest phone we
	// serve: see DefaultTimeouts.
	Write time.Duration
	// Idle: how long a kept-alive connection may wait for its next request.
	Idle time.Duration
}

// DefaultTimeouts are sized for the largest file, web/app.wasm, on a slow
// phone. Measured on the build of 2 December 2026: app.wasm is 11.4 MB
// raw, 2.87 MB as gzip (what browsers get over plain HTTP, where they do
// not offer brotli) and 2.05 MB as brotli. Chrome's "Slow 3G" profile
// downloads at 400 kbit/s, 50 KB/s: brotli takes 41 s, gzip 57 s, and the
// raw file, for a client that accepts no compression at all, 228 s. Write
// is 5 minutes: even the raw file arrives at 38 KB/s (304 kbit/s), and a
// client that reads slower than that, or not at all, is cut off after 5
// minutes instead of never. The other limits only wait for a phone's
// request, a few hundred bytes: 10 s for the headers (a 2 s round trip on
// a bad network leaves room), 30 s in all, and 2 minutes of keep-alive
// between requests (the service worker's precache fetches come in bursts).
var DefaultTimeouts = Timeouts{
	ReadHeader: 10 * time.Second,
	Read:       30 * time.Second,
	Write:      5 * time.Minute,
	Idle:       2 * time.Minute,
}

// MaxHeaderBytes bounds a request's headers: a phone sends well under 2 KB
// (no cookies here), so 16 KB is generous; Go's default is 1 MB.
const MaxHeaderBytes = 16 << 10

// NewHTTPServer returns the http.Server for h with the timeouts t and
// MaxHeaderBytes. `kneadform serve` uses DefaultTimeouts; tests use short
// ones.
func NewHTTPServer(h http.Handler, t Timeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    MaxHeaderBytes,
	}
}
