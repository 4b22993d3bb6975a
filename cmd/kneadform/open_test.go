//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kneadform/app/handoff"
	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// newClinicKey runs keygen into a temporary folder and returns the key
// file and its recipient.
func newClinicKey(t *testing.T) (keyFile, recipient string) {
	t.Helper()
	keyFile = filepath.Join(t.TempDir(), "clinic.key")
	var out, errb bytes.Buffer
	if code := dispatch([]string{"keygen", "-o", keyFile}, nil, &out, &errb); code != 0 {
		t.Fatalf("keygen: exit %d: %s", code, &errb)
	}
	return keyFile, regexp.MustCompile(`age1[a-z0-9]+`).FindString(out.String())
}

const example = "../../docs/examples/pregnancy.json"

// TestSealThenOpen: what seal prints, open reads back, as a link argument,
// from stdin and from the .age file, as text and as JSON.
func TestSealThenOpen(t *testing.T) {
	key, recipient := newClinicKey(t)
	file := filepath.Join(t.TempDir(), "handoff.age")
	var out, errb bytes.Buffer
	if code := dispatch([]string{"seal", "-r", recipient, "-site", "https://clinic.example", "-o", file, example}, nil, &out, &errb); code != 0 {
		t.Fatalf("seal: exit %d: %s", code, &errb)
	}
	link := strings.TrimSpace(out.String())
	if !strings.HasPrefix(link, "https://clinic.example/open#k1.") {
		t.Fatalf("seal printed %q", link)
	}
	if !regexp.MustCompile(`answers: \d+ bytes compact \(\d+ as JSON\); sealed: \d+ bytes; link: \d+ characters; QR code: version \d+ \(\d+×\d+ modules\), level M`).MatchString(errb.String()) {
		t.Errorf("seal sizes line: %q", &errb)
	}
	for name, tt := range map[string]struct {
		args  []string
		stdin string
	}{
		"link, flags after":  {[]string{"open", link, "-i", key}, ""},
		"link, flags before": {[]string{"open", "-i", key, link}, ""},
		"stdin":              {[]string{"open", "-i", key, "-"}, link + "\n"},
		"file":               {[]string{"open", file, "-i", key}, ""},
	} {
		out.Reset()
		errb.Reset()
		if code := dispatch(tt.args, strings.NewReader(tt.stdin), &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, &errb)
		}
		for _, want := range []string{"Kneadform: intake summary for the therapist", "(cautions)", "Are you pregnant?: Yes"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%s: output lacks %q:\n%s", name, want, &out)
			}
		}
	}
	out.Reset()
	if code := dispatch([]string{"open", link, "-i", key, "--json"}, nil, &out, &errb); code != 0 {
		t.Fatalf("--json: exit %d: %s", code, &errb)
	}
	var got struct {
		Answers struct {
			Pregnant string `json:"pregnant"`
		} `json:"answers"`
		Outcome struct {
			Tier string `json:"tier"`
		} `json:"outcome"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Answers.Pregnant != "yes" || got.Outcome.Tier != "cautions" {
		t.Errorf("--json: %v %+v\n%s", err, got, &out)
	}
}

func TestOpenErrors(t *testing.T) {
	key, recipient := newClinicKey(t)
	otherKey, _ := newClinicKey(t)
	var out, errb bytes.Buffer
	dispatch([]string{"seal", "-r", recipient, "-site", "https://clinic.example", example}, nil, &out, &errb)
	link := strings.TrimSpace(out.String())
	// Change one character of the payload, near the end.
	i := len(link) - 20
	swap := "A"
	if link[i] == 'A' {
		swap = "B"
	}
	tampered := link[:i] + swap + link[i+1:]
	notKey := filepath.Join(t.TempDir(), "not.key")
	os.WriteFile(notKey, []byte("hello\n"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"wrong key", []string{"open", link, "-i", otherKey}, 1, "not encrypted to this clinic key"},
		{"tampered", []string{"open", tampered, "-i", key}, 1, "changed or damaged"},
		{"truncated", []string{"open", link[:len(link)-40], "-i", key}, 1, "cut short"},
		{"newer link", []string{"open", "https://clinic.example/open#k2.AAAA", "-i", key}, 1, "newer version of Kneadform: link version 2"},
		{"not a link", []string{"open", "no-such-file.age", "-i", key}, 1, "neither a file nor a hand-off link"},
		{"bad key file", []string{"open", link, "-i", notKey}, 1, "not a valid age identity"},
		{"missing key file", []string{"open", link, "-i", "/no/such.key"}, 1, "clinic key"},
		{"no key flag", []string{"open", link}, 2, "usage: kneadform open"},
		{"two inputs", []string{"open", link, link, "-i", key}, 2, "usage: kneadform open"},
		{"help", []string{"open", "-h"}, 0, "usage: kneadform open"},
	}
	for _, tt := range tests {
		out.Reset()
		errb.Reset()
		code := dispatch(tt.args, strings.NewReader(""), &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", tt.name, code, &errb, tt.code, tt.want)
		}
		if strings.Contains(errb.String(), "goroutine") || strings.Contains(errb.String(), "panic") {
			t.Errorf("%s: a stack trace:\n%s", tt.name, &errb)
		}
		if tt.code != 0 && out.Len() > 0 {
			t.Errorf("%s: printed to stdout on failure: %q", tt.name, &out)
		}
	}
}

func TestSealErrors(t *testing.T) {
	_, recipient := newClinicKey(t)
	for _, tt := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		want  string
	}{
		{"no recipient", []string{"seal", example}, "", 1, "no hand-off key (recipient) configured"},
		{"bad recipient", []string{"seal", "-r", "age1nope", example}, "", 1, "not a valid age public key"},
		{"bad answers", []string{"seal", "-r", recipient}, `{"spread":"arm"}`, 1, `spread: "arm" is not allowed`},
		{"bad site", []string{"seal", "-r", recipient, "-site", "ftp://x", example}, "", 1, "want https://"},
		{"two files", []string{"seal", "-r", recipient, example, example}, "", 2, "usage: kneadform seal"},
	} {
		var out, errb bytes.Buffer
		code := dispatch(tt.args, strings.NewReader(tt.stdin), &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", tt.name, code, &errb, tt.code, tt.want)
		}
	}
	// Too long for a link: an error without -o; with -o the file holds it.
	r := rand.New(rand.NewPCG(1, 1))
	noise := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[r.IntN(62)]
		}
		return string(b)
	}
	long := `{"medications": "` + noise(500) + `", "firstName": "` + noise(60) + `", "consentName": "` + noise(60) + `"}`
	var out, errb bytes.Buffer
	if code := dispatch([]string{"seal", "-r", recipient}, strings.NewReader(long), &out, &errb); code != 1 || !strings.Contains(errb.String(), "too large for a link or QR code") || out.Len() > 0 {
		t.Errorf("too long, no -o: exit %d, stdout %q, stderr %q", code, &out, &errb)
	}
	file := filepath.Join(t.TempDir(), "long.age")
	errb.Reset()
	if code := dispatch([]string{"seal", "-r", recipient, "-o", file}, strings.NewReader(long), &out, &errb); code != 0 {
		t.Errorf("too long, -o: exit %d, stderr %q", code, &errb)
	}
	if b, err := os.ReadFile(file); err != nil || !bytes.HasPrefix(b, []byte("age-encryption.org/v1\n")) {
		t.Errorf("too long, -o: file %v", err)
	}
}

// TestOpenEscapesHostileText (issue 16, defect 5): whatever free text
// reaches printHandoff, even past the decoder's cleaning, the clinic's
// terminal gets no escape sequence, NUL or bidi override, as text or JSON,
// and the text stays readable.
func TestOpenEscapesHostileText(t *testing.T) {
	var p handoff.Payload
	if err := json.Unmarshal([]byte(`{"ageBand":"35-49","consent":true}`), &p.Answers); err != nil {
		t.Fatal(err)
	}
	p.Answers.FirstName = "Ana\x1b[2J\x1b]0;owned\x07"
	p.Answers.Medications = "warfarin\x00\u202eexe.\u009b31m\x7f\nibuprofen"
	p.Prefs = &pressure.Prefs{Tender: []pressure.TenderSpot{{Region: intake.RegionNeck, Note: "\u2066left\u2069"}}}
	for _, asJSON := range []bool{false, true} {
		var out, errb bytes.Buffer
		if code := printHandoff(p, asJSON, i18n.Get("en"), &out, &errb); code != 0 {
			t.Fatalf("json %v: exit %d: %s", asJSON, code, &errb)
		}
		for _, r := range out.String() {
			if intake.UnsafeRune(r) && r != '\n' && r != '\t' {
				t.Errorf("json %v: output holds %U:\n%q", asJSON, r, &out)
			}
		}
		for _, want := range []string{`\u202e`, `\u009b`, "ibuprofen"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("json %v: output lacks %q:\n%s", asJSON, want, &out)
			}
		}
		if asJSON {
			var got struct{ Answers intake.Answers }
			if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Answers.Medications != p.Answers.Medications {
				t.Errorf("the escaped JSON does not mean the same: %v, %q", err, got.Answers.Medications)
			}
		} else if !strings.Contains(out.String(), `Ana\x1b[2J\x1b]0;owned\x07`) {
			t.Errorf("text output does not show the escapes visibly:\n%s", &out)
		}
	}
}

func TestEscapeTerminal(t *testing.T) {
	for in, want := range map[string]string{
		"plain\ttext\n": "plain\ttext\n",
		"\x1b[2J":       `\x1b[2J`,
		"a\x00b\rc":     `a\x00b\x0dc`,
		"\u202egnp":     `\u202egnp`,
		"สมชาย 👨\u200d👩\u200d👧": "สมชาย 👨\u200d👩\u200d👧",
		"bad\xffutf8": "bad\uFFFDutf8",
	} {
		if got := escapeTerminal(in); got != want {
			t.Errorf("escapeTerminal(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOpenClinicTongue (its name must not contain "age" and digits: the
// temporary folder is named after it and newClinicKey looks for age1…): without -lang, the summary is in the clinic's
// language from its configuration (issue 15), not English.
func TestOpenClinicTongue(t *testing.T) {
	key, recipient := newClinicKey(t)
	var out, errb bytes.Buffer
	if code := dispatch([]string{"seal", "-r", recipient, "-site", "https://clinic.example", example}, nil, &out, &errb); code != 0 {
		t.Fatalf("seal: exit %d: %s", code, &errb)
	}
	link := strings.TrimSpace(out.String())
	config := filepath.Join(t.TempDir(), "clinic.json")
	if err := os.WriteFile(config, []byte(`{"name": "Lotus", "languages": ["th", "en"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	th := i18n.Get("th").T("handoff.text.title")
	for name, args := range map[string][]string{
		"config": {"open", link, "-i", key, "-config", config},
		"-lang":  {"open", link, "-i", key, "-lang", "th"},
	} {
		out.Reset()
		errb.Reset()
		if code := dispatch(args, nil, &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, &errb)
		}
		if !strings.Contains(out.String(), th) || strings.Contains(out.String(), "intake summary for the therapist") {
			t.Errorf("%s: want the Thai title %q:\n%s", name, th, &out)
		}
	}
}
