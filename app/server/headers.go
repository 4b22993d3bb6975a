//go:build !wasm

package server

import (
	_ "embed"
	"net/http"
	"strings"

	"kneadform/app/origin"
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
// An entry that is not a strict origin (origin.Parse) is left out, so
// nothing can add a directive or a source ("https://a.example;sandbox",
// "'unsafe-inline'"), whatever the caller passes; clinic.Config.Validate
// reports such entries to the admin.
func CSP(frameAncestors []string) string {
	fa := "'self'"
	for _, a := range frameAncestors {
		if o, err := origin.Parse(a); err == nil && o.Secure() {
			fa += " " + o.String()
		}
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

// HSTS is the Strict-Transport-Security value: browsers that reached the
// site over HTTPS keep to HTTPS for two years. Not includeSubDomains or
// preload: those bind the clinic's other sites, the admin's choice (see
// docs/embedding.md). `serve` sends it only on requests that came over
// HTTPS (browsers ignore it over HTTP); the static build's header file
// always has it, static hosts being HTTPS.
const HSTS = "max-age=63072000"

// Headers returns the security headers set on every response. The static
// build writes the same set into a header file for static hosts.
//
// Cross-Origin-Opener-Policy isolates the app's window from any page that
// opened it (COOP does not apply to frames, so it never breaks the
// embed). X-Frame-Options SAMEORIGIN backs up frame-ancestors for old
// browsers, but only when no clinic page may frame the app: it cannot
// name another origin, and an old browser would obey it over the CSP.
func Headers(o Options) http.Header {
	h := http.Header{
		"Content-Security-Policy":    {CSP(o.FrameAncestors)},
		"X-Content-Type-Options":     {"nosniff"},
		"Referrer-Policy":            {"no-referrer"},
		"Permissions-Policy":         {permissionsPolicy},
		"Cross-Origin-Opener-Policy": {"same-origin"},
	}
	if len(o.FrameAncestors) == 0 {
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	return h
}
