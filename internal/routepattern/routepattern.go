// Package routepattern matches URL paths against route patterns written in
// the part of Go's regexp syntax that routes use, without the regexp
// package.
//
// go-app's app.RouteWithRegexp compiles its pattern with regexp, which
// links regexp, regexp/syntax and the unicode tables into every phone's
// download (about 60 KB of brotli with the age patch, docs/performance.md).
// kneadform wasm-goapp copies this file into the wasm build's go-app copy
// (package clause rewritten) and routes RouteWithRegexp through
// MustCompileRoutePattern; the server keeps the stock go-app and regexp.
//
// Supported: literals, escaped punctuation, \d \D \w \W \s \S \t \n \r \f
// \v \a, ".", classes ("[a-z0-9-]", "[^/]", with those escapes), groups
// "(...)" and "(?:...)", "|", the quantifiers * + ? {n} {n,} {n,m} (a
// trailing ? for laziness is accepted: only whether a path matches
// counts), and the anchors ^ and $. Anything else (flags, \b, \p{…},
// [[:alpha:]], backreferences) is refused with an error, so an accepted
// pattern matches exactly the paths regexp.MatchString would match (a
// test and a fuzz target compare the two).
//
// Every top-level name starts with "RoutePattern", "CompileRoutePattern",
// "MustCompileRoutePattern" or "rp", so the file can sit in go-app's
// package app without a clash (wasm-goapp checks).
package routepattern

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// RoutePattern is a compiled route pattern.
type RoutePattern struct {
	prog []rpInst
}

// rpOp is an instruction of the compiled program (a Thompson NFA).
type rpOp uint8

const (
	rpClass rpOp = iota // consume one rune in (or, negated, not in) ranges
	rpSplit             // continue at x and y
	rpJump              // continue at x
	rpBegin             // assert the start of the text
	rpEnd               // assert the end of the text
	rpMatch
)

type rpInst struct {
	op     rpOp
	x, y   int
	ranges []rune // lo, hi pairs
	neg    bool
}

// rpNode is a parsed pattern.
type rpNode struct {
	kind     rpKind
	ranges   []rune
	neg      bool
	subs     []*rpNode
	min, max int // rpRepeat; max -1: unbounded
}

type rpKind uint8

const (
	rpKindClass rpKind = iota
	rpKindConcat
	rpKindAlt
	rpKindRepeat
	rpKindBegin
	rpKindEnd
)

// rpMaxRepeat is regexp's limit on counted repetition; rpMaxProg bounds
// the compiled program.
const (
	rpMaxRepeat = 1000
	rpMaxProg   = 100000
)

// MustCompileRoutePattern is CompileRoutePattern that panics on an error,
// as regexp.MustCompile does.
func MustCompileRoutePattern(pattern string) *RoutePattern {
	p, err := CompileRoutePattern(pattern)
	if err != nil {
		panic(`routepattern: Compile(` + strconv.Quote(pattern) + `): ` + err.Error())
	}
	return p
}

// CompileRoutePattern parses a pattern (see the package comment).
func CompileRoutePattern(pattern string) (*RoutePattern, error) {
	ps := &rpParser{s: pattern}
	n, err := ps.alt(0)
	if err != nil {
		return nil, err
	}
	if ps.i < len(ps.s) {
		return nil, errors.New("unexpected ) at offset " + strconv.Itoa(ps.i))
	}
	c := &rpCompiler{}
	c.emit(n)
	c.prog = append(c.prog, rpInst{op: rpMatch})
	if len(c.prog) > rpMaxProg {
		return nil, errors.New("pattern too large")
	}
	return &RoutePattern{prog: c.prog}, nil
}

// MatchString reports whether s contains a match of the pattern, as
// regexp's MatchString does.
func (p *RoutePattern) MatchString(s string) bool {
	cur := &rpThreads{seen: make([]int, len(p.prog))}
	next := &rpThreads{seen: make([]int, len(p.prog))}
	gen := 1
	for pos := 0; ; {
		// A new thread at every position: an unanchored search (^ is an
		// assertion like any other).
		if p.add(cur, 0, pos, len(s), gen) {
			return true
		}
		if pos >= len(s) {
			return false
		}
		r, w := utf8.DecodeRuneInString(s[pos:])
		gen++
		next.pcs = next.pcs[:0]
		for _, pc := range cur.pcs {
			if in := &p.prog[pc]; rpIn(in.ranges, r) != in.neg {
				if p.add(next, pc+1, pos+w, len(s), gen) {
					return true
				}
			}
		}
		pos += w
		cur, next = next, cur
	}
}

