//go:build !wasm

package server

import (
	_ "embed"
	"net/http"
	"strings"
)

// WorkerJS is the service worker template given to go-app
// (Handler.ServiceWorkerTemplate); app-worker.js says how it differs from
// go-app's own.
//
//go:embed app-worker.js
var WorkerJS string

// CSP returns the Content-Security-Policy. Everything comes from the app's
// own origin: the only relaxation is 'wasm-unsafe-eval', which compiling
// the Go WebAssembly needs. go-app itself needs no inline script or style
// as long as components use classes, not Style(): a style attribute set
// from Go would be blocked (see docs/architecture.md).
// frameAncestors lists who may frame the app; empty means only itself.
func CSP(frameAncestors []string) string {
	fa := "'self'"
	if len(frameAncestors) > 0 {
		fa += " " + strings.Join(frameAncestors, " ")
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'",
		"frame-ancestors " + fa,
	}, "; ")
}

// permissionsPolicy turns off the powerful features the intake never uses
// and keeps the two it may: keeping the screen awake and fullscreen, for
// the app's own origin only. Only names Chromium recognises are listed, so
// the header causes no console warning.
const permissionsPolicy = "accelerometer=(), camera=(), display-capture=(), " +
	"fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), " +
	"microphone=(), midi=(), payment=(), screen-wake-lock=(self), usb=()"

// Headers returns the security headers set on every response. The static
// build writes the same set into a header file for static hosts.
func Headers(o Options) http.Header {
	return http.Header{
		"Content-Security-Policy": {CSP(o.FrameAncestors)},
		"X-Content-Type-Options":  {"nosniff"},
		"Referrer-Policy":         {"no-referrer"},
		"Permissions-Policy":      {permissionsPolicy},
	}
}
