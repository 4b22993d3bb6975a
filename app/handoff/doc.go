// Package handoff carries a client's answers to the clinic with no server in
// between: a compact, versioned binary encoding of the answers (and the
// pressure choices), encrypted with age (X25519) to the clinic's public key,
// and offered as a link whose URL fragment holds the ciphertext, as a QR code
// of that link, or as a .age file. It also writes the plain-text summary
// used by the share/copy feature and by `kneadform open`.
//
// It is pure Go with no UI import and is compiled into the wasm, so it stays
// lean: no reflection-heavy library, and a QR encoder that adds about 8 KB
// (brotli). The formats, limits, measured sizes and threat model are in
// docs/handoff-format.md.
//
// The pieces, client side first:
//
//	Encode(Payload) → compact bytes     (format version FormatVersion)
//	Seal(Payload, recipient) → age ciphertext
//	Link(base, ciphertext) → https://clinic/open#k1.…   (ErrTooLarge past MaxLinkLen)
//	NewQR(link) → QR (version ≤ MaxQRVersion, level M) → SVG markup or module matrix
//
// and clinic side:
//
//	Parse(link | fragment | .age file) → age ciphertext
//	Open(ciphertext, identities…) → Payload
//	Text(answers, outcome, catalog) → plain text
//
// Every failure a person can meet has a typed error (ErrWrongKey,
// ErrTampered, ErrTruncated, ErrUnknownVersion, ErrTooLarge, ErrNoRecipient,
// ...; test with errors.Is) and a catalog key (ErrorKey) for the UI.
package handoff
