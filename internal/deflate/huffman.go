package deflate

import "sort"

// dynamicCodes is what a dynamic block declares: its literal/length and
// distance codes, and their lengths run-length coded with the code length
// code (RFC 1951 3.2.7).
type dynamicCodes struct {
	lit, dist   code
	nlit, ndist int
	cl          code
	ncl         int     // code length code lengths written
	rle         []token // code length symbols 0…18 (n) with their extra bits (dist)
}

func newDynamic(litFreq, distFreq []int) *dynamicCodes {
	d := &dynamicCodes{}
	ll, dl := huffLengths(litFreq, maxBits), huffLengths(distFreq, maxBits)
	d.lit, d.dist = newCode(ll), newCode(dl)
	d.nlit, d.ndist = used(ll, 257), used(dl, 1)

	all := append(append([]uint8(nil), ll[:d.nlit]...), dl[:d.ndist]...)
	var clFreq [19]int
	for i := 0; i < len(all); {
		v, run := all[i], 1
		for i+run < len(all) && all[i+run] == v {
			run++
		}
		i += run
		if v == 0 {
			for ; run >= 11; run -= min(run, 138) {
				d.rle = append(d.rle, token{n: 18, dist: uint16(min(run, 138) - 11)})
			}
			if run >= 3 {
				d.rle = append(d.rle, token{n: 17, dist: uint16(run - 3)})
				run = 0
			}
		} else {
			d.rle = append(d.rle, token{n: uint16(v)})
			for run--; run >= 3; run -= min(run, 6) {
				d.rle = append(d.rle, token{n: 16, dist: uint16(min(run, 6) - 3)})
			}
		}
		for ; run > 0; run-- {
			d.rle = append(d.rle, token{n: uint16(v)})
		}
	}
	for _, t := range d.rle {
		clFreq[t.n]++
	}
	d.cl = newCode(huffLengths(clFreq[:], 7))
	d.ncl = 19
	for d.ncl > 4 && d.cl.len[clOrder[d.ncl-1]] == 0 {
		d.ncl--
	}
	return d
}

// used is the number of lengths up to the last non-zero one, at least n.
func used(lengths []uint8, n int) int {
	for k := len(lengths); k > n; k-- {
		if lengths[k-1] != 0 {
			return k
		}
	}
	return n
}

// rleExtra is the extra bits of the code length symbols 16, 17 and 18.
var rleExtra = [19]uint8{16: 2, 17: 3, 18: 7}

func (d *dynamicCodes) headerBits() int {
	n := 5 + 5 + 4 + 3*d.ncl
	for _, t := range d.rle {
		n += int(d.cl.len[t.n]) + int(rleExtra[t.n])
	}
	return n
}

func (d *dynamicCodes) writeHeader(w *writer) {
	w.write(d.nlit-257, 5)
	w.write(d.ndist-1, 5)
	w.write(d.ncl-4, 4)
	for _, s := range clOrder[:d.ncl] {
		w.write(int(d.cl.len[s]), 3)
	}
	for _, t := range d.rle {
		d.cl.put(w, int(t.n))
		w.write(int(t.dist), uint(rleExtra[t.n]))
	}
}

// huffLengths returns the lengths of a Huffman code for freq with no code
// longer than limit. The code is always complete (what compress/flate
// requires of a stream): with fewer than two symbols used, symbols 0 and 1
// or the one used and another get one bit each. When the Huffman code is
// too deep, the frequencies are halved (rounding up) until it is not.
func huffLengths(freq []int, limit int) []uint8 {
	lengths := make([]uint8, len(freq))
	type leaf struct{ w, sym int }
	var leaves []leaf
	for s, f := range freq {
		if f > 0 {
			leaves = append(leaves, leaf{f, s})
		}
	}
	if len(leaves) < 2 {
		lengths[0], lengths[1] = 1, 1
		if len(leaves) == 1 && leaves[0].sym > 1 {
			lengths[1] = 0
			lengths[leaves[0].sym] = 1
		}
		return lengths
	}
	for {
		sort.Slice(leaves, func(a, b int) bool {
			if leaves[a].w != leaves[b].w {
				return leaves[a].w < leaves[b].w
			}
			return leaves[a].sym < leaves[b].sym
		})
		w := make([]int, len(leaves))
		for k, l := range leaves {
			w[k] = l.w
		}
		depth := treeDepths(w)
		deepest := 0
		for _, d := range depth {
			deepest = max(deepest, d)
		}
		if deepest <= limit {
			for k, l := range leaves {
				lengths[l.sym] = uint8(depth[k])
			}
			return lengths
		}
		for k := range leaves {
			leaves[k].w = (leaves[k].w + 1) / 2
		}
	}
}

// treeDepths builds a Huffman tree over the weights w (ascending, at least
// two) with two queues and returns each leaf's depth.
func treeDepths(w []int) []int {
	m := len(w)
	weight := make([]int, 2*m-1)
	parent := make([]int, 2*m-1)
	copy(weight, w)
	leaf, inner, next := 0, m, m
	pick := func() int {
		if leaf < m && (inner >= next || weight[leaf] <= weight[inner]) {
			leaf++
			return leaf - 1
		}
		inner++
		return inner - 1
	}
	for ; next < 2*m-1; next++ {
		a, b := pick(), pick()
		weight[next] = weight[a] + weight[b]
		parent[a], parent[b] = next, next
	}
	depth := make([]int, 2*m-1)
	for k := 2*m - 3; k >= 0; k-- {
		depth[k] = depth[parent[k]] + 1
	}
	return depth[:m]
}
