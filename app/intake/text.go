package intake

import "strings"

// UnsafeRune reports whether r can change how the text around it is shown
// rather than being shown itself: a C0 control (NUL, ESC, which starts
// terminal escape sequences, BEL, backspace, carriage return...) or DEL, a
// C1 control (U+0080–U+009F; U+009B is a one-character CSI in some
// terminals), or a bidirectional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069), which reorders what follows it (the
// "Trojan Source" attack, CVE-2021-42574). Line and tab characters are
// unsafe here too; CleanText decides where they may stay.
//
// Letters of every script, emoji (with their zero-width joiners, variation
// selectors and tag characters) and the invisible left-to-right and
// right-to-left marks (U+200E, U+200F), which only nudge neutral characters
// in mixed text, are not unsafe: clients write names in Thai, Arabic or
// Hebrew, and with emoji.
func UnsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}

// CleanText returns s with every unsafe character removed (see UnsafeRune)
// and invalid UTF-8 dropped, so free text a client typed, or a hostile
// draft or hand-off holds, can be shown in a page, a terminal or a
// document without acting on it. In multiline text (medications) a line
// break (\n, \r\n, a lone \r, U+2028, U+2029) becomes \n and a tab stays;
// in a single line (names) each becomes a space. Everything else is kept
// as written.
func CleanText(s string, multiline bool) string {
	if isClean(s, multiline) {
		return s // the common case: no allocation
	}
	s = strings.ToValidUTF8(s, "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', 0x2028, 0x2029:
			if multiline {
				return '\n'
			}
			return ' '
		case '\t':
			if multiline {
				return '\t'
			}
			return ' '
		}
		if UnsafeRune(r) {
			return -1
		}
		return r
	}, s)
}

// isClean reports whether CleanText(s, multiline) would return s unchanged.
func isClean(s string, multiline bool) bool {
	for i, r := range s {
		switch {
		case r == '\uFFFD' && !strings.HasPrefix(s[i:], "\uFFFD"):
			return false // invalid UTF-8
		case multiline && (r == '\n' || r == '\t'):
		case UnsafeRune(r):
			return false
		}
	}
	return true
}
