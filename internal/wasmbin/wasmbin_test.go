package wasmbin

import (
	"bytes"
	"testing"
)

// image applies segments to zeroed memory, in list order, as a
// WebAssembly engine does at instantiation.
func image(segs []Segment) []byte {
	size := 0
	for _, s := range segs {
		if e := int(s.Offset) + len(s.Data); e > size {
			size = e
		}
	}
	m := make([]byte, size)
	for _, s := range segs {
		copy(m[s.Offset:], s.Data)
	}
	return m
}

func TestMergeSegments(t *testing.T) {
	segs := []Segment{
		{Offset: 100, Data: []byte{1, 2}},
		{Offset: 110, Data: []byte{3}},    // gap 8 after the first
		{Offset: 200, Data: []byte{4, 5}}, // gap 89
		{Offset: 10, Data: []byte{6}},     // earlier in memory: a new run
		{Offset: 12, Data: []byte{7}},     // gap 1 after it
	}
	tests := []struct {
		gap  uint32
		want []Segment
	}{
		{0, segs},
		{8, []Segment{{100, []byte{1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 3}}, segs[2], {10, []byte{6, 0, 7}}}},
		{100, []Segment{{100, append(append([]byte{1, 2}, make([]byte, 8)...), append([]byte{3}, append(make([]byte, 89), 4, 5)...)...)}, {10, []byte{6, 0, 7}}}},
	}
	for _, tt := range tests {
		got, err := MergeSegments(segs, tt.gap)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tt.want) {
			t.Fatalf("gap %d: %d segments, want %d: %v", tt.gap, len(got), len(tt.want), got)
		}
		for i := range got {
			if got[i].Offset != tt.want[i].Offset || !bytes.Equal(got[i].Data, tt.want[i].Data) {
				t.Errorf("gap %d: segment %d = %v, want %v", tt.gap, i, got[i], tt.want[i])
			}
		}
		if !bytes.Equal(image(got), image(segs)) {
			t.Errorf("gap %d: memory differs", tt.gap)
		}
	}
}

// A gap that holds another segment (later in the list) must not be
// zero-filled over it.
func TestMergeSegmentsKeepsInterleaved(t *testing.T) {
	segs := []Segment{{0, []byte{1}}, {20, []byte{2}}, {10, []byte{3}}}
	got, err := MergeSegments(segs, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(image(got), image(segs)) {
		t.Errorf("memory differs: %v", got)
	}
	if _, err := MergeSegments([]Segment{{0, []byte{1, 2}}, {1, []byte{3}}}, 10); err == nil {
		t.Error("overlapping segments were accepted")
	}
}

func TestEncodeDataRoundTrip(t *testing.T) {
	segs := []Segment{{0, []byte("a")}, {1 << 31, []byte("big offset")}, {4096, nil}, {127, bytes.Repeat([]byte{9}, 300)}}
	got, err := DataSegments(EncodeData(segs))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(segs) {
		t.Fatalf("%d segments back, want %d", len(got), len(segs))
	}
	for i := range segs {
		if got[i].Offset != segs[i].Offset || !bytes.Equal(got[i].Data, segs[i].Data) {
			t.Errorf("segment %d = %v, want %v", i, got[i], segs[i])
		}
	}
}

// module builds a minimal module: a data count and a data section, and a
// custom section after them.
func module(segs []Segment) []byte {
	return Encode([]Section{
		{ID: SecDataCount, Payload: appendU32(nil, uint32(len(segs)))},
		{ID: SecData, Payload: EncodeData(segs)},
		{ID: SecCustom, Payload: append(appendU32(nil, 4), "note"...)},
	})
}

func TestMergeData(t *testing.T) {
	segs := []Segment{{0, []byte{1}}, {16, []byte{2}}, {64, []byte{3}}}
	out, before, after, err := MergeData(module(segs), 20)
	if err != nil {
		t.Fatal(err)
	}
	if before != 3 || after != 2 {
		t.Errorf("segments %d → %d, want 3 → 2", before, after)
	}
	secs, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(secs) != 3 || secs[2].Name() != "note" {
		t.Fatalf("sections not kept: %v", secs)
	}
	if r := (reader{b: secs[0].Payload}); r.u32() != 2 {
		t.Error("data count not updated")
	}
	got, _ := DataSegments(secs[1].Payload)
	if !bytes.Equal(image(got), image(segs)) {
		t.Error("memory differs")
	}
	again, _, after2, err := MergeData(out, 20)
	if err != nil || after2 != 2 || !bytes.Equal(again, out) {
		t.Errorf("a second merge changed the module (err %v)", err)
	}
	bad := module(segs)
	bad[len(bad)-20] = 0xff
	if _, _, _, err := MergeData(bad[:len(bad)-3], 20); err == nil {
		t.Error("a truncated module was accepted")
	}
}

func FuzzMergeSegments(f *testing.F) {
	f.Add([]byte{0, 5, 1, 2, 20, 3, 7, 8}, uint16(10))
	f.Fuzz(func(t *testing.T, spec []byte, gap uint16) {
		// spec: pairs (gap before, length) laid out in memory, then
		// rotated so the list order differs from memory order.
		var segs []Segment
		off := uint32(0)
		for i := 0; i+1 < len(spec); i += 2 {
			off += uint32(spec[i])
			n := int(spec[i+1]%16) + 1
			segs = append(segs, Segment{Offset: off, Data: bytes.Repeat([]byte{byte(i + 1)}, n)})
			off += uint32(n)
		}
		if len(segs) > 2 {
			k := int(spec[0]) % len(segs)
			segs = append(segs[k:], segs[:k]...)
		}
		got, err := MergeSegments(segs, uint32(gap))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(image(got), image(segs)) {
			t.Fatalf("memory differs: %v → %v", segs, got)
		}
		back, err := DataSegments(EncodeData(got))
		if err != nil || len(back) != len(got) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func TestPackageOf(t *testing.T) {
	known := map[string]string{
		SanitizedPath("github.com/maxence-charriere/go-app/v10/pkg/app"): "github.com/maxence-charriere/go-app/v10/pkg/app",
		SanitizedPath("kneadform/app/ui"):                                "kneadform/app/ui",
		SanitizedPath("encoding/json"):                                   "encoding/json",
	}
	tests := map[string]string{
		"kneadform_app_ui.__welcome_.Render":                  "kneadform/app/ui",
		"github.com_maxence_charriere_go_app_v10_pkg_app.Div": "github.com/maxence-charriere/go-app/v10/pkg/app",
		"encoding_json.Marshal":                               "encoding/json",
		"type_.eq.internal_abi.UncommonType":                  "type:",
		"go_buildid":                                          "go:",
		"runtime.mallocgc":                                    "runtime",
		"golang.org_x_crypto_chacha20.New":                    "golang.org_x_crypto_chacha20",
		"slices.SortFunc_go.shape.string_":                    "slices",
		"noDotAtAll":                                          "?",
	}
	for sym, want := range tests {
		if got := PackageOf(sym, known); got != want {
			t.Errorf("PackageOf(%q) = %q, want %q", sym, got, want)
		}
	}
}
