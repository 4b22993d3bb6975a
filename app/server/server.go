//go:build !wasm

// Package server serves Kneadform: the go-app handler configured for
// production (local icons, our stylesheet, a build-derived version, an
// offline-first service worker) wrapped in the HTTP concerns go-app leaves
// to us (precompressed and on-the-fly compression, security headers).
//
// Everything here is server-only and behind //go:build !wasm, so none of it
// is linked into web/app.wasm. The same *app.Handler is meant to feed the
// static build (app.GenerateStaticWebsite) later, and Headers is meant to be
// written out as a header file for static hosts.
package server

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"kneadform/app/clinic"
	"kneadform/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Colours shared by the manifest, the browser chrome and web/app.css.
const (
	// ThemeColor tints the browser and installed-app title bar. It is the
	// brand teal of web/app.css (--colour-brand).
	ThemeColor = "#00635a"
	// BackgroundColor fills the installed app's splash screen; it matches
	// the page background of web/app.css.
	BackgroundColor = "#ffffff"
)

// Options say what New serves. The zero value serves ./web in English.
type Options struct {
	// WebDir is the folder served under /web/: app.wasm (built by make),
	// its .br/.gz siblings, app.css and the icons. Default "web".
	WebDir string
	// Lang is the catalog language for the app's name, title and
	// description. Default i18n.Fallback.
	Lang string
	// FrameAncestors lists the origins allowed to embed the app in a
	// frame (CSP frame-ancestors). Default: the clinic's AllowedOrigins,
	// and always the app's own origin.
	FrameAncestors []string
	// Clinic is the clinic's validated configuration (clinic.Parse); the
	// zero value runs with Kneadform's defaults. It reaches the browser in
	// go-app's environment (EnvClinic), never through a request.
	Clinic clinic.Config
}

// EnvClinic is the go-app environment variable holding the clinic
// configuration as a URL-encoded form (clinic.EncodeEnv, cheaper for the
// browser to read than JSON); the wasm reads it with app.Getenv at start.
const EnvClinic = "KNEADFORM_CLINIC"

func (o Options) withDefaults() Options {
	if o.WebDir == "" {
		o.WebDir = "web"
	}
	if o.Lang == "" && len(o.Clinic.Languages) > 0 {
		o.Lang = o.Clinic.Languages[0]
	}
	if o.Lang == "" {
		o.Lang = i18n.Fallback
	}
	if len(o.FrameAncestors) == 0 {
		o.FrameAncestors = o.Clinic.AllowedOrigins
	}
	return o
}

// New returns the complete HTTP handler: AppHandler wrapped by Wrap. It
// fails when the web folder has no app.wasm (run make build first).
func New(o Options) (http.Handler, error) {
	o = o.withDefaults()
	h, err := AppHandler(o)
	if err != nil {
		return nil, err
	}
	return Wrap(h, h.Version, o), nil
}

// AppHandler returns the go-app handler configured for production. Routes
// must already be registered (ui.Register) before it serves a page.
func AppHandler(o Options) (*app.Handler, error) {
	o = o.withDefaults()
	wasm, err := os.Stat(filepath.Join(o.WebDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("server: no app.wasm in %s (run make build first): %w", o.WebDir, err)
	}
	version, err := Version(o.WebDir)
	if err != nil {
		return nil, err
	}
	styles, cacheable, err := webAssets(o.WebDir)
	if err != nil {
		return nil, err
	}
	files, err := newWebDir(o.WebDir)
	if err != nil {
		return nil, err
	}
	c := i18n.Get(o.Lang)
	env := map[string]string{}
	if o.Clinic.Name != "" {
		if ps := o.Clinic.Validate(); len(ps) > 0 {
			return nil, fmt.Errorf("server: clinic configuration:\n%w", ps)
		}
		env[EnvClinic] = clinic.EncodeEnv(o.Clinic)
		// app.js carries the configuration and is precached: a new
		// configuration must look like a new version, or installed apps
		// would keep the old one.
		version = versionWith(version, []byte(env[EnvClinic]))
	}
	return &app.Handler{
		Env:         env,
		Name:        c.T("app.name"),
		ShortName:   c.T("app.shortName"),
		Title:       c.T("app.title"),
		Description: c.T("app.description"),
		// The small loader bar of web/app.css: go-app fills in {progress}.
		LoadingLabel:    c.T("app.loading"),
		Lang:            o.Lang,
		ThemeColor:      ThemeColor,
		BackgroundColor: BackgroundColor,
		// go-app's defaults load icons from a third-party host: never.
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:             styles,
		CacheableResources: cacheable,
		Resources:          files,
		Version:            version,
		// The raw size, so the loader's progress is right when the
		// wasm is sent compressed (Content-Length is then the
		// compressed size).
		WasmContentLength:     strconv.FormatInt(wasm.Size(), 10),
		ServiceWorkerTemplate: WorkerJS,
		// No InternalURLs: tel: links (the emergency and clinic numbers)
		// never reach go-app's click handler (kit.PreventNativeLinks).
	}, nil
}
