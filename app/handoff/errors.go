package handoff

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// Errors the hand-off returns; test with errors.Is. Each says what went
// wrong in words a clinic receptionist can act on; ErrorKey maps them to
// catalog keys for the app.
var (
	// ErrNoRecipient: the clinic has no public key configured, so nothing
	// can be encrypted; the app offers print and plain text only.
	ErrNoRecipient = errors.New("the clinic has no hand-off key (recipient) configured")
	// ErrBadRecipient: the configured recipient is not an age X25519 public key.
	ErrBadRecipient = errors.New("the clinic's hand-off key is not a valid age public key (age1…)")
	// ErrBadIdentity: the identity (private key) file cannot be read.
	ErrBadIdentity = errors.New("the clinic key file is not a valid age identity (AGE-SECRET-KEY-1…)")
	// ErrWrongKey: the hand-off was encrypted to another key. A change to
	// the key part of a link looks the same: age cannot tell them apart.
	ErrWrongKey = errors.New("this hand-off was not encrypted to this clinic key (or its key part was changed)")
	// ErrTampered: the ciphertext fails authentication: changed or damaged
	// after it was made.
	ErrTampered = errors.New("this hand-off has been changed or damaged and cannot be trusted")
	// ErrTruncated: the link or file is cut short (a partial copy, a link
	// broken across lines).
	ErrTruncated = errors.New("this hand-off is cut short: copy the whole link or file")
	// ErrUnknownVersion: made by a newer Kneadform; the error is a
	// *VersionError saying which version.
	ErrUnknownVersion = errors.New("this hand-off was made by a newer version of Kneadform")
	// ErrTooLarge: over a size limit (MaxLinkLen for a link and its QR code,
	// MaxInputBytes for what Parse reads, maxBodyBytes once decompressed).
	ErrTooLarge = errors.New("this hand-off is too large")
	// ErrMalformed: not a Kneadform hand-off at all, or it decrypts to
	// something this version cannot read as answers.
	ErrMalformed = errors.New("this is not a readable Kneadform hand-off")
)

// VersionError is an unknown version: of the link ("k2.…") or of the
// compact answers format inside the ciphertext. It matches
// ErrUnknownVersion with errors.Is.
type VersionError struct {
	What    string // "link" or "answers format"
	Version int    // the version found
	Known   int    // the newest version this build reads
}

func (e *VersionError) Error() string {
	return fmt.Sprintf("%v: %s version %d (this version of Kneadform reads up to %d; update it)", ErrUnknownVersion, e.What, e.Version, e.Known)
}

// Is makes errors.Is(err, ErrUnknownVersion) true.
func (e *VersionError) Is(target error) bool { return target == ErrUnknownVersion }

// ErrorKey returns the catalog key (app/i18n/locales/en/handoff.json) of
// the message the app shows for err: "handoff.error.wrong-key", ...;
// "handoff.error.other" for anything else.
func ErrorKey(err error) string {
	for _, k := range []struct {
		err error
		key string
	}{
		{ErrNoRecipient, "no-recipient"}, {ErrBadRecipient, "bad-recipient"}, {ErrBadIdentity, "bad-identity"},
		{ErrWrongKey, "wrong-key"}, {ErrTampered, "tampered"}, {ErrTruncated, "truncated"},
		{ErrUnknownVersion, "unknown-version"}, {ErrTooLarge, "too-large"}, {ErrMalformed, "malformed"},
	} {
		if errors.Is(err, k.err) {
			return "handoff.error." + k.key
		}
	}
	return "handoff.error.other"
}

// decryptError turns an error from age into one of ours. age reports most
// failures as plain strings, so besides its typed errors this matches the
// few messages that matter; anything else that goes wrong while decrypting
// is damage (ErrTampered).
func decryptError(err error) error {
	var noMatch *age.NoIdentityMatchError
	msg := err.Error()
	switch {
	case errors.As(err, &noMatch):
		return ErrWrongKey
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fmt.Errorf("%w (%v)", ErrTruncated, err)
	case strings.Contains(msg, "failed to read header"):
		return fmt.Errorf("%w: the age header cannot be read (%v)", ErrTampered, err)
	}
	return fmt.Errorf("%w (%v)", ErrTampered, err)
}
