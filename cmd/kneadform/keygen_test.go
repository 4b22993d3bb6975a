//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kneadform/app/clinic"
	"kneadform/app/handoff"
)

func TestKeygen(t *testing.T) {
	key := filepath.Join(t.TempDir(), "clinic.key")
	var out, errb bytes.Buffer
	if code := dispatch([]string{"keygen", "-o", key}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, &errb)
	}
	fi, err := os.Stat(key)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	m := regexp.MustCompile(`"recipient": "(age1[a-z0-9]+)"`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no recipient line in:\n%s", &out)
	}
	// The printed recipient is valid clinic configuration and matches the key.
	if ps := (clinic.Config{Name: "X", Recipient: m[1]}).Validate(); len(ps) > 0 {
		t.Errorf("printed recipient fails clinic validation: %v", ps)
	}
	b, _ := os.ReadFile(key)
	if !strings.Contains(string(b), "# public key: "+m[1]) {
		t.Errorf("key file does not name its public key:\n%s", b)
	}
	ids, err := handoff.ParseIdentities(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	ct, err := handoff.Seal(handoff.Payload{}, m[1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := handoff.Open(ct, ids...); err != nil {
		t.Errorf("the key does not open what its recipient sealed: %v", err)
	}

	// A second keygen to the same file refuses, and leaves it alone; -f replaces it.
	out.Reset()
	errb.Reset()
	if code := dispatch([]string{"keygen", "-o", key}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "already exists") {
		t.Errorf("overwrite without -f: exit %d, stderr %q", code, &errb)
	}
	if after, _ := os.ReadFile(key); !bytes.Equal(after, b) {
		t.Error("the existing key was changed")
	}
	os.Chmod(key, 0o644)
	if code := dispatch([]string{"keygen", "-f", "-o", key}, nil, &out, &errb); code != 0 {
		t.Fatalf("-f: exit %d: %s", code, &errb)
	}
	if after, _ := os.ReadFile(key); bytes.Equal(after, b) {
		t.Error("-f did not replace the key")
	}
	if fi, _ := os.Stat(key); fi.Mode().Perm() != 0o600 {
		t.Errorf("after -f the mode is %v, want 0600", fi.Mode().Perm())
	}
	if code := dispatch([]string{"keygen", "extra"}, nil, &out, &errb); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
}
