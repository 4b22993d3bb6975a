package kit

import "kneadform/app/i18n"

// catalog is the language the app speaks now: English until the shell
// chooses the client's language once at start (UseLanguage). It is the one
// piece of app-wide state in kit besides the crash screen (safe.go): every
// widget reads it through T and Has, nothing else writes it.
var catalog = i18n.Get(i18n.Fallback)

// T returns the message for key in the current language (see i18n.Catalog.T).
// It is not inlined: at its ~650 call sites the inlining tables cost ~28 KB
// of raw wasm for no gain (docs/architecture.md).
//
//go:noinline
func T(key string, args ...any) string { return catalog.T(key, args...) }

// Has reports whether the current catalog has key.
func Has(key string) bool { return catalog.Has(key) }

// Catalog is the current catalog, for domain code that writes text itself
// (summary.Sections).
func Catalog() *i18n.Catalog { return catalog }

// UseLanguage switches every screen to lang's catalog.
func UseLanguage(lang string) { catalog = i18n.Get(lang) }

// Lang is the language the app speaks now ("en", "th", "es").
func Lang() string { return catalog.Lang }
