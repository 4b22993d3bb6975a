package handoff

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"filippo.io/age"
	"filippo.io/age/armor"
)

// Protecting the clinic key at rest (issue 16, defect 6): in clinic mode
// the browser keeps the clinic's private key so staff can open hand-offs;
// stored as it is, any script on the origin could read it. WrapIdentity
// encrypts the key file with a passphrase the staff choose (age's scrypt
// recipient), so what is stored is useless without the passphrase.

// KeyWorkFactor is the scrypt work factor (log2 N) WrapIdentity uses:
// 2^15 needs 32 MiB and about 0.1 s natively, a second or two in a phone's
// WebAssembly. age's own default, 18, needs 256 MiB: too much for a
// browser tab on a phone.
const KeyWorkFactor = 15

// MaxKeyWorkFactor is the highest work factor UnwrapIdentity accepts, so a
// tampered stored key cannot make the page compute for minutes.
const MaxKeyWorkFactor = 18

// MinPassphraseLen is the shortest passphrase WrapIdentity accepts, in
// characters. A stolen wrapped key can be attacked offline, so the
// passphrase is what protects it: several words are better than one.
const MinPassphraseLen = 12

// Errors of WrapIdentity and UnwrapIdentity; test with errors.Is.
var (
	// ErrWeakPassphrase: shorter than MinPassphraseLen characters.
	ErrWeakPassphrase = errors.New("the passphrase is too short")
	// ErrWrongPassphrase: the passphrase does not open the stored key.
	ErrWrongPassphrase = errors.New("the passphrase does not open this key")
	// ErrNotWrapped: the text is not a key wrapped by WrapIdentity.
	ErrNotWrapped = errors.New("not a passphrase-protected key")
)

// WrapIdentity checks that keyFile is a clinic key file (ParseIdentities)
// and encrypts it with passphrase. The result is ASCII (an armored age
// file), ready for localStorage.
func WrapIdentity(keyFile, passphrase string) (string, error) {
	if utf8.RuneCountInString(strings.TrimSpace(passphrase)) < MinPassphraseLen {
		return "", fmt.Errorf("%w: at least %d characters", ErrWeakPassphrase, MinPassphraseLen)
	}
	if _, err := ParseIdentities(strings.NewReader(keyFile)); err != nil {
		return "", err
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return "", fmt.Errorf("handoff: protecting the key: %w", err)
	}
	r.SetWorkFactor(KeyWorkFactor)
	var out bytes.Buffer
	aw := armor.NewWriter(&out)
	w, err := age.Encrypt(aw, r)
	if err == nil {
		_, err = io.WriteString(w, keyFile)
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = aw.Close()
	}
	if err != nil {
		return "", fmt.Errorf("handoff: protecting the key: %w", err)
	}
	return out.String(), nil
}

// IsWrappedIdentity reports whether stored text is a wrapped key (as
// opposed to a plain key file stored by an older version, which the app
// should offer to protect).
func IsWrappedIdentity(stored string) bool {
	return strings.HasPrefix(strings.TrimSpace(stored), armorHeader)
}

// UnwrapIdentity decrypts a key wrapped by WrapIdentity and parses it.
// Errors: ErrNotWrapped, ErrWrongPassphrase, ErrBadIdentity. It never
// panics, and refuses a work factor above MaxKeyWorkFactor.
func UnwrapIdentity(wrapped, passphrase string) ([]age.Identity, error) {
	if !IsWrappedIdentity(wrapped) || len(wrapped) > MaxInputBytes {
		return nil, ErrNotWrapped
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWrongPassphrase, err)
	}
	id.SetMaxWorkFactor(MaxKeyWorkFactor)
	r, err := age.Decrypt(armor.NewReader(strings.NewReader(strings.TrimSpace(wrapped))), id)
	if err != nil {
		if errors.Is(err, age.ErrIncorrectIdentity) || strings.Contains(err.Error(), "incorrect") {
			return nil, ErrWrongPassphrase
		}
		return nil, fmt.Errorf("%w: %v", ErrNotWrapped, err)
	}
	plain, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotWrapped, err)
	}
	return ParseIdentities(bytes.NewReader(plain))
}
