package deflate

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

// limit is the output bound of the tests (app/handoff uses 8 KB; some
// inputs here are larger).
const limit = 1 << 21

// samples are inputs of every shape the hand-off and the fuzz seeds have.
func samples() map[string][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func(n, alphabet int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.IntN(alphabet))
		}
		return b
	}
	text := []byte(strings.Repeat("Maya Cohen, prenatal vitamins; between the blades, low back left and right. ", 20))
	return map[string][]byte{
		"empty":             {},
		"one byte":          {'x'},
		"two bytes":         {0, 0},
		"three equal":       {7, 7, 7},
		"run of 258":        bytes.Repeat([]byte{'a'}, 258),
		"run of 1 MB":       make([]byte, 1<<20),
		"text":              text,
		"short text":        []byte("prenatal vitamins"),
		"random 300":        random(300, 256),
		"random 5000":       random(5000, 256),
		"random 70000":      random(70000, 256), // two stored blocks
		"small alphabet 4k": random(4000, 4),
		"two symbols 10k":   random(10000, 2),
		"64 KiB boundary":   random(65535, 256),
		"far match":         append(append(random(40000, 256), text[:100]...), text[:100]...),
		"window edge":       append(append(append([]byte(nil), text[:50]...), random(32768-50, 256)...), text[:50]...),
		"all byte values": func() []byte {
			b := make([]byte, 256)
			for i := range b {
				b[i] = byte(i)
			}
			return b
		}(),
		"skewed frequencies": skewed(),
	}
}

// skewed has Fibonacci-like symbol counts, whose Huffman code is deeper
// than 15 bits, so the length limit is exercised.
func skewed() []byte {
	var b []byte
	a, c := 1, 1
	for s := 0; s < 25; s++ {
		for k := 0; k < a; k++ {
			b = append(b, byte(s*7))
		}
		a, c = c, a+c
	}
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	return b
}

func TestRoundTrip(t *testing.T) {
	for name, in := range samples() {
		z := Compress(in)
		out, used, err := Decompress(z, limit)
		if err != nil || used != len(z) || !bytes.Equal(out, in) {
			t.Errorf("%s: Decompress(Compress) = %d bytes, used %d of %d, %v", name, len(out), used, len(z), err)
		}
		if got, err := io.ReadAll(flate.NewReader(bytes.NewReader(z))); err != nil || !bytes.Equal(got, in) {
			t.Errorf("%s: compress/flate reads %d bytes of our %d, %v", name, len(got), len(in), err)
		}
	}
}

// TestReadsFlate decodes what compress/flate writes at every level, also
// streams of several blocks (flushes, empty stored blocks).
func TestReadsFlate(t *testing.T) {
	for name, in := range samples() {
		for level := flate.HuffmanOnly; level <= flate.BestCompression; level++ {
			var z bytes.Buffer
			w, _ := flate.NewWriter(&z, level)
			half := len(in) / 2
			w.Write(in[:half])
			w.Flush()
			w.Write(in[half:])
			w.Close()
			out, used, err := Decompress(z.Bytes(), limit)
			if err != nil || used != z.Len() || !bytes.Equal(out, in) {
				t.Errorf("%s, level %d: %d bytes, used %d of %d, %v", name, level, len(out), used, z.Len(), err)
			}
		}
	}
}

// TestSize holds our output within a few percent of compress/flate's best
// on the inputs the hand-off compresses (text-like, under 3 KB).
func TestSize(t *testing.T) {
	for name, in := range samples() {
		var z bytes.Buffer
		w, _ := flate.NewWriter(&z, flate.BestCompression)
		w.Write(in)
		w.Close()
		ours := len(Compress(in))
		t.Logf("%-20s %8d → ours %7d, flate %7d", name, len(in), ours, z.Len())
		if ours > z.Len()+z.Len()/20+8 {
			t.Errorf("%s: %d bytes, compress/flate %d", name, ours, z.Len())
		}
	}
}

func TestHuffLengths(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 2000; trial++ {
		n, lim := 2+rng.IntN(290), 7+rng.IntN(9)
		if n > 19 && lim < 9 {
			n = 19
		}
		freq := make([]int, n)
		for s := range freq {
			switch rng.IntN(4) {
			case 0: // unused
			case 1:
				freq[s] = 1 << rng.IntN(24)
			default:
				freq[s] = rng.IntN(50)
			}
		}
		lengths := huffLengths(freq, lim)
		kraft, nonzero := 0, 0
		for s, l := range lengths {
			if int(l) > lim || freq[s] > 0 && l == 0 {
				t.Fatalf("freq %v, limit %d: lengths %v", freq, lim, lengths)
			}
			if l > 0 {
				kraft += 1 << (maxBits - l)
				nonzero++
			}
		}
		if kraft != 1<<maxBits {
			t.Fatalf("freq %v, limit %d: lengths %v are not a complete code", freq, lim, lengths)
		}
	}
}

