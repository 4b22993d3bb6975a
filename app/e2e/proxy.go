//go:build !wasm

package e2e

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
)

// proxy is the HTTP proxy of one test's browser context. Every request
// the context makes over the network goes through it, whoever makes it
// (page, service worker, the browser itself), so it sees what CDP network
// events of the page cannot: the service worker's own fetches. It forwards
// only to the test's own servers (the app's, and any other a test names)
// and refuses any other host, so a test never
// reaches the internet; and it answers nothing while offline, which makes
// SetOffline cover the service worker too.
type proxy struct {
	srv     *httptest.Server
	hosts   map[string]bool // host:port of the servers a test may reach
	offline atomic.Bool

	mu   sync.Mutex
	urls []string // every request seen, in order (CONNECT as https://host)
	// held: requests for these paths wait until the channel closes or
	// the browser gives up on them (holdPath).
	held map[string]chan struct{}
}

// holdPath makes requests for path wait until the returned release is
// called (safe to call more than once); a test holds /web/app.wasm to see
// the page before the wasm app mounts, whatever the machine's speed.
func (p *proxy) holdPath(path string) (release func()) {
	ch := make(chan struct{})
	p.mu.Lock()
	if p.held == nil {
		p.held = map[string]chan struct{}{}
	}
	p.held[path] = ch
	p.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			p.mu.Lock()
			delete(p.held, path)
			p.mu.Unlock()
			close(ch)
		})
	}
}

// blankPath is a page of every origin the proxy serves, answered by the
// proxy itself: an empty HTML page without the app (OpenBlank). Its icon
// is a data: URL, so the browser asks for no /favicon.ico.
const (
	blankPath = "/__e2e/blank"
	blankPage = `<!doctype html><html lang="en"><title>e2e</title><link rel="icon" href="data:,">`
)

func newProxy(origins ...*url.URL) *proxy {
	p := &proxy{hosts: map[string]bool{}}
	for _, o := range origins {
		p.hosts[o.Host] = true
	}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

// addr is the proxy's host:port, for the browser context's proxyServer.
func (p *proxy) addr() string { return strings.TrimPrefix(p.srv.URL, "http://") }

func (p *proxy) close() { p.srv.Close() }

// seen returns a copy of the URLs requested so far.
func (p *proxy) seen() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.urls...)
}

func (p *proxy) record(u string) {
	p.mu.Lock()
	p.urls = append(p.urls, u)
	p.mu.Unlock()
}

func (p *proxy) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodConnect {
		p.record("https://" + r.Host)
		http.Error(w, "e2e proxy: no TLS tunnels", http.StatusForbidden)
		return
	}
	p.record(r.URL.String())
	if r.URL.Path == blankPath && p.hosts[r.Host] {
		// OpenBlank's page: of the origin, without the app.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, blankPage)
		return
	}
	if p.offline.Load() {
		// Drop the connection: the browser sees a network error, as
		// with no network at all.
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				c.Close()
				return
			}
		}
		http.Error(w, "offline", http.StatusBadGateway)
		return
	}
	if r.URL.Scheme != "http" || !p.hosts[r.URL.Host] {
		http.Error(w, "e2e proxy: only the test's own servers are reachable", http.StatusForbidden)
		return
	}
	p.mu.Lock()
	hold := p.held[r.URL.Path]
	p.mu.Unlock()
	if hold != nil {
		select {
		case <-hold:
		case <-r.Context().Done():
			return
		}
	}
	out := r.Clone(r.Context())
	out.RequestURI = ""
	removeHopHeaders(out.Header)
	res, err := http.DefaultTransport.RoundTrip(out)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	removeHopHeaders(res.Header)
	for k, v := range res.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(res.StatusCode)
	io.Copy(w, res.Body)
}

// removeHopHeaders drops the headers that belong to one connection.
func removeHopHeaders(h http.Header) {
	for _, k := range []string{"Connection", "Proxy-Connection", "Keep-Alive",
		"Proxy-Authenticate", "Proxy-Authorization", "Te", "Trailer",
		"Transfer-Encoding", "Upgrade"} {
		h.Del(k)
	}
}
