package clinic

import "strings"

// Hand-written matchers for the configuration's field formats. They were
// regular expressions compiled at package init, which cost the phone
// 50–300 ms at start-up (issue 12); match_test.go checks each against the
// pattern it replaces, quoted in its comment.

// isColor: ^#[0-9a-fA-F]{6}$
func isColor(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	return allBytes(s[1:], func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	})
}

// isPhone: ^\+?[0-9 ()./-]{3,24}$
func isPhone(s string) bool {
	s = strings.TrimPrefix(s, "+")
	if len(s) < 3 || len(s) > 24 {
		return false
	}
	return allBytes(s, func(c byte) bool { return c >= '0' && c <= '9' || strings.IndexByte(" ()./-", c) >= 0 })
}

// isEmergency: ^[0-9]{2,6}$
func isEmergency(s string) bool {
	return len(s) >= 2 && len(s) <= 6 && allBytes(s, isDigit)
}

// isRegion: ^[A-Z]{2}$
func isRegion(s string) bool {
	return len(s) == 2 && allBytes(s, func(c byte) bool { return c >= 'A' && c <= 'Z' })
}

// isLogo: ^/web/[A-Za-z0-9._/-]+\.(svg|png|webp)$
func isLogo(s string) bool {
	rest, ok := strings.CutPrefix(s, "/web/")
	if !ok {
		return false
	}
	for _, ext := range []string{".svg", ".png", ".webp"} {
		if body, ok := strings.CutSuffix(rest, ext); ok && body != "" &&
			allBytes(body, func(c byte) bool { return isAlnum(c) || strings.IndexByte("._/-", c) >= 0 }) {
			return true
		}
	}
	return false
}

// isRecipient: ^age1[02-9ac-hj-np-z]{58}$ (an age X25519 recipient:
// "age1" and 58 characters of bech32's alphabet).
func isRecipient(s string) bool {
	rest, ok := strings.CutPrefix(s, "age1")
	return ok && len(rest) == 58 && allBytes(rest, func(c byte) bool {
		return strings.IndexByte("023456789acdefghjklmnpqrstuvwxyz", c) >= 0
	})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}
