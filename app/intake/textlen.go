package intake

import (
	"strings"
	"unicode/utf8"
)

// Free-text limits count characters, as the client's text box does (its
// maxlength counts UTF-16 code units, never fewer than characters), not
// bytes: a Thai character is three bytes in UTF-8, so a byte limit
// refused a Thai name or note the box had let the client type (a 21-letter
// Thai full name is 63 bytes, over MaxNameLen). Every package checks and
// cuts its text limits with these two.

// TooLong reports whether s has more than max characters.
func TooLong(s string, max int) bool {
	if len(s) <= max { // at most max bytes: at most max characters
		return false
	}
	return utf8.RuneCountInString(s) > max
}

// CutText returns s with invalid UTF-8 dropped, cut to at most max
// characters without splitting one.
func CutText(s string, max int) string {
	s = strings.ToValidUTF8(s, "")
	if !TooLong(s, max) {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			return s[:i]
		}
		n++
	}
	return s
}
