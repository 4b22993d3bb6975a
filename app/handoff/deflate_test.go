package handoff

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"reflect"
	"testing"
)

// flateDeflate is how Encode compressed before internal/deflate (every
// link and file written until then).
func flateDeflate(b []byte) []byte {
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// TestDeflateAgainstFlate: a hand-off compressed by compress/flate (what
// the app wrote before) decodes to the same payload; compress/flate reads
// what Encode writes now; and ours is no larger than flate's but for a few
// bytes (the QR code sizes of TestSizes depend on it).
func TestDeflateAgainstFlate(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	payloads := []Payload{typical(), {Answers: typical().Answers}, maximal(false), maximal(true)}
	for range 2000 {
		payloads = append(payloads, randomPayload(r))
	}
	ours, theirs := 0, 0
	for i, p := range payloads {
		b, err := Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		body := b[2:]
		if b[1]&flagDeflate != 0 {
			if body, err = io.ReadAll(flate.NewReader(bytes.NewReader(b[2:]))); err != nil {
				t.Fatalf("#%d: compress/flate cannot read our body: %v", i, err)
			}
		}
		old := flateDeflate(body)
		if len(old) >= len(body) {
			continue // Encode did not compress it either way
		}
		ours += len(deflate(body))
		theirs += len(old)
		got, err := Decode(append([]byte{b[0], b[1] | flagDeflate}, old...))
		if err != nil {
			t.Fatalf("#%d: a compress/flate hand-off: %v", i, err)
		}
		if want := cleaned(p); !reflect.DeepEqual(got, want) {
			t.Fatalf("#%d: a compress/flate hand-off decodes differently", i)
		}
		if z := deflate(body); len(z) > len(old)+len(old)/50+2 {
			t.Errorf("#%d: %d body bytes deflate to %d, compress/flate %d", i, len(body), len(z), len(old))
		}
	}
	t.Logf("compressed bodies: ours %d B, compress/flate %d B (%.1f%%)", ours, theirs, 100*float64(ours)/float64(theirs))
}
