//go:build !wasm

package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	dir := webFixture(t)
	v1, err := Version(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(v1) != 12 {
		t.Errorf("Version = %q, want 12 hex digits", v1)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name, file, body string
		changes          bool
	}{
		{"same content again", "app.wasm", "\x00asm raw wasm bytes", false},
		{"new .br sibling", "app.wasm.br", "other", false},
		{"new wasm", "app.wasm", "\x00asm new wasm", true},
		{"new css", "app.css", "body {}", true},
		{"new icon", "icon.svg", "<svg></svg>", true},
	}
	prev := v1
	for _, s := range steps {
		write(s.file, s.body)
		v, err := Version(dir)
		if err != nil {
			t.Fatal(err)
		}
		if (v != prev) != s.changes {
			t.Errorf("%s: version %s -> %s, want changed=%v", s.name, prev, v, s.changes)
		}
		prev = v
	}
}

func TestWebAssets(t *testing.T) {
	dir := webFixture(t)
	for name, body := range map[string]string{
		"screens.css":              "h1 {}",
		"robots.txt":               "User-agent: *",
		".DS_Store":                "x",
		"exercises/cat-cow.svg":    "<svg/>",
		"exercises/cat-cow.svg.gz": "x",
		"exercises/extra.css":      "p {}",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	styles, cacheable, err := webAssets(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(styles, " "), "/web/app.css /web/screens.css"; got != want {
		t.Errorf("styles = %s, want %s", got, want)
	}
	want := "/web/exercises/cat-cow.svg /web/exercises/extra.css /web/icon-192.png /web/icon-512.png /web/icon-maskable-512.png /web/icon.svg"
	if got := strings.Join(cacheable, " "); got != want {
		t.Errorf("cacheable = %s\nwant        %s", got, want)
	}
}
