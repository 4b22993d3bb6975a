//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckConfig(t *testing.T) {
	var out, errb bytes.Buffer
	if code := dispatch([]string{"check-config", "../../docs/clinic.example.json"}, nil, &out, &errb); code != 0 {
		t.Fatalf("example config: exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `valid configuration for "Lotus Back Clinic"`) {
		t.Errorf("stdout = %q", out.String())
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"name":"","allowedOrigins":["*"]}`), 0o644)
	out.Reset()
	errb.Reset()
	if code := dispatch([]string{"check-config", bad}, nil, &out, &errb); code != 1 {
		t.Fatalf("bad config: exit %d", code)
	}
	for _, want := range []string{"2 problem(s)", bad + `: name: got ""`, bad + `: allowedOrigins[0]: got "*"`} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
	if code := dispatch([]string{"check-config"}, nil, &out, &errb); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	if code := dispatch([]string{"check-config", "/no/such/file.json"}, nil, &out, &errb); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}
