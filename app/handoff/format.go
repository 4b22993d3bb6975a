package handoff

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/visit"
	rawflate "kneadform/internal/deflate"
)

// Payload is what a hand-off carries: the client's answers and, when the
// client did the pressure walkthrough, their pressure choices. The clinic
// re-runs the clinical rules (triage.Evaluate) on the answers rather than
// trusting an outcome sent along.
type Payload struct {
	Answers intake.Answers
	Prefs   *pressure.Prefs // nil when the client has not set any
	// Version 3 (issue 14; extras.go); none of them in an older hand-off.
	// Lang is the language the client answered in ("es"); "" when not said.
	Lang string
	// Progress is the functional scale: the latest scores, each with its
	// first (outcome.Progress); nil when the client named no activity.
	Progress []outcome.Tracked
	// LastVisit is the last visit with its pain before and after and its
	// latest after-visit check-in only; nil when the device has none.
	LastVisit *visit.Visit
}

// FormatVersion is the version of the compact answers format that Encode
// writes (docs/handoff-format.md). Decode reads it and refuses a newer one
// with a *VersionError.
const FormatVersion = 3

// Header flag bits (byte 1 of the compact form).
const (
	flagDeflate = 1 << 0 // the body is raw DEFLATE (RFC 1951)
	flagPrefs   = 1 << 1 // the body holds pressure choices after the answers
	knownFlags  = flagDeflate | flagPrefs
)

// Limits of the compact form.
const (
	// maxBodyBytes bounds a body once decompressed: the largest possible
	// intake is under 2.5 KB, so anything bigger is not ours (and a
	// DEFLATE bomb stops here).
	maxBodyBytes = 8 << 10
	// MaxConsentAtLen bounds a consentAt that is not a plain RFC 3339 time
	// (the app always writes one; a hand-edited file might not).
	MaxConsentAtLen = 64
)

// consentAt kinds (2 bits).
const (
	atNone = 0 // no consentAt
	atTime = 1 // an RFC 3339 time to the second: Unix seconds and UTC offset in minutes
	atText = 2 // any other text, as written
)

// Encode returns the compact form of p (docs/handoff-format.md): two header
// bytes (version, flags), then the body, DEFLATE-compressed when that is
// smaller. It encodes a cleaned copy (intake.Answers.Clean,
// pressure.Prefs.Clean) and never changes p, so Decode(Encode(p)) equals p
// after cleaning. It fails only for a consentAt longer than
// MaxConsentAtLen that is not an RFC 3339 time.
func Encode(p Payload) ([]byte, error) { return encode(p, FormatVersion) }

// encode writes p in format version v (1 to 3; tests write the older
// versions to check that they still decode).
func encode(p Payload, v byte) ([]byte, error) {
	a := cloneAnswers(p.Answers)
	a.Clean()
	var bits bitWriter
	var text []byte
	if err := putAnswers(&bits, &text, &a); err != nil {
		return nil, err
	}
	flags := byte(0)
	if p.Prefs != nil {
		flags |= flagPrefs
		q := clonePrefs(*p.Prefs)
		q.Clean()
		if err := putPrefs(&bits, &text, &q); err != nil {
			return nil, err
		}
	}
	if v >= 2 {
		e := encoder{w: &bits}
		if putFollowUps(&e, &a); e.err != nil {
			return nil, e.err
		}
	}
	if v >= 3 {
		e := encoder{w: &bits}
		x := p
		cleanExtras(&x)
		if putExtras(&e, &text, &x); e.err != nil {
			return nil, e.err
		}
	}
	body := append(bits.buf, text...)
	if z := deflate(body); len(z) < len(body) {
		body, flags = z, flags|flagDeflate
	}
	return append([]byte{v, flags}, body...), nil
}

