// Package deflate reads and writes raw DEFLATE (RFC 1951) without
// compress/flate, whose ~90 KB of code would otherwise sit in every
// phone's download only to pack a hand-off of a few hundred bytes
// (app/handoff, docs/performance.md).
//
// Decompress is a small canonical-Huffman decoder in the manner of zlib's
// puff: it accepts exactly the streams compress/flate accepts (incomplete
// Huffman codes are refused except a single code of one bit, as zlib and
// compress/flate do), bounds its output, and reports how many input bytes
// the stream used so trailing bytes can be refused. Compress writes one
// final block (stored, fixed or dynamic Huffman, whichever is smallest)
// from a lazy LZ77 match search over hash chains. Tests and fuzz targets
// compare both directions with compress/flate.
package deflate

import (
	"errors"
	"sync"
)

var (
	// ErrCorrupt: the input is not a complete, valid DEFLATE stream.
	ErrCorrupt = errors.New("deflate: corrupt or truncated input")
	// ErrTooLarge: the stream decompresses to more than the limit.
	ErrTooLarge = errors.New("deflate: output over the limit")
)

const (
	maxBits   = 15  // longest literal/length or distance code
	maxLit    = 286 // literal/length symbols a dynamic block may declare
	maxDist   = 30  // distance symbols a dynamic block may declare
	endOfData = 256 // the end-of-block symbol
)

// Base values and extra bits of the length symbols 257…285 and the distance
// symbols 0…29 (RFC 1951 3.2.5).
var (
	lenBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtr = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// clOrder is the order of the code length code lengths in a dynamic
// block's header.
var clOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// huffman is a canonical Huffman code for decoding: how many codes have
// each length, and the symbols ordered by code.
type huffman struct {
	count  [maxBits + 1]uint16
	symbol []uint16
}

// build sets h from code lengths. It reports false for a set of lengths
// compress/flate refuses: over-subscribed, or incomplete other than a
// single one-bit code. All lengths zero is an empty code, accepted here
// and refused when a symbol is read (as compress/flate does).
func (h *huffman) build(lengths []uint8) bool {
	h.count = [maxBits + 1]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	h.count[0] = 0
	left, max := 1, 0
	for l := 1; l <= maxBits; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false
		}
		if h.count[l] > 0 {
			max = l
		}
	}
	if left != 0 && max != 0 && !(max == 1 && h.count[1] == 1) {
		return false
	}
	var offs [maxBits + 2]uint16
	for l := 1; l <= maxBits; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]uint16, offs[maxBits+1])
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	return true
}

// reader reads bits least significant first.
type reader struct {
	in   []byte
	pos  int  // next byte of in
	bit  uint // bits of acc not yet used
	acc  uint32
	fail bool
}

func (r *reader) bits(n uint) int {
	for r.bit < n {
		if r.pos >= len(r.in) {
			r.fail = true
			return 0
		}
		r.acc |= uint32(r.in[r.pos]) << r.bit
		r.pos++
		r.bit += 8
	}
	v := r.acc & (1<<n - 1)
	r.acc >>= n
	r.bit -= n
	return int(v)
}

// decode reads one symbol of h, bit by bit; -1 when the bits are no code.
func (r *reader) decode(h *huffman) int {
	code, first, index := 0, 0, 0
	for l := 1; l <= maxBits; l++ {
		code |= r.bits(1)
		if r.fail {
			return -1
		}
		count := int(h.count[l])
		if code-first < count {
			return int(h.symbol[index+code-first])
		}
		index += count
		first = (first + count) << 1
		code <<= 1
	}
	return -1
}

// Decompress reads one raw DEFLATE stream from the start of in. It returns
// the output and how many bytes of in the stream used (the rest is not
// read). A stream that would write more than limit bytes stops with
// ErrTooLarge; anything not a valid stream is ErrCorrupt. It never panics.
func Decompress(in []byte, limit int) (out []byte, used int, err error) {
	r := &reader{in: in}
	for {
		final := r.bits(1)
		kind := r.bits(2)
		if r.fail {
			return nil, 0, ErrCorrupt
		}
		switch kind {
		case 0:
			out, err = stored(r, out, limit)
		case 1:
			fixedCodes()
			out, err = codes(r, out, limit, &fixedLit, &fixedDist)
		case 2:
			var lit, dist huffman
			if err = dynamic(r, &lit, &dist); err == nil {
				out, err = codes(r, out, limit, &lit, &dist)
			}
		default:
			err = ErrCorrupt
		}
		if err != nil {
			return nil, 0, err
		}
		if final == 1 {
			return out, r.pos, nil
		}
	}
}

