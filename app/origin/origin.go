// Package origin reads web origins ("https://clinic.example:8443") strictly:
// a scheme, a host and an optional port, written the way a browser
// serialises them, and nothing else. The clinic configuration
// (allowedOrigins, which lands in the CSP frame-ancestors directive and is
// compared with a postMessage event's origin) and the hand-off link's clinic
// site both use it, so one rule decides what an origin is and what counts as
// the local machine.
//
// It is pure Go (net/netip, no net), so it costs the wasm little.
package origin

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxLen bounds an origin: a DNS name is at most 253 characters.
const MaxLen = 300

// Origin is a parsed origin. String returns its canonical form.
type Origin struct {
	Scheme string // "https" or "http"
	Host   string // a lower-case DNS name, an IPv4 address, or an IPv6 address without brackets
	Port   int    // 0 when the origin has no explicit port
}

// String returns the origin as a browser serialises it.
func (o Origin) String() string {
	host := o.Host
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if o.Port != 0 {
		host += ":" + strconv.Itoa(o.Port)
	}
	return o.Scheme + "://" + host
}

// Secure reports whether a browser treats the origin as a secure context
// we accept: https anywhere, http only on the local machine (for testing).
func (o Origin) Secure() bool {
	return o.Scheme == "https" || (o.Scheme == "http" && IsLoopback(o.Host))
}

// Errors Parse wraps; test with errors.Is.
var (
	// ErrSyntax: the text is not scheme://host[:port] with nothing else.
	ErrSyntax = errors.New("not an origin")
	// ErrNotCanonical: an origin, but not written the way a browser
	// reports it (upper case, a default port), so it would never match.
	ErrNotCanonical = errors.New("not written as a browser writes it")
)

// Parse reads s as an origin: "http" or "https", "://", a host (DNS name,
// IPv4 address or bracketed IPv6 address) and an optional port from 1 to
// 65535, and nothing else: no path (not even "/"), query, fragment, user,
// wildcard, space, quote, comma or semicolon. s must be canonical: lower
// case, without the scheme's default port. It never panics.
func Parse(s string) (Origin, error) {
	if len(s) > MaxLen {
		return Origin{}, fmt.Errorf("%w: longer than %d characters", ErrSyntax, MaxLen)
	}
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok {
		return Origin{}, fmt.Errorf("%w: no scheme (want https://host)", ErrSyntax)
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
	default:
		return Origin{}, fmt.Errorf("%w: scheme %q (want https)", ErrSyntax, scheme)
	}
	if i := strings.IndexFunc(rest, notOriginChar); i >= 0 {
		r, _ := utf8.DecodeRuneInString(rest[i:])
		at := utf8.RuneCountInString(s[:len(scheme)+3+i]) + 1
		return Origin{}, fmt.Errorf("%w: %q at character %d (want only scheme, host and port: no path, *, space or punctuation)", ErrSyntax, r, at)
	}
	host, port, err := splitHostPort(rest)
	if err != nil {
		return Origin{}, err
	}
	o := Origin{Scheme: strings.ToLower(scheme), Port: port}
	if strings.HasPrefix(host, "[") {
		a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
		if err != nil || !a.Is6() || a.Zone() != "" || !strings.HasSuffix(host, "]") {
			return Origin{}, fmt.Errorf("%w: %q is not an IPv6 address", ErrSyntax, host)
		}
		o.Host = a.String()
	} else if a, err := netip.ParseAddr(host); err == nil && a.Is4() {
		o.Host = a.String()
	} else if err := checkDNSName(strings.ToLower(host)); err != nil {
		return Origin{}, err
	} else {
		o.Host = strings.ToLower(host)
	}
	if o.Port == defaultPort(o.Scheme) {
		o.Port = 0
	}
	if c := o.String(); c != s {
		return Origin{}, fmt.Errorf("%w: write %q", ErrNotCanonical, c)
	}
	return o, nil
}

// notOriginChar reports a character no origin contains: only letters,
// digits, '-', '.', ':' and IPv6 brackets may follow the scheme.
func notOriginChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return false
	}
	return !strings.ContainsRune("-.:[]", r)
}

// splitHostPort splits "host", "host:port", "[v6]" or "[v6]:port".
func splitHostPort(s string) (host string, port int, err error) {
	host, p := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return "", 0, fmt.Errorf("%w: %q has no closing ]", ErrSyntax, s)
		}
		host, p = s[:end+1], s[end+1:]
		if p != "" && p[0] != ':' {
			return "", 0, fmt.Errorf("%w: %q after the address", ErrSyntax, p)
		}
		p = strings.TrimPrefix(p, ":")
		if p == "" && strings.HasSuffix(s, ":") {
			return "", 0, fmt.Errorf("%w: an empty port", ErrSyntax)
		}
	} else if i := strings.IndexByte(s, ':'); i >= 0 {
		host, p = s[:i], s[i+1:]
		if p == "" {
			return "", 0, fmt.Errorf("%w: an empty port", ErrSyntax)
		}
	}
	if host == "" || host == "[]" {
		return "", 0, fmt.Errorf("%w: no host", ErrSyntax)
	}
	if p == "" {
		return host, 0, nil
	}
	n, err := strconv.Atoi(p)
	if err != nil || n < 1 || n > 65535 || p[0] == '0' {
		return "", 0, fmt.Errorf("%w: port %q (want 1 to 65535)", ErrSyntax, p)
	}
	return host, n, nil
}

// checkDNSName accepts a lower-case ASCII host name: dot-separated labels
// of letters, digits and inner hyphens, 1 to 63 characters each, at most
// 253 in all. An all-numeric last label is refused, so a malformed IPv4
// address ("127.1", "1.2.3.4.5") is never read as a name.
func checkDNSName(h string) error {
	if len(h) > 253 {
		return fmt.Errorf("%w: the host name is longer than 253 characters", ErrSyntax)
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' || strings.ContainsAny(l, ":[]") {
			return fmt.Errorf("%w: %q is not a host name", ErrSyntax, h)
		}
	}
	if last := labels[len(labels)-1]; strings.Trim(last, "0123456789") == "" {
		return fmt.Errorf("%w: %q is neither a host name nor an IP address", ErrSyntax, h)
	}
	return nil
}

func defaultPort(scheme string) int {
	if scheme == "https" {
		return 443
	}
	return 80
}

// IsLoopback reports whether host (as url.URL.Hostname returns it, without
// brackets) is the local machine: "localhost", or an IP address in
// 127.0.0.0/8 or ::1 (also written as an IPv4-mapped IPv6 address). The
// address is parsed, not prefix-matched: "127.evil.example" is not local.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.Zone() == "" && a.Unmap().IsLoopback()
}
