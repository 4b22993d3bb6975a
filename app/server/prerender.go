//go:build !wasm

package server

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// falseBoolean matches a boolean attribute go-app's prerendering wrote
// with the value "false" (checked="false", selected="false"). HTML reads a
// boolean attribute as true whenever it is present, so before the wasm
// mounted (the page is readable from first paint, issue 12) every radio
// group of an intake page showed its last answer as chosen and the
// language picker its last language.
var falseBoolean = regexp.MustCompile(` (allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|formnovalidate|hidden|inert|ismap|itemscope|loop|multiple|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected)="false"`)

// FixPrerendered drops the boolean attributes that are false from a
// prerendered page, as the browser's DOM has them after the wasm mounts.
func FixPrerendered(page []byte) []byte {
	return falseBoolean.ReplaceAll(page, nil)
}

// fixPrerendered serves go-app's HTML pages with FixPrerendered applied.
func fixPrerendered(next http.Handler) http.Handler {
	return rewrite(next, func(r *http.Request) bool { return !strings.HasPrefix(r.URL.Path, "/web/") },
		func(_ int, h http.Header, body []byte) []byte {
			if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
				return FixPrerendered(body)
			}
			return body
		})
}

// fixPrerenderedFiles applies FixPrerendered to a static build's pages.
func fixPrerenderedFiles(dir string) error {
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, FixPrerendered(b), 0o644)
	})
}
