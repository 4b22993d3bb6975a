//go:build !wasm

package server

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HeadersFile is the header file the static build writes at the site's
// root, in the "_headers" format Netlify and Cloudflare Pages read; for
// other hosts it documents what to configure.
const HeadersFile = "_headers"

// Static writes a complete static site for o into out: every page in
// pages prerendered (go-app's GenerateStaticWebsite), go-app's scripts,
// manifest and service worker, the whole web folder (app.wasm with its
// .br and .gz siblings, styles, icons, illustrations) and HeadersFile.
// Routes must be registered first (ui.Register).
func Static(o Options, out string, pages []string) error {
	o = o.withDefaults()
	h, err := AppHandler(o)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h, pages...); err != nil {
		return fmt.Errorf("server: static pages: %w", err)
	}
	if err := fixPrerenderedFiles(out); err != nil {
		return fmt.Errorf("server: static pages: %w", err)
	}
	if err := patchAppJSFile(out); err != nil {
		return fmt.Errorf("server: app.js: %w", err)
	}
	if err := copyTree(o.WebDir, filepath.Join(out, "web")); err != nil {
		return fmt.Errorf("server: copying %s: %w", o.WebDir, err)
	}
	return os.WriteFile(filepath.Join(out, HeadersFile), []byte(headersFile(o)), 0o644)
}

// headersFile renders Headers(o) for every path, plus the types and
// encodings a static host must get right for the wasm.
func headersFile(o Options) string {
	var b strings.Builder
	b.WriteString(`# Kneadform: the HTTP headers to set on this static site.
# Netlify and Cloudflare Pages read this file as it is. On another host set
# the same headers (see docs/embedding.md, "Static hosting"):
#   - every response: the security headers below;
#   - /web/app.wasm: Content-Type application/wasm; serve app.wasm.br
#     (Content-Encoding: br) or app.wasm.gz (Content-Encoding: gzip) to
#     browsers that accept them, with Vary: Accept-Encoding;
#   - every response: Cache-Control: no-cache (the service worker caches
#     for offline use and updates when the build changes).
/*
`)
	hs := Headers(o)
	names := make([]string, 0, len(hs))
	for k := range hs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&b, "  %s: %s\n", k, hs.Get(k))
	}
	fmt.Fprintf(&b, "  Strict-Transport-Security: %s\n", HSTS)
	b.WriteString("  Cache-Control: no-cache\n/web/app.wasm\n  Content-Type: application/wasm\n")
	return b.String()
}

// copyTree copies the regular files under src to dst, skipping dot files
// (half-written temporaries).
func copyTree(src, dst string) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(info.Name(), ".") && path != src {
			if info.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !info.Mode().IsRegular() {
			return nil
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
