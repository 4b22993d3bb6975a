package handoff

import (
	"reflect"
	"testing"

	"filippo.io/age"

	"kneadform/app/intake/intaketest"
)

// FuzzDecode: Decode never panics, reports only typed errors, and whatever
// it accepts is clean and encodes back to the same answers.
func FuzzDecode(f *testing.F) {
	for _, p := range []Payload{typical(), {Answers: typical().Answers}, maximal(false), {}} {
		b, err := Encode(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{FormatVersion, flagDeflate, 0x01, 0x00, 0x00, 0xff, 0xff})
	f.Add([]byte{FormatVersion + 1, 0})
	if v1, err := encode(Payload{Answers: *intaketest.DeskWorker()}, 1); err == nil {
		f.Add(v1) // version 1 still decodes
	}
	if v2, err := encode(typical(), 2); err == nil {
		f.Add(v2) // version 2 too
	}
	if v3, err := Encode(busy()); err == nil {
		f.Add(v3) // language, functional scale, last visit
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Decode(b)
		if err != nil {
			if ErrorKey(err) == "handoff.error.other" {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		again, err := Encode(p)
		if err != nil {
			t.Fatalf("decoded answers do not encode: %v", err)
		}
		q, err := Decode(again)
		if err != nil {
			t.Fatalf("re-encoded answers do not decode: %v", err)
		}
		if !reflect.DeepEqual(p, q) {
			t.Fatalf("decode → encode → decode changed the answers\n%+v\n%+v", p, q)
		}
	})
}

// fuzzIdentity is a fixed key, so fuzz inputs that hold a real hand-off
// reach the decoder.
const fuzzIdentity = "AGE-SECRET-KEY-14XNHU5HRYNWF2RCVHKR04VVLDSK0YSDDN2RLY442GV9DVP4GET8QKLMUPX"

// FuzzParse: Parse and Open never panic, whatever is pasted or scanned,
// and every failure is one of the typed errors.
func FuzzParse(f *testing.F) {
	id, err := age.ParseX25519Identity(fuzzIdentity)
	if err != nil {
		f.Fatal(err)
	}
	ct, err := Seal(typical(), id.Recipient().String())
	if err != nil {
		f.Fatal(err)
	}
	link, _ := Link(testSite, ct)
	f.Add([]byte(link))
	f.Add(ct)
	f.Add([]byte("#k1.AAAA"))
	f.Add([]byte("k2.x"))
	f.Add([]byte("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		ct, err := Parse(in)
		if err != nil {
			if ErrorKey(err) == "handoff.error.other" {
				t.Fatalf("Parse: untyped error: %v", err)
			}
			return
		}
		if len(ct) > MaxInputBytes {
			t.Fatalf("Parse returned %d bytes", len(ct))
		}
		if _, err := Open(ct, id); err != nil && ErrorKey(err) == "handoff.error.other" {
			t.Fatalf("Open: untyped error: %v", err)
		}
	})
}
