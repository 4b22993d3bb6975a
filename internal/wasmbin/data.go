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

// MergeSegments joins segments that follow each other both in the list
// and in memory, separated by at most maxGap bytes, writing the gap as
// zeros. Memory starts zeroed and no other segment lies in a gap, so the
// module initialises exactly the same memory; the list order is kept (it
// is what the compressor sees). Overlapping segments (not the Go linker's
// layout) are an error, and then nothing should be rewritten.
func MergeSegments(segs []Segment, maxGap uint32) ([]Segment, error) {
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return segs[order[a]].Offset < segs[order[b]].Offset })
	rank := make([]int, len(segs))
	for r, i := range order {
		rank[i] = r
		if r > 0 {
			prev := segs[order[r-1]]
			if uint64(prev.Offset)+uint64(len(prev.Data)) > uint64(segs[i].Offset) {
				return nil, fmt.Errorf("wasmbin: data segments %d and %d overlap", order[r-1], i)
			}
		}
		if uint64(segs[i].Offset)+uint64(len(segs[i].Data)) > 1<<32 {
			return nil, fmt.Errorf("wasmbin: data segment %d ends beyond 4 GiB", i)
		}
	}
	var out []Segment
	for i, s := range segs {
		if n := len(out); n > 0 && rank[i] == rank[i-1]+1 {
			last := &out[n-1]
			end := uint64(last.Offset) + uint64(len(last.Data))
			if gap := uint64(s.Offset) - end; gap <= uint64(maxGap) {
				last.Data = append(last.Data, make([]byte, gap)...)
				last.Data = append(last.Data, s.Data...)
				continue
			}
		}
		out = append(out, Segment{Offset: s.Offset, Data: append([]byte(nil), s.Data...)})
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
