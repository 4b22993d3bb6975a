package handoff

import (
	"errors"
	"strings"
	"testing"
)

func TestLink(t *testing.T) {
	ct := []byte("age-encryption.org/v1\nnot really, but Link does not care")
	for _, tt := range []struct {
		base, want string
	}{
		{"https://clinic.example", "https://clinic.example/open#k1."},
		{"https://clinic.example/", "https://clinic.example/open#k1."},
		{"https://clinic.example:8443/intake", "https://clinic.example:8443/intake/open#k1."},
		{"http://127.0.0.1:8000", "http://127.0.0.1:8000/open#k1."},
		{"http://[::1]:8000", "http://[::1]:8000/open#k1."},
		{"http://localhost:8000/", "http://localhost:8000/open#k1."},
	} {
		link, err := Link(tt.base, ct)
		if err != nil || !strings.HasPrefix(link, tt.want) {
			t.Errorf("Link(%q) = %q, %v; want prefix %q", tt.base, link, err, tt.want)
			continue
		}
		// The ciphertext is in the fragment only: nothing after the path.
		if i := strings.IndexAny(link, "?"); i >= 0 {
			t.Errorf("Link(%q) has a query: %q", tt.base, link)
		}
		got, err := Parse([]byte(link))
		if err != nil || string(got) != string(ct) {
			t.Errorf("Parse(Link(%q)) = %q, %v", tt.base, got, err)
		}
	}
	for _, bad := range []string{"", "clinic.example", "http://clinic.example", "https://clinic.example/?x=1", "https://clinic.example/#", "https://user@clinic.example", "ftp://clinic.example",
		"http://127.evil.example", "http://127.0.0.1.evil.example:8000", "http://localhost.evil.example", "https://a.example;sandbox/x"} {
		if _, err := Link(bad, ct); err == nil {
			t.Errorf("Link(%q) accepted", bad)
		}
	}
	if _, err := Link(testSite, make([]byte, MaxLinkLen)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversize link: %v, want ErrTooLarge", err)
	}
}

func TestParseForms(t *testing.T) {
	ct := []byte("age-encryption.org/v1\n-> X25519 abc\nbody ends in a newline and a space \n ")
	link, err := Link(testSite, ct)
	if err != nil {
		t.Fatal(err)
	}
	frag := link[strings.IndexByte(link, '#')+1:]
	wrapped := link[:40] + "\n" + link[40:80] + " \r\n" + link[80:]
	for name, in := range map[string]string{
		"link": link, "fragment": frag, "#fragment": "#" + frag, "wrapped by a mail app": wrapped,
		"padded": frag + "==", "spaces around": "  " + link + "\n",
		"binary file": string(ct), "binary file after a blank line": "\n" + string(ct),
	} {
		got, err := Parse([]byte(in))
		if err != nil || string(got) != string(ct) {
			t.Errorf("%s: Parse = %q, %v", name, got, err)
		}
	}
}

func TestParseErrors(t *testing.T) {
	ct := []byte("age-encryption.org/v1\n0123456789")
	link, _ := Link(testSite, ct)
	frag := link[strings.IndexByte(link, '#')+1:]
	for _, tt := range []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrMalformed},
		{"a web page", "https://clinic.example/open", ErrMalformed},
		{"some text", "hello there", ErrMalformed},
		{"future link version", "https://clinic.example/open#k2.AAAA", ErrUnknownVersion},
		{"k0", "#k0.AAAA", ErrMalformed},
		{"not base64url", "#k1.AA+/AA", ErrMalformed},
		{"cut mid-character", frag[:len(frag)-len(frag)%4+1-4], ErrTruncated},
		{"cut", frag[:len(frag)-3], ErrTruncated},
		{"only the prefix", "#k1.", ErrTruncated},
		{"extra bytes", frag + "AAAA", ErrTampered},
		{"length overflows", "#k1.________________", ErrMalformed},
		{"length past the limit", "#k1.gIAI", ErrMalformed},
		{"armored without end", "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCg==\n", ErrTruncated},
		{"armored junk", "-----BEGIN AGE ENCRYPTED FILE-----\n!!!\n-----END AGE ENCRYPTED FILE-----\n", ErrMalformed},
		{"oversize", strings.Repeat("A", MaxInputBytes+1), ErrTooLarge},
	} {
		_, err := Parse([]byte(tt.in))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Parse(%.40q) = %v, want %v", tt.name, tt.in, err, tt.want)
		}
	}
	var ve *VersionError
	if _, err := Parse([]byte("#k12.AAAA")); !errors.As(err, &ve) || ve.Version != 12 || ve.What != "link" {
		t.Errorf("k12: %v, want a link VersionError for 12", err)
	}
}