// Decode reads the compact form. An unknown version is a *VersionError
// (ErrUnknownVersion); anything that is not exactly what Encode writes, or
// holds a value the intake does not allow, is ErrMalformed; a body over
// the size limit is ErrTooLarge. It never panics.
func Decode(b []byte) (Payload, error) {
	if len(b) < 2 {
		return Payload{}, fmt.Errorf("%w: %d bytes, too short for answers", ErrMalformed, len(b))
	}
	if b[0] < 1 || b[0] > FormatVersion {
		if b[0] > FormatVersion {
			return Payload{}, &VersionError{What: "answers format", Version: int(b[0]), Known: FormatVersion}
		}
		return Payload{}, fmt.Errorf("%w: answers format version %d does not exist", ErrMalformed, b[0])
	}
	flags := b[1]
	if flags&^knownFlags != 0 {
		return Payload{}, fmt.Errorf("%w: unknown flags %#02x", ErrMalformed, flags)
	}
	body := b[2:]
	if flags&flagDeflate != 0 {
		var err error
		if body, err = inflate(body); err != nil {
			return Payload{}, err
		}
	} else if len(body) > maxBodyBytes {
		return Payload{}, fmt.Errorf("%w: answers over %d bytes", ErrTooLarge, maxBodyBytes)
	}
	d := decoder{bits: bitReader{buf: body}}
	var p Payload
	d.answers(&p.Answers)
	if flags&flagPrefs != 0 {
		p.Prefs = &pressure.Prefs{}
		d.prefs(p.Prefs)
	}
	if b[0] >= 2 {
		d.followUps(&p.Answers)
	}
	if b[0] >= 3 {
		d.extras(&p)
	}
	if err := d.finish(); err != nil {
		return Payload{}, err
	}
	if err := checkExtras(p); err != nil {
		return Payload{}, err
	}
	// Belt and braces: what Clean would drop was not written by Encode.
	check := cloneAnswers(p.Answers)
	if n := check.Clean(); n > 0 {
		return Payload{}, fmt.Errorf("%w: %d answers are not allowed", ErrMalformed, n)
	}
	if p.Prefs != nil {
		check := clonePrefs(*p.Prefs)
		if n := check.Clean(); n > 0 {
			return Payload{}, fmt.Errorf("%w: %d pressure choices are not allowed", ErrMalformed, n)
		}
	}
	return p, nil
}

// deflate and inflate use internal/deflate, not compress/flate: the same
// raw DEFLATE (every link written before still reads) without flate's
// ~90 KB of code in the wasm (docs/performance.md).
func deflate(b []byte) []byte { return rawflate.Compress(b) }

func inflate(b []byte) ([]byte, error) {
	out, used, err := rawflate.Decompress(b, maxBodyBytes)
	switch {
	case errors.Is(err, rawflate.ErrTooLarge):
		return nil, fmt.Errorf("%w: answers over %d bytes once decompressed", ErrTooLarge, maxBodyBytes)
	case err != nil:
		return nil, fmt.Errorf("%w: the compressed answers are damaged (%v)", ErrMalformed, err)
	case used != len(b):
		return nil, fmt.Errorf("%w: %d bytes after the compressed answers", ErrMalformed, len(b)-used)
	}
	return out, nil
}

// putString appends s to the text section: its length as a uvarint, then
// its bytes.
func putString(text *[]byte, s string) {
	*text = binary.AppendUvarint(*text, uint64(len(s)))
	*text = append(*text, s...)
}

// putConsentAt writes the kind bits and, in the text section, the value.
func putConsentAt(bits *bitWriter, text *[]byte, s string) error {
	if s == "" {
		bits.write(atNone, 2)
		return nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil && t.Format(time.RFC3339) == s {
		_, off := t.Zone()
		bits.write(atTime, 2)
		*text = binary.AppendVarint(*text, t.Unix())
		*text = binary.AppendVarint(*text, int64(off/60))
		return nil
	}
	if len(s) > MaxConsentAtLen {
		return fmt.Errorf("handoff: consentAt %.20q… is %d bytes and not an RFC 3339 time (at most %d)", s, len(s), MaxConsentAtLen)
	}
	bits.write(atText, 2)
	putString(text, s)
	return nil
}