func stored(r *reader, out []byte, limit int) ([]byte, error) {
	r.acc, r.bit = 0, 0 // the rest of the current byte is padding
	if len(r.in)-r.pos < 4 {
		return nil, ErrCorrupt
	}
	p := r.in[r.pos:]
	n := int(p[0]) | int(p[1])<<8
	if uint16(n) != ^(uint16(p[2]) | uint16(p[3])<<8) {
		return nil, ErrCorrupt
	}
	r.pos += 4
	if avail := min(n, len(r.in)-r.pos); len(out)+avail > limit {
		return nil, ErrTooLarge // what is there already overflows
	}
	if len(r.in)-r.pos < n {
		return nil, ErrCorrupt
	}
	out = append(out, r.in[r.pos:r.pos+n]...)
	r.pos += n
	return out, nil
}

// codes decodes the symbols of one Huffman block up to its end symbol.
func codes(r *reader, out []byte, limit int, lit, dist *huffman) ([]byte, error) {
	for {
		s := r.decode(lit)
		switch {
		case s < 0:
			return nil, ErrCorrupt
		case s < 256:
			if len(out) >= limit {
				return nil, ErrTooLarge
			}
			out = append(out, byte(s))
			continue
		case s == endOfData:
			return out, nil
		case s > 285:
			return nil, ErrCorrupt
		}
		s -= 257
		n := int(lenBase[s]) + r.bits(uint(lenExtra[s]))
		d := r.decode(dist)
		if d < 0 || d >= maxDist {
			return nil, ErrCorrupt
		}
		back := int(distBase[d]) + r.bits(uint(distExtr[d]))
		if r.fail || back > len(out) {
			return nil, ErrCorrupt
		}
		if len(out)+n > limit {
			return nil, ErrTooLarge
		}
		from := len(out) - back
		for i := 0; i < n; i++ { // byte by byte: the copy may overlap itself
			out = append(out, out[from+i])
		}
	}
}

// dynamic reads a dynamic block's code definitions.
func dynamic(r *reader, lit, dist *huffman) error {
	nlit := r.bits(5) + 257
	ndist := r.bits(5) + 1
	nclen := r.bits(4) + 4
	if r.fail || nlit > maxLit || ndist > maxDist {
		return ErrCorrupt
	}
	var lengths [maxLit + maxDist]uint8
	for i := 0; i < nclen; i++ {
		lengths[clOrder[i]] = uint8(r.bits(3))
	}
	var cl huffman
	if r.fail || !cl.build(lengths[:19]) {
		return ErrCorrupt
	}
	lengths = [maxLit + maxDist]uint8{}
	for i := 0; i < nlit+ndist; {
		s := r.decode(&cl)
		if s < 0 {
			return ErrCorrupt
		}
		if s < 16 {
			lengths[i] = uint8(s)
			i++
			continue
		}
		var v uint8
		var rep int
		switch s {
		case 16:
			if i == 0 {
				return ErrCorrupt
			}
			v, rep = lengths[i-1], 3+r.bits(2)
		case 17:
			rep = 3 + r.bits(3)
		default:
			rep = 11 + r.bits(7)
		}
		if r.fail || i+rep > nlit+ndist {
			return ErrCorrupt
		}
		for ; rep > 0; rep-- {
			lengths[i] = v
			i++
		}
	}
	if !lit.build(lengths[:nlit]) || !dist.build(lengths[nlit:nlit+ndist]) {
		return ErrCorrupt
	}
	return nil
}

// The fixed codes of block type 1 (RFC 1951 3.2.6), built on first use
// (not at start-up: the app may never share).
var (
	fixedOnce           sync.Once
	fixedLit, fixedDist huffman
	fixedLens           struct{ lit, dist code }
)

func fixedCodes() {
	fixedOnce.Do(func() {
		l, d := fixedLengths()
		fixedLit.build(l)
		fixedDist.build(d) // 30 and 31 are codes too, refused when read
		fixedLens.lit, fixedLens.dist = newCode(l), newCode(d[:maxDist])
	})
}

func fixedLengths() (lit, dist []uint8) {
	lit = make([]uint8, 288)
	for i := range lit {
		switch {
		case i < 144:
			lit[i] = 8
		case i < 256:
			lit[i] = 9
		case i < 280:
			lit[i] = 7
		default:
			lit[i] = 8
		}
	}
	dist = make([]uint8, 32)
	for i := range dist {
		dist[i] = 5
	}
	return lit, dist
}
