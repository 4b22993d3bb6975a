package handoff

import "fmt"

// bitWriter appends values of a few bits each, most significant bit first.
type bitWriter struct {
	buf  []byte
	used uint // bits used in the last byte of buf (0 means it is full)
}

// write appends the low width bits of v.
func (w *bitWriter) write(v uint, width uint) {
	for i := int(width) - 1; i >= 0; i-- {
		if w.used == 0 {
			w.buf = append(w.buf, 0)
		}
		if v>>uint(i)&1 == 1 {
			w.buf[len(w.buf)-1] |= 0x80 >> w.used
		}
		w.used = (w.used + 1) % 8
	}
}

func (w *bitWriter) bit(b bool) {
	if b {
		w.write(1, 1)
	} else {
		w.write(0, 1)
	}
}

// bitReader reads what bitWriter wrote. The first read past the end sets
// err, and every read after an error returns 0, so a decoder can check err
// once per section.
type bitReader struct {
	buf []byte
	pos uint // in bits
	err error
}

func (r *bitReader) read(width uint) uint {
	if r.err != nil {
		return 0
	}
	if r.pos+width > uint(len(r.buf))*8 {
		r.err = fmt.Errorf("%w: the answers end early", ErrMalformed)
		return 0
	}
	var v uint
	for i := uint(0); i < width; i++ {
		b := r.buf[r.pos/8] >> (7 - r.pos%8) & 1
		v = v<<1 | uint(b)
		r.pos++
	}
	return v
}

func (r *bitReader) bit() bool { return r.read(1) == 1 }

// bytesUsed is how many whole bytes the bits read so far take.
func (r *bitReader) bytesUsed() int { return int((r.pos + 7) / 8) }

// width is the number of bits needed to write every value from 0 to n.
func width(n int) uint {
	w := uint(0)
	for n > 0 {
		w++
		n >>= 1
	}
	return w
}
