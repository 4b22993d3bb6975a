// Package wasmbin reads and rewrites the few parts of a WebAssembly binary
// that Kneadform's build and benchmark look at: the section layout, the
// function names and code sizes (for the per-package size table), and the
// data segments (which the Go linker emits in tens of thousands of tiny
// pieces, see MergeData).
//
// It is a build tool: nothing here is linked into web/app.wasm.
package wasmbin

import (
	"bytes"
	"errors"
	"fmt"
)

// Section ids of the WebAssembly binary format (core spec 5.5).
const (
	SecCustom    = 0
	SecImport    = 2
	SecCode      = 10
	SecData      = 11
	SecDataCount = 12
)

var magic = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// Section is one section of a module: its id and its payload (without the
// id byte and size).
type Section struct {
	ID      byte
	Payload []byte
}

// Name is the name of a custom section ("" for other sections).
func (s Section) Name() string {
	if s.ID != SecCustom {
		return ""
	}
	r := reader{b: s.Payload}
	n := r.name()
	if r.err != nil {
		return ""
	}
	return n
}

// Parse splits a module into its sections.
func Parse(b []byte) ([]Section, error) {
	if !bytes.HasPrefix(b, magic) {
		return nil, errors.New("wasmbin: not a WebAssembly 1.0 module")
	}
	r := reader{b: b, off: len(magic)}
	var out []Section
	for r.off < len(b) && r.err == nil {
		id := r.byte()
		size := r.u32()
		payload := r.bytes(int(size))
		if r.err != nil {
			break
		}
		out = append(out, Section{ID: id, Payload: payload})
	}
	if r.err != nil {
		return nil, fmt.Errorf("wasmbin: at byte %d: %w", r.off, r.err)
	}
	return out, nil
}

// Encode writes sections back into a module.
func Encode(secs []Section) []byte {
	out := append([]byte(nil), magic...)
	for _, s := range secs {
		out = append(out, s.ID)
		out = appendU32(out, uint32(len(s.Payload)))
		out = append(out, s.Payload...)
	}
	return out
}

// reader decodes the format's LEB128 integers, names and vectors; the
// first error sticks and later reads return zero values.
type reader struct {
	b   []byte
	off int
	err error
}

var errEOF = errors.New("unexpected end of data")

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.b) {
		r.err = errEOF
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) u32() uint32 {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 0xffffffff {
				r.err = errors.New("u32 out of range")
			}
			return uint32(v)
		}
	}
	r.err = errors.New("u32 too long")
	return 0
}

// s32 reads a signed LEB128 32-bit integer.
func (r *reader) s32() int32 {
	var v int64
	shift := 0
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			break
		}
		if shift >= 35 {
			r.err = errors.New("s32 too long")
			return 0
		}
	}
	if v < -1<<31 || v > 1<<31-1 {
		r.err = errors.New("s32 out of range")
		return 0
	}
	return int32(v)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.err = errEOF
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) name() string { return string(r.bytes(int(r.u32()))) }

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			c |= 0x80
		}
		b = append(b, c)
		if v == 0 {
			return b
		}
	}
}

func appendS32(b []byte, v int32) []byte {
	x := int64(v)
	for {
		c := byte(x & 0x7f)
		x >>= 7
		done := (x == 0 && c&0x40 == 0) || (x == -1 && c&0x40 != 0)
		if !done {
			c |= 0x80
		}
		b = append(b, c)
		if done {
			return b
		}
	}
}
