//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kneadform/internal/wasmbin"
)

func TestMergeData(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	segs := []wasmbin.Segment{{Offset: 0, Data: []byte("go")}, {Offset: 40, Data: []byte("wasm")}, {Offset: 10000, Data: []byte("far")}}
	mod := wasmbin.Encode([]wasmbin.Section{{ID: wasmbin.SecData, Payload: wasmbin.EncodeData(segs)}})
	if err := os.WriteFile(name, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := dispatch([]string{"wasm-merge-data", "-gap", "64", name}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "3 data segments → 2") {
		t.Errorf("output %q", out.String())
	}
	got, _ := os.ReadFile(name)
	secs, err := wasmbin.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	merged, err := wasmbin.DataSegments(secs[0].Payload)
	if err != nil || len(merged) != 2 || string(merged[0].Data) != "go"+strings.Repeat("\x00", 38)+"wasm" {
		t.Errorf("merged segments %v (err %v)", merged, err)
	}

	// Again: nothing to merge, the file is untouched.
	out.Reset()
	if code := dispatch([]string{"wasm-merge-data", "-gap", "64", name}, nil, &out, &errb); code != 0 {
		t.Fatalf("second run: exit %d", code)
	}
	if again, _ := os.ReadFile(name); !bytes.Equal(again, got) {
		t.Error("a second run changed the file")
	}

	// Not a module: an error, the file kept as it was.
	junk := filepath.Join(dir, "junk.wasm")
	os.WriteFile(junk, []byte("not wasm"), 0o644)
	errb.Reset()
	if code := dispatch([]string{"wasm-merge-data", junk}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "not a WebAssembly") {
		t.Errorf("junk: exit %d, %q", code, errb.String())
	}
	if b, _ := os.ReadFile(junk); string(b) != "not wasm" {
		t.Error("junk file rewritten")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files left in the folder, want 2", len(entries))
	}
}
