//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func TestCompress(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	raw := bytes.Repeat([]byte("kneadform wasm bytes "), 50000) // ~1 MB
	if err := os.WriteFile(name, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := dispatch([]string{"compress", "-q", "5", name}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	line := regexp.MustCompile(`^.*app\.wasm: raw 1\.05 MB, gzip \d+\.\d\d MB, brotli \d+\.\d\d MB\n$`)
	if !line.MatchString(out.String()) {
		t.Errorf("output %q does not match %s", out.String(), line)
	}
	for suffix, open := range map[string]func(io.Reader) (io.Reader, error){
		".gz": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		".br": func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
	} {
		f, err := os.Open(name + suffix)
		if err != nil {
			t.Fatal(err)
		}
		r, err := open(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		f.Close()
		if err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s does not decompress to the original (err %v)", suffix, err)
		}
	}

	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("compress left %d files in the folder, want 3 (FILE, .gz, .br)", len(entries))
	}

	// Up to date, even if touched: nothing is rewritten, the sizes are
	// printed again.
	now := time.Now().Add(time.Hour)
	os.Chtimes(name, now, now)
	before, _ := os.Stat(name + ".br")
	out.Reset()
	if code := dispatch([]string{"compress", name}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	after, _ := os.Stat(name + ".br")
	if !after.ModTime().Equal(before.ModTime()) || !strings.Contains(out.String(), "brotli") {
		t.Errorf("an up-to-date file was recompressed or not reported: %q", out.String())
	}

	// Changed content: compressed again.
	raw = append(raw, "more"...)
	if err := os.WriteFile(name, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if code := dispatch([]string{"compress", "-q", "5", name}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !holds(name+".br", raw, unbrotliReader) || !holds(name+".gz", raw, gunzipReader) {
		t.Error("changed file was not compressed again")
	}
}

func TestCompressErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"compress"}, 2, "usage"},
		{[]string{"compress", filepath.Join(t.TempDir(), "missing.wasm")}, 1, "missing.wasm"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := dispatch(tt.args, nil, &out, &errb); code != tt.code || !strings.Contains(errb.String(), tt.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tt.args, code, errb.String(), tt.code, tt.msg)
		}
	}
}
