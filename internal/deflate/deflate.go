package deflate

// Match search parameters: the window and longest match of RFC 1951, and
// how hard to look (compress/flate's BestCompression looks at 4096
// candidates too).
const (
	window   = 1 << 15
	minMatch = 3
	maxMatch = 258
	maxChain = 4096
	hashBits = 15
	// A 3-byte match further back than this costs about as much as three
	// literals (zlib's TOO_FAR).
	tooFar = 4096
)

// A token is a literal byte (dist 0) or a match of length n at distance
// dist.
type token struct {
	n    uint16 // the literal byte, or the match length
	dist uint16
}

// Compress writes src as one final raw DEFLATE block: stored, fixed or
// dynamic Huffman, whichever is the smallest (stored data is split into
// blocks of at most 65,535 bytes).
func Compress(src []byte) []byte {
	toks := matches(src)
	var litFreq [maxLit]int
	var distFreq [maxDist]int
	for _, t := range toks {
		if t.dist == 0 {
			litFreq[t.n]++
			continue
		}
		litFreq[257+lenSym(int(t.n))]++
		distFreq[distSym(int(t.dist))]++
	}
	litFreq[endOfData] = 1

	fixedCodes()
	dyn := newDynamic(litFreq[:], distFreq[:])
	dynBits := 3 + dyn.headerBits() + dataBits(toks, dyn.lit, dyn.dist)
	fixBits := 3 + dataBits(toks, fixedLens.lit, fixedLens.dist)
	storedBytes := len(src) + 5*max(1, (len(src)+65534)/65535)

	var w writer
	switch {
	case storedBytes*8 <= dynBits && storedBytes*8 <= fixBits:
		for first := true; first || len(src) > 0; first = false {
			n := min(len(src), 65535)
			final := 0
			if n == len(src) {
				final = 1
			}
			w.write(final, 3) // BFINAL, BTYPE 00
			w.align()
			w.write(n, 16)
			w.write(^n&0xffff, 16)
			w.out = append(w.out, src[:n]...)
			src = src[n:]
		}
		return w.out
	case fixBits <= dynBits:
		w.write(1|1<<1, 3)
		writeData(&w, toks, fixedLens.lit, fixedLens.dist)
	default:
		w.write(1|2<<1, 3)
		dyn.writeHeader(&w)
		writeData(&w, toks, dyn.lit, dyn.dist)
	}
	w.align()
	return w.out
}

// matches is a lazy LZ77 parse of src: at each position the longest match
// in the window, taken only when the next position has no longer one.
func matches(src []byte) []token {
	m := matcher{src: src, prev: make([]int32, len(src))}
	for i := range m.head {
		m.head[i] = -1
	}
	var toks []token
	for i := 0; i < len(src); {
		n, d := m.find(i)
		if n < minMatch {
			toks = append(toks, token{n: uint16(src[i])})
			i++
			continue
		}
		for n < maxMatch && i+1 < len(src) {
			n2, d2 := m.find(i + 1)
			if n2 <= n {
				break
			}
			toks = append(toks, token{n: uint16(src[i])})
			i++
			n, d = n2, d2
		}
		toks = append(toks, token{n: uint16(n), dist: uint16(d)})
		i += n
	}
	return toks
}

type matcher struct {
	src  []byte
	head [1 << hashBits]int32 // the latest position of each hash, -1 for none
	prev []int32              // the position before with the same hash
	next int                  // positions below next are in the chains
}

func (m *matcher) hash(i int) int {
	s := m.src
	return int((uint32(s[i])<<16|uint32(s[i+1])<<8|uint32(s[i+2]))*0x9E3779B1) >> (32 - hashBits)
}

// find returns the longest match for position i (length, distance), or
// length 0.
func (m *matcher) find(i int) (int, int) {
	s := m.src
	for ; m.next < i; m.next++ {
		if m.next+minMatch <= len(s) {
			h := m.hash(m.next)
			m.prev[m.next], m.head[h] = m.head[h], int32(m.next)
		}
	}
	if i+minMatch > len(s) {
		return 0, 0
	}
	limit := min(maxMatch, len(s)-i)
	best, dist := 0, 0
	c := m.head[m.hash(i)]
	for chain := 0; c >= 0 && i-int(c) <= window && chain < maxChain; chain++ {
		j := int(c)
		if s[j+best] == s[i+best] {
			n := 0
			for n < limit && s[j+n] == s[i+n] {
				n++
			}
			if n > best {
				best, dist = n, i-j
				if n == limit {
					break
				}
			}
		}
		c = m.prev[j]
	}
	if best < minMatch || best == minMatch && dist > tooFar {
		return 0, 0
	}
	return best, dist
}

func lenSym(n int) int {
	k := len(lenBase) - 1
	for int(lenBase[k]) > n {
		k--
	}
	return k
}

func distSym(d int) int {
	k := len(distBase) - 1
	for int(distBase[k]) > d {
		k--
	}
	return k
}

// writer writes bits least significant first.
type writer struct {
	out []byte
	acc uint64
	n   uint
}

func (w *writer) write(v int, n uint) {
	w.acc |= uint64(v) << w.n
	w.n += n
	for w.n >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.n -= 8
	}
}

// align pads to a whole byte with zero bits.
func (w *writer) align() {
	if w.n > 0 {
		w.write(0, 8-w.n)
	}
}

// code is a canonical Huffman code for writing: each symbol's length and
// its bits, reversed to be written least significant first.
type code struct {
	len  []uint8
	bits []uint16
}

func newCode(lengths []uint8) code {
	var count [maxBits + 1]int
	for _, l := range lengths {
		count[l]++
	}
	count[0] = 0
	var next [maxBits + 1]int
	for l, c := 1, 0; l <= maxBits; l++ {
		c = (c + count[l-1]) << 1
		next[l] = c
	}
	bits := make([]uint16, len(lengths))
	for s, l := range lengths {
		if l == 0 {
			continue
		}
		v := next[l]
		next[l]++
		r := 0
		for k := uint8(0); k < l; k++ {
			r = r<<1 | v>>k&1
		}
		bits[s] = uint16(r)
	}
	return code{len: lengths, bits: bits}
}

func (c code) put(w *writer, s int) { w.write(int(c.bits[s]), uint(c.len[s])) }

func dataBits(toks []token, lit, dist code) int {
	n := int(lit.len[endOfData])
	for _, t := range toks {
		if t.dist == 0 {
			n += int(lit.len[t.n])
			continue
		}
		ls, ds := lenSym(int(t.n)), distSym(int(t.dist))
		n += int(lit.len[257+ls]) + int(lenExtra[ls]) + int(dist.len[ds]) + int(distExtr[ds])
	}
	return n
}

func writeData(w *writer, toks []token, lit, dist code) {
	for _, t := range toks {
		if t.dist == 0 {
			lit.put(w, int(t.n))
			continue
		}
		ls, ds := lenSym(int(t.n)), distSym(int(t.dist))
		lit.put(w, 257+ls)
		w.write(int(t.n)-int(lenBase[ls]), uint(lenExtra[ls]))
		dist.put(w, ds)
		w.write(int(t.dist)-int(distBase[ds]), uint(distExtr[ds]))
	}
	lit.put(w, endOfData)
}
