package handoff

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"kneadform/app/origin"

	"filippo.io/age/armor"
)

// Link format (docs/handoff-format.md): the clinic's own Kneadform site,
// the OpenPath page, and the ciphertext only in the URL fragment, which a
// browser never sends to any server:
//
//	https://<clinic-host>/open#k1.<base64url, no padding>
//
// The base64url part is the ciphertext's length as a uvarint, then the
// ciphertext (a binary age file). The length costs 2 bytes and tells a
// link that was cut short (ErrTruncated) from one that was changed
// (ErrTampered).
const (
	OpenPath    = "/open"
	LinkPrefix  = "k1."
	LinkVersion = 1
)

// MaxLinkLen is the longest link Link makes: the byte-mode capacity of a
// version 25 QR code at error correction level M (MaxQRVersion), so every
// link fits a QR code a phone reads from another phone's screen. A longer
// hand-off is ErrTooLarge as a link; it still fits a .age file.
const MaxLinkLen = 997

// MaxInputBytes bounds what Parse and Open read: far above any hand-off
// (a maximal intake seals to under 3 KB).
const MaxInputBytes = 64 << 10

// Markers of the two file forms Parse recognises.
const (
	ageMagic    = "age-encryption.org/"
	armorHeader = "-----BEGIN AGE ENCRYPTED FILE-----"
)

// Link returns the hand-off link for ciphertext on the clinic's site at
// base: an origin ("https://clinic.example") or an origin and a path prefix
// ("https://clinic.example/intake"). base must be https (http only for
// localhost), with no query or fragment. A link longer than MaxLinkLen is
// ErrTooLarge.
func Link(base string, ciphertext []byte) (string, error) {
	u, err := url.Parse(base)
	switch {
	case err != nil || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || strings.HasSuffix(base, "#"):
		return "", fmt.Errorf("handoff: clinic site %q: want an https:// origin such as https://clinic.example", base)
	}
	site, err := origin.Parse(u.Scheme + "://" + u.Host)
	switch {
	case err != nil:
		return "", fmt.Errorf("handoff: clinic site %q: want https:// and a host, such as https://clinic.example (%w)", base, err)
	case !site.Secure():
		return "", fmt.Errorf("handoff: clinic site %q: want https:// (http:// only for localhost)", base)
	}
	body := binary.AppendUvarint(nil, uint64(len(ciphertext)))
	body = append(body, ciphertext...)
	link := strings.TrimSuffix(base, "/") + OpenPath + "#" + LinkPrefix + base64.RawURLEncoding.EncodeToString(body)
	if len(link) > MaxLinkLen {
		return "", fmt.Errorf("%w for a link or QR code: %d characters (at most %d); save it as a file instead", ErrTooLarge, len(link), MaxLinkLen)
	}
	return link, nil
}

// Parse returns the age ciphertext in input, which may be a whole link, its
// fragment ("k1.…" or "#k1.…"), a binary .age file or an ASCII-armored one.
// Whitespace around and inside a link (a messaging app's line breaks) is
// ignored. Errors: ErrTruncated, ErrUnknownVersion (a "k2." link),
// ErrTooLarge, ErrMalformed. Parse checks the form only; Open decrypts.
func Parse(input []byte) ([]byte, error) {
	if len(input) > MaxInputBytes {
		return nil, fmt.Errorf("%w: %d bytes (at most %d)", ErrTooLarge, len(input), MaxInputBytes)
	}
	// A binary file keeps its last bytes as they are: its tag may end in
	// what looks like whitespace.
	if lead := bytes.TrimLeft(input, " \t\r\n"); bytes.HasPrefix(lead, []byte(ageMagic)) {
		return bytes.Clone(lead), nil
	}
	trimmed := bytes.TrimSpace(input)
	switch {
	case bytes.HasPrefix(trimmed, []byte(armorHeader)):
		b, err := io.ReadAll(armor.NewReader(bytes.NewReader(trimmed)))
		switch {
		case err == nil:
			return b, nil
		case strings.Contains(err.Error(), "END") || strings.Contains(err.Error(), "EOF"):
			return nil, fmt.Errorf("%w: the armored file has no end line (%v)", ErrTruncated, err)
		}
		return nil, fmt.Errorf("%w: the armored file is damaged (%v)", ErrMalformed, err)
	}
	return parseFragment(string(trimmed))
}

// parseFragment reads a link or its fragment.
func parseFragment(s string) ([]byte, error) {
	s = strings.Join(strings.Fields(s), "")
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[i+1:]
	}
	dot := strings.IndexByte(s, '.')
	if len(s) < 2 || s[0] != 'k' || dot < 2 {
		return nil, fmt.Errorf("%w: not a hand-off link (want …/open#%s…, a .age file, or its text)", ErrMalformed, LinkPrefix)
	}
	v, err := strconv.Atoi(s[1:dot])
	switch {
	case err != nil || v < 1:
		return nil, fmt.Errorf("%w: not a hand-off link (version %q)", ErrMalformed, s[1:dot])
	case v > LinkVersion:
		return nil, &VersionError{What: "link", Version: v, Known: LinkVersion}
	}
	data := strings.TrimRight(s[dot+1:], "=")
	if len(data)%4 == 1 {
		return nil, fmt.Errorf("%w: the link ends in the middle of a character", ErrTruncated)
	}
	body, err := base64.RawURLEncoding.DecodeString(data)
	if err != nil {
		return nil, fmt.Errorf("%w: the link holds characters a hand-off never has (%v)", ErrMalformed, err)
	}
	size, n := binary.Uvarint(body)
	switch {
	case n == 0:
		return nil, fmt.Errorf("%w: the link ends before the hand-off starts", ErrTruncated)
	case n < 0 || size > MaxInputBytes:
		return nil, fmt.Errorf("%w: the link says %d bytes", ErrMalformed, size)
	case uint64(len(body)-n) < size:
		return nil, fmt.Errorf("%w: %d of %d bytes", ErrTruncated, len(body)-n, size)
	case uint64(len(body)-n) > size:
		return nil, fmt.Errorf("%w: %d bytes after the end of the hand-off", ErrTampered, uint64(len(body)-n)-size)
	}
	return body[n:], nil
}
