//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// webDir serves the folder it names under /web/ and keeps /web/ URLs as
// they are. go-app's LocalDir(dir) would also serve dir, but it rewrites
// the page's /web/ URLs to dir/web/..., which breaks for any folder other
// than ./web; LocalDir("") serves the working directory instead.
//
// Files are opened through an os.Root: a symbolic link inside the folder
// may point elsewhere inside it, but never out of it (a link to / would
// otherwise serve /etc/passwd as /web/link/etc/passwd).
type webDir struct {
	dir  string
	root *os.Root
}

// newWebDir opens dir for serving; it stays open while the server runs.
func newWebDir(dir string) (webDir, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return webDir{}, fmt.Errorf("server: web folder: %w", err)
	}
	return webDir{dir: dir, root: root}, nil
}

// Resolve implements app.ResourceResolver: web paths become root-relative
// /web/ URLs; everything else is left alone.
func (d webDir) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		return "/"
	case strings.HasPrefix(location, "http://"), strings.HasPrefix(location, "https://"):
		return location
	case location == "web", location == "/web",
		strings.HasPrefix(location, "web/"), strings.HasPrefix(location, "/web/"):
		return "/" + strings.Trim(location, "/")
	default:
		return location
	}
}

// ServeHTTP serves /web/NAME from the folder, without directory listings.
func (d webDir) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.StripPrefix("/web", http.FileServer(noDirs{http.FS(d.root.FS())})).ServeHTTP(w, r)
}

// isFile reports whether /web/NAME (name without the prefix) is a regular
// file of the folder, reached without leaving it.
func (d webDir) isFile(name string) bool {
	name = strings.TrimPrefix(path.Clean("/"+name), "/")
	if name == "" {
		return false
	}
	st, err := d.root.Stat(name)
	return err == nil && st.Mode().IsRegular()
}

// noDirs hides directories from http.FileServer so /web/ lists nothing,
// and turns every failure to open (a link out of the folder included)
// into "not found", which the file server answers 404, not 500.
type noDirs struct{ fs http.FileSystem }

func (n noDirs) Open(name string) (http.File, error) {
	f, err := n.fs.Open(name)
	if err != nil {
		return nil, os.ErrNotExist
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, os.ErrNotExist
	}
	return f, nil
}

// precompressed reports whether name is a derived .br or .gz sibling,
// which adds nothing to the version of its source.
func precompressed(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// webAssets lists what the page links and what the service worker
// precaches, from the files in the web folder:
//   - styles: every *.css at its top level, app.css (the base) first, then
//     the others by name (screens.css, ...), so a new stylesheet needs no
//     code change;
//   - cacheable: every other file (illustrations, the SVG icon, ...), so
//     the app is complete offline. app.wasm and the PNG icons are already
//     precached by go-app; .br/.gz siblings, robots.txt and dot files are
//     never needed offline.
func webAssets(dir string) (styles, cacheable []string, err error) {
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") && path != dir {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() || precompressed(path) {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		url := "/web/" + filepath.ToSlash(rel)
		switch {
		case rel == "app.css":
			styles = append([]string{url}, styles...)
		case filepath.Ext(rel) == ".css" && !strings.Contains(filepath.ToSlash(rel), "/"):
			styles = append(styles, url)
		case rel == "app.wasm", rel == "robots.txt":
		default:
			cacheable = append(cacheable, url)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("server: listing %s: %w", dir, err)
	}
	return styles, cacheable, nil
}

// Version returns a short hash of everything served under /web/ (app.wasm,
// app.css, icons, ...; not the .br/.gz siblings) and of the service worker
// template. go-app uses it as the ETag of every response and in the
// service worker's cache name, so a new wasm or stylesheet makes installed
// apps update, and an unchanged build keeps its cache across restarts.
func Version(dir string) (string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.Type().IsRegular() && !precompressed(path) && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, path)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("server: version of %s: %w", dir, err)
	}
	sort.Strings(names)
	h := sha256.New()
	io.WriteString(h, WorkerJS)
	for _, name := range names {
		rel, _ := filepath.Rel(dir, name)
		fmt.Fprintf(h, "\x00%s\x00", filepath.ToSlash(rel))
		if err := hashFile(h, name); err != nil {
			return "", fmt.Errorf("server: version of %s: %w", dir, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}

func hashFile(w io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// versionWith folds extra build inputs (the clinic configuration) into a
// version string.
func versionWith(version string, extra []byte) string {
	h := sha256.New()
	io.WriteString(h, version)
	h.Write(extra)
	return hex.EncodeToString(h.Sum(nil))[:12]
}