func isErr(r string) bool { return r == "too large" || r == "corrupt" }

// result is what a decoder made of a stream, for comparing two decoders.
func result(out []byte, used int, err error) string {
	switch {
	case errors.Is(err, ErrTooLarge):
		return "too large"
	case err != nil:
		return "corrupt"
	}
	return fmt.Sprintf("ok, used %d, %q", used, out)
}

// viaFlate decodes in with compress/flate the way app/handoff did.
func viaFlate(in []byte, limit int) string {
	src := bytes.NewReader(in)
	out, err := io.ReadAll(io.LimitReader(flate.NewReader(src), int64(limit)+1))
	switch {
	case err != nil:
		return "corrupt"
	case len(out) > limit:
		return "too large"
	}
	return result(out, len(in)-src.Len(), nil)
}

func checkSame(t *testing.T, in []byte, lim int) {
	t.Helper()
	out, used, err := Decompress(in, lim)
	got, want := result(out, used, err), viaFlate(in, lim)
	// A stream both too large and damaged further on is refused by both;
	// which fault a decoder meets first depends on how far it reads ahead
	// (compress/flate decodes in chunks), so either error will do.
	if isErr(got) && isErr(want) {
		return
	}
	if got != want {
		t.Fatalf("Decompress(%x, %d): %.200s; compress/flate: %.200s", in, lim, got, want)
	}
}

// TestCorrupt damages valid streams (bit flips, cuts, trailing bytes) and
// checks that Decompress never panics and judges them as compress/flate
// does: the same output and bytes used, or an error of the same kind.
func TestCorrupt(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var streams [][]byte
	all := samples()
	names := make([]string, 0, len(all))
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names) // the same streams in the same order every run
	for _, name := range names {
		in := all[name]
		if len(in) > 6000 {
			in = in[:6000]
		}
		streams = append(streams, Compress(in))
		for _, level := range []int{flate.HuffmanOnly, flate.NoCompression, flate.BestSpeed, flate.BestCompression} {
			var z bytes.Buffer
			w, _ := flate.NewWriter(&z, level)
			w.Write(in)
			w.Close()
			streams = append(streams, z.Bytes())
		}
	}
	for _, z := range streams {
		for trial := 0; trial < 60; trial++ {
			b := append([]byte(nil), z...)
			switch trial % 4 {
			case 0:
				for k := 0; k <= rng.IntN(3); k++ {
					i := rng.IntN(len(b))
					b[i] ^= 1 << rng.IntN(8)
				}
			case 1:
				b = b[:rng.IntN(len(b)+1)]
			case 2:
				b = append(b, byte(rng.IntN(256)))
			case 3:
				b[rng.IntN(len(b))] = byte(rng.IntN(256))
			}
			checkSame(t, b, 8<<10)
			checkSame(t, b, rng.IntN(3000))
		}
	}
	for _, b := range [][]byte{nil, {0xff, 0xff}, {0x01, 0x00, 0x00, 0xff, 0xff}, {0x03}, {0x07}, {0x05, 0xff}} {
		checkSame(t, b, 8<<10)
	}
}

// FuzzDecompress compares Decompress with compress/flate on any input.
func FuzzDecompress(f *testing.F) {
	for _, in := range samples() {
		if len(in) < 3000 {
			f.Add(Compress(in), 8<<10)
		}
	}
	f.Add([]byte{0x01, 0x00, 0x00, 0xff, 0xff}, 100)
	f.Fuzz(func(t *testing.T, in []byte, lim int) {
		if lim < 0 || lim > 1<<16 {
			lim = 8 << 10
		}
		checkSame(t, in, lim)
	})
}

// FuzzRoundTrip checks that anything compressed comes back, through
// Decompress and through compress/flate, and stays within the size bound of
// a stored block.
func FuzzRoundTrip(f *testing.F) {
	for _, in := range samples() {
		if len(in) < 3000 {
			f.Add(in)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		z := Compress(in)
		if len(z) > len(in)+5*(len(in)/65535+1) {
			t.Fatalf("%d bytes became %d", len(in), len(z))
		}
		out, used, err := Decompress(z, len(in))
		if err != nil || used != len(z) || !bytes.Equal(out, in) {
			t.Fatalf("Decompress: %d bytes, used %d of %d, %v", len(out), used, len(z), err)
		}
		if got, err := io.ReadAll(flate.NewReader(bytes.NewReader(z))); err != nil || !bytes.Equal(got, in) {
			t.Fatalf("compress/flate: %d bytes, %v", len(got), err)
		}
	})
}
