package intake

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileTexts are free-text answers a hostile client could seal for the
// clinic (issue 16, defect 5), with what must remain of them.
var hostileTexts = []struct {
	name, in           string
	oneLine, multiline string
}{
	{"clear screen", "Ana\x1b[2J\x1b[H", "Ana[2J[H", "Ana[2J[H"},
	{"window title", "\x1b]0;pwned\x07Ana", "]0;pwnedAna", "]0;pwnedAna"},
	{"8-bit CSI", "Ana\u009b2J", "Ana2J", "Ana2J"},
	{"NUL", "An\x00a", "Ana", "Ana"},
	{"backspace overwrite", "Ibuprofen\b\b\b\b\b\b\b\b\bnothing", "Ibuprofennothing", "Ibuprofennothing"},
	{"carriage return overwrite", "warfarin\rnone    ", "warfarin none    ", "warfarin\nnone    "},
	{"CRLF", "a\r\nb", "a b", "a\nb"},
	{"bidi override", "Ana \u202egnp.exe", "Ana gnp.exe", "Ana gnp.exe"},
	{"bidi isolates", "\u2066x\u2067y\u2068z\u2069", "xyz", "xyz"},
	{"embeddings", "\u202aa\u202bb\u202cc\u202dd", "abcd", "abcd"},
	{"DEL", "a\x7fb", "ab", "ab"},
	{"line separators", "a\u2028b\u2029c", "a b c", "a\nb\nc"},
	{"tab", "a\tb", "a b", "a\tb"},
	{"invalid UTF-8", "a\xffb\xc3", "ab", "ab"},
	// Kept exactly: every script, emoji sequences, direction marks.
	{"thai", "สมชาย", "สมชาย", "สมชาย"},
	{"arabic with RLM", "سارة\u200f (Sara)", "سارة\u200f (Sara)", "سارة\u200f (Sara)"},
	{"hebrew", "דוד", "דוד", "דוד"},
	{"family emoji (ZWJ)", "👨\u200d👩\u200d👧 Ana", "👨\u200d👩\u200d👧 Ana", "👨\u200d👩\u200d👧 Ana"},
	{"flag of England (tags)", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"},
	{"replacement char itself", "a\uFFFDb", "a\uFFFDb", "a\uFFFDb"},
	{"medication list", "ibuprofen 200 mg\nwarfarin", "ibuprofen 200 mg warfarin", "ibuprofen 200 mg\nwarfarin"},
}

func TestCleanText(t *testing.T) {
	for _, tt := range hostileTexts {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanText(tt.in, false); got != tt.oneLine {
				t.Errorf("CleanText(%q, one line) = %q, want %q", tt.in, got, tt.oneLine)
			}
			if got := CleanText(tt.in, true); got != tt.multiline {
				t.Errorf("CleanText(%q, multiline) = %q, want %q", tt.in, got, tt.multiline)
			}
		})
	}
}

// TestCleanStripsHostileFreeText: Answers.Clean, the root every decoder
// runs (drafts, hand-offs, answers files), leaves no escape in any free
// text, counts each changed field, and keeps the rest of the answers.
func TestCleanStripsHostileFreeText(t *testing.T) {
	a := complete()
	a.FirstName = "\x1b]0;owned\x07Ana\u202e"
	a.Medications = "warfarin\x1b[2J\r\nibuprofen\x00"
	a.ConsentName = "Ana\u2066 Lee"
	a.ConsentAt = "2026-11-21T08:00:00Z\x1b[31m"
	want := complete()
	want.FirstName, want.Medications, want.ConsentName, want.ConsentAt = "]0;ownedAna", "warfarin[2J\nibuprofen", "Ana Lee", "2026-11-21T08:00:00Z[31m"
	if n := a.Clean(); n != 4 {
		t.Errorf("Clean dropped %d, want 4 (one per free-text field)", n)
	}
	if normalise(a) != normalise(want) {
		t.Errorf("after Clean:\n got %+v\nwant %+v", a, want)
	}
}

// TestCleanTextProperties: on random strings drawn from hostile and
// ordinary characters, CleanText leaves no unsafe character (but \n and \t
// in multiline text), is idempotent, returns valid UTF-8, never grows the
// text, and keeps every safe character in order.
func TestCleanTextProperties(t *testing.T) {
	alphabet := []rune("aZ9 é\u0e2a\u05d3\u0633👍\u200d\u200e\u200f\uFE0F\uFFFD\x00\x07\x08\t\n\r\x1b\x7f\u0085\u009b\u2028\u2029\u202a\u202e\u2066\u2069")
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := rng.Intn(30); n > 0; n-- {
			if rng.Intn(20) == 0 {
				b.WriteByte(byte(0x80 + rng.Intn(0x80))) // a stray invalid byte
			} else {
				b.WriteRune(alphabet[rng.Intn(len(alphabet))])
			}
		}
		s := b.String()
		for _, multi := range []bool{false, true} {
			checkCleanText(t, s, multi)
		}
	}
}

func checkCleanText(t *testing.T, s string, multi bool) {
	t.Helper()
	c := CleanText(s, multi)
	if !utf8.ValidString(c) || len(c) > len(s) {
		t.Fatalf("CleanText(%q, %v) = %q: invalid or longer", s, multi, c)
	}
	if CleanText(c, multi) != c {
		t.Fatalf("CleanText(%q, %v) = %q is not idempotent", s, multi, c)
	}
	for _, r := range c {
		if UnsafeRune(r) && !(multi && (r == '\n' || r == '\t')) {
			t.Fatalf("CleanText(%q, %v) = %q keeps %U", s, multi, c, r)
		}
	}
	var safe []rune
	for _, r := range strings.ToValidUTF8(s, "") {
		if !UnsafeRune(r) {
			safe = append(safe, r)
		}
	}
	var kept []rune
	for _, r := range c {
		if !UnsafeRune(r) && r != ' ' {
			kept = append(kept, r)
		}
	}
	if strings.ReplaceAll(string(safe), " ", "") != string(kept) {
		t.Fatalf("CleanText(%q, %v) = %q lost or reordered safe characters", s, multi, c)
	}
}

func FuzzCleanText(f *testing.F) {
	for _, tt := range hostileTexts {
		f.Add(tt.in, false)
	}
	f.Fuzz(func(t *testing.T, s string, multi bool) {
		checkCleanText(t, s, multi)
	})
}

// TestDecodeAnswersRefusesHostileText: the strict reader of the CLI names
// the field, and its message itself holds no escape.
func TestDecodeAnswersRefusesHostileText(t *testing.T) {
	_, err := DecodeAnswers(strings.NewReader(`{"firstName":"Ana\u001b[2J","medications":"a\nb\tc"}`))
	var ve *ValueError
	if !errors.As(err, &ve) || ve.Field != "firstName" || !strings.Contains(err.Error(), "control") {
		t.Fatalf("err = %v, want a ValueError on firstName", err)
	}
	if strings.ContainsRune(err.Error(), 0x1b) {
		t.Errorf("the message holds ESC: %q", err)
	}
	if strings.Contains(err.Error(), "medications") {
		t.Errorf("line breaks and tabs in medications are fine: %v", err)
	}
}