// rpThreads is the set of instructions waiting for the next rune; seen
// holds, per instruction, the generation it was last added in.
type rpThreads struct {
	pcs  []int
	seen []int
}

// add follows pc's empty transitions at pos, adding the rune-consuming
// instructions to t; it reports whether the match instruction is reached.
func (p *RoutePattern) add(t *rpThreads, pc, pos, end, gen int) bool {
	if t.seen[pc] == gen {
		return false
	}
	t.seen[pc] = gen
	in := &p.prog[pc]
	switch in.op {
	case rpMatch:
		return true
	case rpJump:
		return p.add(t, in.x, pos, end, gen)
	case rpSplit:
		return p.add(t, in.x, pos, end, gen) || p.add(t, in.y, pos, end, gen)
	case rpBegin:
		return pos == 0 && p.add(t, pc+1, pos, end, gen)
	case rpEnd:
		return pos == end && p.add(t, pc+1, pos, end, gen)
	}
	t.pcs = append(t.pcs, pc)
	return false
}

func rpIn(ranges []rune, r rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= r && r <= ranges[i+1] {
			return true
		}
	}
	return false
}

// rpCompiler turns a parsed pattern into a program.
type rpCompiler struct {
	prog []rpInst
}

func (c *rpCompiler) inst(in rpInst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

func (c *rpCompiler) emit(n *rpNode) {
	if len(c.prog) > rpMaxProg {
		return // CompileRoutePattern refuses the pattern
	}
	switch n.kind {
	case rpKindClass:
		c.inst(rpInst{op: rpClass, ranges: n.ranges, neg: n.neg})
	case rpKindBegin:
		c.inst(rpInst{op: rpBegin})
	case rpKindEnd:
		c.inst(rpInst{op: rpEnd})
	case rpKindConcat:
		for _, s := range n.subs {
			c.emit(s)
		}
	case rpKindAlt:
		// split L1, next; L1: a; jump end; next: split L2, …; last
		var jumps []int
		for i, s := range n.subs {
			if i == len(n.subs)-1 {
				c.emit(s)
				break
			}
			split := c.inst(rpInst{op: rpSplit})
			c.prog[split].x = len(c.prog)
			c.emit(s)
			jumps = append(jumps, c.inst(rpInst{op: rpJump}))
			c.prog[split].y = len(c.prog)
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case rpKindRepeat:
		sub := n.subs[0]
		for i := 0; i < n.min; i++ {
			c.emit(sub)
		}
		if n.max < 0 { // L: split body, out; body; jump L
			split := c.inst(rpInst{op: rpSplit})
			c.prog[split].x = len(c.prog)
			c.emit(sub)
			c.inst(rpInst{op: rpJump, x: split})
			c.prog[split].y = len(c.prog)
			return
		}
		var splits []int // optional copies: split body, out
		for i := n.min; i < n.max; i++ {
			split := c.inst(rpInst{op: rpSplit})
			c.prog[split].x = len(c.prog)
			splits = append(splits, split)
			c.emit(sub)
		}
		for _, s := range splits {
			c.prog[s].y = len(c.prog)
		}
	}
}

// rpParser is a recursive-descent parser over the pattern's runes.
type rpParser struct {
	s string
	i int
}

func (p *rpParser) errorf(what string) error {
	return errors.New(what + " at offset " + strconv.Itoa(p.i) + " (routepattern supports only a part of regexp's syntax)")
}

func (p *rpParser) peek() (rune, int) {
	if p.i >= len(p.s) {
		return -1, 0
	}
	r, w := utf8.DecodeRuneInString(p.s[p.i:])
	if r == utf8.RuneError && w == 1 {
		return -2, 1
	}
	return r, w
}

// alt parses a|b|…; depth counts open groups.
func (p *rpParser) alt(depth int) (*rpNode, error) {
	if depth > 100 {
		return nil, p.errorf("groups nested too deep")
	}
	n := &rpNode{kind: rpKindAlt}
	for {
		c, err := p.concat(depth)
		if err != nil {
			return nil, err
		}
		n.subs = append(n.subs, c)
		if r, _ := p.peek(); r != '|' {
			break
		}
		p.i++
	}
	if len(n.subs) == 1 {
		return n.subs[0], nil
	}
	return n, nil
}

func (p *rpParser) concat(depth int) (*rpNode, error) {
	n := &rpNode{kind: rpKindConcat}
	for {
		r, w := p.peek()
		switch r {
		case -1, '|', ')':
			return n, nil
		case -2:
			return nil, p.errorf("invalid UTF-8")
		case '*', '+', '?':
			return nil, p.errorf("missing argument to repetition operator")
		case '{':
			if _, _, ok := p.lookCounts(); ok {
				return nil, p.errorf("missing argument to repetition operator")
			}
		}
		var atom *rpNode
		var err error
		switch r {
		case '(':
			p.i++
			if len(p.s) > p.i+1 && p.s[p.i:p.i+2] == "?:" {
				p.i += 2
			} else if len(p.s) > p.i && p.s[p.i] == '?' {
				return nil, p.errorf("flags and named groups are not supported")
			}
			if atom, err = p.alt(depth + 1); err != nil {
				return nil, err
			}
			if r, _ := p.peek(); r != ')' {
				return nil, p.errorf("missing closing )")
			}
			p.i++
			// A group may be repeated whatever it holds: (a*)*, (^)?.
			atom = &rpNode{kind: rpKindConcat, subs: []*rpNode{atom}}
		case '[':
			atom, err = p.class()
		case '.':
			p.i++
			atom = &rpNode{kind: rpKindClass, ranges: []rune{'\n', '\n'}, neg: true}
		case '^':
			p.i++
			atom = &rpNode{kind: rpKindBegin}
		case '$':
			p.i++
			atom = &rpNode{kind: rpKindEnd}
		case '\\':
			atom, err = p.escape(false)
		default:
			p.i += w
			atom = &rpNode{kind: rpKindClass, ranges: []rune{r, r}}
		}
		if err != nil {
			return nil, err
		}
		if atom, err = p.repeat(atom); err != nil {
			return nil, err
		}
		n.subs = append(n.subs, atom)
	}
}

// repeat parses the quantifier after an atom, if any.
func (p *rpParser) repeat(atom *rpNode) (*rpNode, error) {
	min, max := -1, -1
	r, _ := p.peek()
	switch r {
	case '*':
		min, max = 0, -1
		p.i++
	case '+':
		min, max = 1, -1
		p.i++
	case '?':
		min, max = 0, 1
		p.i++
	case '{':
		lo, hi, ok := p.counts()
		if !ok { // not a repetition: "{" is a literal, as in regexp
			return atom, nil
		}
		if lo > rpMaxRepeat || hi > rpMaxRepeat || hi >= 0 && hi < lo {
			return nil, p.errorf("invalid repeat count")
		}
		min, max = lo, hi
	default:
		return atom, nil
	}
	if atom.kind == rpKindBegin || atom.kind == rpKindEnd || atom.kind == rpKindRepeat {
		return nil, p.errorf("repetition of an anchor or a repetition is not supported")
	}
	if r, _ := p.peek(); r == '?' { // lazy: the same paths match
		p.i++
	}
	if r, _ := p.peek(); r == '*' || r == '+' || r == '?' || r == '{' {
		if _, _, ok := p.lookCounts(); ok || r != '{' {
			return nil, p.errorf("invalid nested repetition operator")
		}
	}
	return &rpNode{kind: rpKindRepeat, subs: []*rpNode{atom}, min: min, max: max}, nil
}

// counts parses {n}, {n,} or {n,m} at p.i and moves past it.
func (p *rpParser) counts() (lo, hi int, ok bool) {
	lo, hi, ok = p.lookCounts()
	if ok {
		for p.s[p.i] != '}' {
			p.i++
		}
		p.i++
	}
	return lo, hi, ok
}

// lookCounts parses {n}, {n,} or {n,m} at p.i without moving.
func (p *rpParser) lookCounts() (lo, hi int, ok bool) {
	j := p.i
	if j >= len(p.s) || p.s[j] != '{' {
		return 0, 0, false
	}
	j++
	num := func() (int, bool) {
		k := j
		for j < len(p.s) && '0' <= p.s[j] && p.s[j] <= '9' {
			j++
		}
		if k == j || j-k > 1 && p.s[k] == '0' { // regexp: no leading zeros
			return 0, false
		}
		if j-k > 8 {
			return rpMaxRepeat + 1, true // a repeat, with a count regexp refuses
		}
		n, _ := strconv.Atoi(p.s[k:j])
		return n, true
	}
	lo, ok = num()
	if !ok || j >= len(p.s) {
		return 0, 0, false
	}
	hi = lo
	if p.s[j] == ',' {
		j++
		hi = -1
		if j < len(p.s) && p.s[j] != '}' {
			if hi, ok = num(); !ok {
				return 0, 0, false
			}
		}
	}
	if j >= len(p.s) || p.s[j] != '}' {
		return 0, 0, false
	}
	return lo, hi, true
}

// class parses [...] at p.i.
func (p *rpParser) class() (*rpNode, error) {
	p.i++ // [
	n := &rpNode{kind: rpKindClass}
	if r, _ := p.peek(); r == '^' {
		n.neg = true
		p.i++
	}
	for first := true; ; first = false {
		r, w := p.peek()
		switch {
		case r == -1:
			return nil, p.errorf("missing closing ]")
		case r == -2:
			return nil, p.errorf("invalid UTF-8")
		case r == ']' && !first:
			p.i++
			if len(n.ranges) == 0 {
				return nil, p.errorf("empty class")
			}
			return n, nil
		case r == '[' && p.i+1 < len(p.s) && p.s[p.i+1] == ':':
			return nil, p.errorf("named classes are not supported")
		}
		var lo rune
		if r == '\\' {
			e, err := p.escape(true)
			if err != nil {
				return nil, err
			}
			if len(e.ranges) != 2 || e.ranges[0] != e.ranges[1] || e.neg {
				if e.neg {
					return nil, p.errorf("negated escapes in a class are not supported")
				}
				n.ranges = append(n.ranges, e.ranges...)
				continue
			}
			lo = e.ranges[0]
		} else {
			p.i += w
			lo = r
		}
		hi := lo
		if r, _ := p.peek(); r == '-' && p.i+1 < len(p.s) && p.s[p.i+1] != ']' {
			p.i++
			r, w := p.peek()
			switch {
			case r == '\\':
				e, err := p.escape(true)
				if err != nil {
					return nil, err
				}
				if len(e.ranges) != 2 || e.ranges[0] != e.ranges[1] || e.neg {
					return nil, p.errorf("bad class range")
				}
				hi = e.ranges[0]
			case r < 0:
				return nil, p.errorf("missing closing ]")
			default:
				p.i += w
				hi = r
			}
			if hi < lo {
				return nil, p.errorf("invalid class range")
			}
		}
		n.ranges = append(n.ranges, lo, hi)
	}
}

// escape parses \x at p.i (inClass: inside [...]).
func (p *rpParser) escape(inClass bool) (*rpNode, error) {
	p.i++ // backslash
	r, w := p.peek()
	if r < 0 {
		return nil, p.errorf("trailing backslash")
	}
	p.i += w
	lit := func(c rune) (*rpNode, error) { return &rpNode{kind: rpKindClass, ranges: []rune{c, c}}, nil }
	cls := func(neg bool, ranges ...rune) (*rpNode, error) {
		return &rpNode{kind: rpKindClass, ranges: ranges, neg: neg}, nil
	}
	switch r {
	case 'd', 'D':
		return cls(r == 'D', '0', '9')
	case 'w', 'W':
		return cls(r == 'W', '0', '9', 'A', 'Z', '_', '_', 'a', 'z')
	case 's', 'S':
		return cls(r == 'S', '\t', '\n', '\f', '\r', ' ', ' ')
	case 't':
		return lit('\t')
	case 'n':
		return lit('\n')
	case 'r':
		return lit('\r')
	case 'f':
		return lit('\f')
	case 'v':
		return lit('\v')
	case 'a':
		return lit('\a')
	}
	if r < utf8.RuneSelf && !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
		return lit(r) // escaped punctuation
	}
	p.i -= w
	return nil, p.errorf("escape \\" + string(r) + " is not supported")
}
