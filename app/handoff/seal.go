package handoff

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// Seal encodes p (Encode) and encrypts it with age to the clinic's X25519
// recipient ("age1…", clinic.Config.Recipient). The result is a binary age
// file: about 200 bytes of age header and tag around the compact answers.
// An empty recipient is ErrNoRecipient, a malformed one ErrBadRecipient.
func Seal(p Payload, recipient string) ([]byte, error) {
	r, err := ParseRecipient(recipient)
	if err != nil {
		return nil, err
	}
	plain, err := Encode(p)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	w, err := age.Encrypt(&out, r)
	if err != nil {
		return nil, fmt.Errorf("handoff: encrypting: %w", err)
	}
	if _, err := w.Write(plain); err != nil {
		return nil, fmt.Errorf("handoff: encrypting: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("handoff: encrypting: %w", err)
	}
	return out.Bytes(), nil
}

// ParseRecipient reads a clinic's public key ("age1…").
func ParseRecipient(s string) (*age.X25519Recipient, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, ErrNoRecipient
	}
	r, err := age.ParseX25519Recipient(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadRecipient, err)
	}
	return r, nil
}

// ParseIdentities reads a clinic key file as `kneadform keygen` writes it
// (or age-keygen): "# comment" lines, blank lines and AGE-SECRET-KEY-1…
// lines. Only X25519 identities are read: age.ParseIdentities would also
// link the plugin, passphrase and post-quantum identity parsers into the
// wasm (about 16 KB brotli) for keys Kneadform never makes.
func ParseIdentities(r io.Reader) ([]age.Identity, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadIdentity, err)
	}
	if len(b) > MaxInputBytes {
		return nil, fmt.Errorf("%w: the file is over %d bytes", ErrBadIdentity, MaxInputBytes)
	}
	var ids []age.Identity
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, err := age.ParseX25519Identity(line)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: %v", ErrBadIdentity, n+1, err)
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%w: no key in it", ErrBadIdentity)
	}
	return ids, nil
}

// Open decrypts an age ciphertext (from Parse) with the clinic's
// identities and decodes the answers. Errors: ErrWrongKey, ErrTampered,
// ErrTruncated, ErrUnknownVersion, ErrTooLarge, ErrMalformed.
func Open(ciphertext []byte, ids ...age.Identity) (Payload, error) {
	if len(ids) == 0 {
		return Payload{}, fmt.Errorf("%w: no key given", ErrBadIdentity)
	}
	if len(ciphertext) > MaxInputBytes {
		return Payload{}, fmt.Errorf("%w: %d bytes (at most %d)", ErrTooLarge, len(ciphertext), MaxInputBytes)
	}
	r, err := age.Decrypt(bytes.NewReader(ciphertext), ids...)
	if err != nil {
		return Payload{}, decryptError(err)
	}
	plain, err := io.ReadAll(io.LimitReader(r, maxBodyBytes+3))
	if err != nil {
		return Payload{}, decryptError(err)
	}
	if len(plain) > maxBodyBytes+2 {
		return Payload{}, fmt.Errorf("%w: answers over %d bytes", ErrTooLarge, maxBodyBytes)
	}
	return Decode(plain)
}
