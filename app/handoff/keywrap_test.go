package handoff

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"filippo.io/age"
	"filippo.io/age/armor"
)

const testPassphrase = "correct horse battery staple"

func keyFileFor(id *age.X25519Identity) string {
	return "# created: 2026-12-02\n# public key: " + id.Recipient().String() + "\n" + id.String() + "\n"
}

// TestWrapIdentity (issue 16, defect 6): the stored clinic key is
// useless without the passphrase, and opens hand-offs with it.
func TestWrapIdentity(t *testing.T) {
	id := newIdentity(t)
	wrapped, err := WrapIdentity(keyFileFor(id), testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(wrapped, "AGE-SECRET-KEY") || !IsWrappedIdentity(wrapped) {
		t.Fatalf("the wrapped key shows the secret or is not recognised:\n%s", wrapped)
	}
	if IsWrappedIdentity(keyFileFor(id)) {
		t.Error("a plain key file is taken for a wrapped one")
	}
	ids, err := UnwrapIdentity(wrapped, testPassphrase)
	if err != nil || len(ids) != 1 {
		t.Fatalf("UnwrapIdentity: %v, %d keys", err, len(ids))
	}
	ct, _ := Seal(typical(), id.Recipient().String())
	if _, err := Open(ct, ids...); err != nil {
		t.Errorf("the unwrapped key does not open a hand-off: %v", err)
	}
	if _, err := UnwrapIdentity(wrapped, testPassphrase+"!"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if _, err := UnwrapIdentity(wrapped, ""); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("empty passphrase: %v", err)
	}
}

func TestWrapIdentityRefuses(t *testing.T) {
	id := newIdentity(t)
	if _, err := WrapIdentity(keyFileFor(id), "short pass"); !errors.Is(err, ErrWeakPassphrase) {
		t.Errorf("short passphrase: %v", err)
	}
	if _, err := WrapIdentity("not a key", testPassphrase); !errors.Is(err, ErrBadIdentity) {
		t.Errorf("not a key: %v", err)
	}
}

func TestUnwrapIdentityRefuses(t *testing.T) {
	id := newIdentity(t)
	wrapped, err := WrapIdentity(keyFileFor(id), testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(wrapped, "\n")
	lines[2] = strings.Repeat("A", len(lines[2])) // damage the body
	tests := map[string]struct {
		in   string
		want error
	}{
		"plain key file":   {keyFileFor(id), ErrNotWrapped},
		"empty":            {"", ErrNotWrapped},
		"damaged":          {strings.Join(lines, "\n"), nil},
		"cut short":        {wrapped[:len(wrapped)/2], nil},
		"to an x25519 key": {sealArmored(t, age.Recipient(id.Recipient())), ErrWrongPassphrase},
	}
	for name, tt := range tests {
		ids, err := UnwrapIdentity(tt.in, testPassphrase)
		if err == nil || len(ids) > 0 || (tt.want != nil && !errors.Is(err, tt.want)) {
			t.Errorf("%s: %d keys, %v; want %v", name, len(ids), err, tt.want)
		}
	}
}

// TestUnwrapIdentityRefusesCostlyWorkFactor: a stored key tampered to ask
// for 2^19 scrypt work (512 MiB; age itself allows up to 2^22) is refused
// at once instead of freezing the page.
func TestUnwrapIdentityRefusesCostlyWorkFactor(t *testing.T) {
	// A hand-made age header: only the work factor matters, it is
	// checked before any scrypt work.
	a22, a43 := strings.Repeat("A", 22), strings.Repeat("A", 43)
	var out bytes.Buffer
	aw := armor.NewWriter(&out)
	io.WriteString(aw, "age-encryption.org/v1\n-> scrypt "+a22+" 19\n"+a43+"\n--- "+a43+"\n"+strings.Repeat("\x00", 40))
	aw.Close()
	costly := out.String()
	start := time.Now()
	if _, err := UnwrapIdentity(costly, testPassphrase); err == nil || !strings.Contains(err.Error(), "work factor") {
		t.Errorf("a work factor above MaxKeyWorkFactor: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("refusing took %v", d)
	}
}

func sealArmored(t *testing.T, r age.Recipient) string {
	t.Helper()
	var out bytes.Buffer
	aw := armor.NewWriter(&out)
	w, err := age.Encrypt(aw, r)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, "AGE-SECRET-KEY-1X\n")
	w.Close()
	aw.Close()
	return out.String()
}

func FuzzUnwrapIdentity(f *testing.F) {
	f.Add("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n", "x")
	f.Add("AGE-SECRET-KEY-1", testPassphrase)
	f.Fuzz(func(t *testing.T, stored, pass string) {
		if ids, err := UnwrapIdentity(stored, pass); err == nil && len(ids) == 0 {
			t.Fatal("no error and no key")
		}
	})
}
