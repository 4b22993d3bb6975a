package ui

import "kneadform/app/i18n"

// catalog is the language the app speaks now. English first; the clinic
// configuration will choose among the catalogs that exist.
var catalog = i18n.Get(i18n.Fallback)

// t returns the message for key in the current language (see i18n.Catalog.T).
func t(key string, args ...any) string { return catalog.T(key, args...) }
