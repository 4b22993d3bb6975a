package origin

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		want   string // canonical form; "" when Parse must fail
		secure bool
		err    error
	}{
		{"https://clinic.example", "https://clinic.example", true, nil},
		{"https://clinic.example:8443", "https://clinic.example:8443", true, nil},
		{"https://xn--bcher-kva.example", "https://xn--bcher-kva.example", true, nil},
		{"http://localhost:8080", "http://localhost:8080", true, nil},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080", true, nil},
		{"http://127.8.9.10", "http://127.8.9.10", true, nil},
		{"http://[::1]:9000", "http://[::1]:9000", true, nil},
		{"https://[2001:db8::1]", "https://[2001:db8::1]", true, nil},
		{"https://192.0.2.7", "https://192.0.2.7", true, nil},
		{"http://clinic.example", "http://clinic.example", false, nil},
		{"http://127.evil.example", "http://127.evil.example", false, nil},
		{"http://127.0.0.1.evil.example", "http://127.0.0.1.evil.example", false, nil},
		{"http://localhost.evil.example", "http://localhost.evil.example", false, nil},
		// CSP injection (issue 16): nothing but scheme, host and port.
		{"https://a.example;sandbox", "", false, ErrSyntax},
		{"https://a.example 'unsafe-inline'", "", false, ErrSyntax},
		{"https://a.example,'unsafe-inline'", "", false, ErrSyntax},
		{"https://a.example'", "", false, ErrSyntax},
		{`https://a.example"`, "", false, ErrSyntax},
		{"https://a.example\n", "", false, ErrSyntax},
		{"https://a.example\x00", "", false, ErrSyntax},
		{"https://a.example/", "", false, ErrSyntax},
		{"https://a.example/intake", "", false, ErrSyntax},
		{"https://a.example?x", "", false, ErrSyntax},
		{"https://a.example#x", "", false, ErrSyntax},
		{"https://user@a.example", "", false, ErrSyntax},
		{"https://*.example", "", false, ErrSyntax},
		{"https://", "", false, ErrSyntax},
		{"https://:443", "", false, ErrSyntax},
		{"https://a.example:", "", false, ErrSyntax},
		{"https://a.example:0", "", false, ErrSyntax},
		{"https://a.example:65536", "", false, ErrSyntax},
		{"https://a.example:08443", "", false, ErrSyntax},
		{"https://a.example:+1", "", false, ErrSyntax},
		{"https://a..example", "", false, ErrSyntax},
		{"https://-a.example", "", false, ErrSyntax},
		{"https://a.example.", "", false, ErrSyntax},
		{"https://" + strings.Repeat("a", 64) + ".example", "", false, ErrSyntax},
		{"http://127.1", "", false, ErrSyntax},
		{"http://1.2.3.4.5", "", false, ErrSyntax},
		{"http://0x7f.0.0.1", "", false, ErrSyntax},
		{"http://[::1", "", false, ErrSyntax},
		{"http://[::1]x", "", false, ErrSyntax},
		{"http://[fe80::1%25eth0]", "", false, ErrSyntax},
		{"http://[127.0.0.1]", "", false, ErrSyntax},
		{"ftp://a.example", "", false, ErrSyntax},
		{"javascript://a.example", "", false, ErrSyntax},
		{"a.example", "", false, ErrSyntax},
		{"'self'", "", false, ErrSyntax},
		{"https://bücher.example", "", false, ErrSyntax},
		{"", "", false, ErrSyntax},
		// Origins a browser would never report: they could never match.
		{"https://Clinic.example", "", false, ErrNotCanonical},
		{"HTTPS://clinic.example", "", false, ErrNotCanonical},
		{"https://clinic.example:443", "", false, ErrNotCanonical},
		{"http://localhost:80", "", false, ErrNotCanonical},
		{"http://[0:0:0:0:0:0:0:1]", "", false, ErrNotCanonical},
	}
	for _, tt := range tests {
		o, err := Parse(tt.in)
		if tt.want == "" {
			if !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, o, err, tt.err)
			}
			continue
		}
		if err != nil || o.String() != tt.want || o.Secure() != tt.secure {
			t.Errorf("Parse(%q) = %q (secure %v), %v; want %q (secure %v)", tt.in, o, o.Secure(), err, tt.want, tt.secure)
		}
	}
}

func TestSyntaxErrorSaysWhere(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example;sandbox": `';' at character 18`,
		"https://bücher.example":    `'ü' at character 10`,
		"https://a.example\x1b[2J":  `'\x1b' at character 18`,
	} {
		if _, err := Parse(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want it to say %s", in, err, want)
		}
	}
}

func TestNotCanonicalSaysWhatToWrite(t *testing.T) {
	_, err := Parse("https://Clinic.EXAMPLE:443")
	if err == nil || !strings.Contains(err.Error(), `"https://clinic.example"`) {
		t.Errorf("err = %v, want it to suggest https://clinic.example", err)
	}
}

func TestIsLoopback(t *testing.T) {
	tests := map[string]bool{
		"localhost": true, "LOCALHOST": true, "127.0.0.1": true, "127.255.0.9": true, "::1": true,
		"::ffff:127.0.0.1": true,
		"127.evil.example": false, "127.0.0.1.evil.example": false, "localhost.evil.example": false,
		"128.0.0.1": false, "::2": false, "0.0.0.0": false, "": false, "127.1": false, "fe80::1%lo": false,
		"[::1]": false, // brackets belong to the URL, not the host
	}
	for host, want := range tests {
		if got := IsLoopback(host); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", host, got, want)
		}
	}
}

// FuzzParse: whatever Parse accepts is its own canonical form, round-trips,
// agrees with net/url on scheme and host, and holds no character that could
// end or extend a CSP source expression or an HTTP header.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"https://clinic.example", "http://127.0.0.1:8080", "http://[::1]:9000",
		"https://a.example;sandbox", "http://127.evil.example", "https://A.example:443", "https://a.example,'unsafe-inline'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := Parse(s)
		if err != nil {
			return
		}
		if o.String() != s {
			t.Fatalf("Parse(%q) accepted a non-canonical form %q", s, o)
		}
		if _, rest, _ := strings.Cut(s, "://"); strings.ContainsAny(rest, " \t\r\n;,'\"*/?#@\\%") {
			t.Fatalf("Parse accepted %q", s)
		}
		again, err := Parse(o.String())
		if err != nil || again != o {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
		u, err := url.Parse(s)
		if err != nil || u.Scheme != o.Scheme || u.Hostname() != o.Host || u.Path != "" {
			t.Fatalf("net/url reads %q differently: %+v, %v", s, u, err)
		}
		if o.Scheme == "http" && o.Secure() && !IsLoopback(u.Hostname()) {
			t.Fatalf("%q is secure but not loopback", s)
		}
	})
}
