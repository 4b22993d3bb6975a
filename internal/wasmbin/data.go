package wasmbin

import (
	"errors"
	"fmt"
	"sort"
)

// Segment is an active data segment of memory 0 at a constant offset,
// the only kind the Go linker writes.
type Segment struct {
	Offset uint32
	Data   []byte
}

// segmentOverhead is what a segment costs besides its bytes: flags, the
// i32.const offset expression and the length (an upper bound).
const segmentOverhead = 1 + 1 + 5 + 1 + 5

// DataSegments decodes a data section payload. It fails on anything but
// active memory-0 segments with an i32.const offset (passive segments,
// other memories or offset expressions are not the Go linker's output and
// are left to the caller to keep as they are).
func DataSegments(payload []byte) ([]Segment, error) {
	r := reader{b: payload}
	n := r.u32()
	if r.err != nil {
		return nil, r.err
	}
	if int(n) > len(payload) {
		return nil, errors.New("wasmbin: data segment count larger than the section")
	}
	segs := make([]Segment, 0, n)
	for i := uint32(0); i < n; i++ {
		flags := r.u32()
		if flags != 0 {
			return nil, fmt.Errorf("wasmbin: data segment %d: flags %d, want 0 (active, memory 0)", i, flags)
		}
		if op := r.byte(); op != 0x41 { // i32.const
			return nil, fmt.Errorf("wasmbin: data segment %d: offset is not i32.const", i)
		}
		off := r.s32()
		if end := r.byte(); end != 0x0b {
			return nil, fmt.Errorf("wasmbin: data segment %d: offset expression too long", i)
		}
		data := r.bytes(int(r.u32()))
		if r.err != nil {
			return nil, fmt.Errorf("wasmbin: data segment %d: %w", i, r.err)
		}
		segs = append(segs, Segment{Offset: uint32(off), Data: data})
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.off != len(payload) {
		return nil, errors.New("wasmbin: bytes after the last data segment")
	}
	return segs, nil
}

// EncodeData writes segments as a data section payload.
func EncodeData(segs []Segment) []byte {
	size := 5
	for _, s := range segs {
		size += segmentOverhead + len(s.Data)
	}
	out := make([]byte, 0, size)
	out = appendU32(out, uint32(len(segs)))
	for _, s := range segs {
		out = append(out, 0, 0x41)
		out = appendS32(out, int32(s.Offset))
		out = append(out, 0x0b)
		out = appendU32(out, uint32(len(s.Data)))
		out = append(out, s.Data...)
	}
	return out
}

// MergeSegments joins neighbouring segments separated by at most maxGap
// bytes, writing the gap as zeros, in order of offset. Memory starts
// zeroed and segments that do not overlap can be applied in any order, so
// the module initialises exactly the same memory. Overlapping segments
// (not the Go linker's layout) are an error, and then nothing should be
// rewritten.
func MergeSegments(segs []Segment, maxGap uint32) ([]Segment, error) {
	segs = append([]Segment(nil), segs...)
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].Offset < segs[j].Offset })
	var out []Segment
	var cur []byte
	var start, end uint64
	for i, s := range segs {
		o := uint64(s.Offset)
		if i > 0 && o < end {
			return nil, fmt.Errorf("wasmbin: data segment %d at %d overlaps the one before it (ends at %d)", i, o, end)
		}
		if i > 0 && o-end <= uint64(maxGap) {
			cur = append(cur, make([]byte, o-end)...)
			cur = append(cur, s.Data...)
			end = o + uint64(len(s.Data))
			continue
		}
		if i > 0 {
			out = append(out, Segment{Offset: uint32(start), Data: cur})
		}
		cur = append([]byte(nil), s.Data...)
		start, end = o, o+uint64(len(s.Data))
		if end > 1<<32 {
			return nil, fmt.Errorf("wasmbin: data segment %d ends beyond 4 GiB", i)
		}
	}
	if len(segs) > 0 {
		out = append(out, Segment{Offset: uint32(start), Data: cur})
	}
	return out, nil
}

// MergeData rewrites a module so that data segments closer than maxGap
// bytes become one (see MergeSegments), updating the data count section
// if there is one. It returns the new module and the segment counts
// before and after. The Go linker writes up to 100,000 segments, each
// with a few bytes of header that compress badly; the gaps it skips are
// zeros, which compress to almost nothing.
func MergeData(module []byte, maxGap uint32) (out []byte, before, after int, err error) {
	secs, err := Parse(module)
	if err != nil {
		return nil, 0, 0, err
	}
	di := -1
	for i, s := range secs {
		if s.ID == SecData {
			if di >= 0 {
				return nil, 0, 0, errors.New("wasmbin: two data sections")
			}
			di = i
		}
	}
	if di < 0 {
		return module, 0, 0, nil
	}
	segs, err := DataSegments(secs[di].Payload)
	if err != nil {
		return nil, 0, 0, err
	}
	merged, err := MergeSegments(segs, maxGap)
	if err != nil {
		return nil, 0, 0, err
	}
	secs[di].Payload = EncodeData(merged)
	for i, s := range secs {
		if s.ID == SecDataCount {
			secs[i].Payload = appendU32(nil, uint32(len(merged)))
		}
	}
	return Encode(secs), len(segs), len(merged), nil
}
