//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kneadform/app/clinic"
)

// TestDemo (issue 17): make run's demo clinic is valid configuration whose
// recipient is the key beside it, and a second run keeps the key.
func TestDemo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), ".demo")
	run := func() clinic.Config {
		t.Helper()
		var out, errb bytes.Buffer
		if code := dispatch([]string{"demo", "-dir", dir}, nil, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, &errb)
		}
		if !strings.Contains(out.String(), filepath.Join(dir, "clinic.json")) {
			t.Errorf("output does not name the configuration: %q", &out)
		}
		f, err := os.Open(filepath.Join(dir, "clinic.json"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		c, err := clinic.Parse(f)
		if err != nil {
			t.Fatalf("demo configuration does not parse: %v", err)
		}
		return c
	}
	first := run()
	key, _ := os.ReadFile(filepath.Join(dir, "clinic.key"))
	if !strings.Contains(string(key), "# public key: "+first.Recipient) {
		t.Errorf("the configuration's recipient %q is not the key's:\n%s", first.Recipient, key)
	}
	if !strings.Contains(first.Name, "demo") {
		t.Errorf("the demo clinic is not labelled as a demo: %q", first.Name)
	}
	if fi, _ := os.Stat(filepath.Join(dir, "clinic.key")); fi.Mode().Perm() != 0o600 {
		t.Errorf("key mode %v, want 0600", fi.Mode().Perm())
	}
	if second := run(); second.Recipient != first.Recipient {
		t.Errorf("a second run replaced the key: %q then %q", first.Recipient, second.Recipient)
	}
	os.WriteFile(filepath.Join(dir, "clinic.key"), []byte("not a key\n"), 0o600)
	var out, errb bytes.Buffer
	if code := dispatch([]string{"demo", "-dir", dir}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "delete the folder") {
		t.Errorf("a broken demo key: exit %d, %q", code, &errb)
	}
}
