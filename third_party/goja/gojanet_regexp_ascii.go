package goja

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unsafe"
)

// gojanet: a matcher for ASCII subjects (README.gojanet.md "Regular
// expressions").
//
// Go's regexp costs ≈ 1,500 instructions for a test as small as
// /;\s*charset\s*=/ on 'text/html' (its backtracker's set-up, a rune decoder
// per step), and a match from a lastIndex goes to regexp2 after converting
// the whole subject to runes. Most regular expressions a server runs are
// small and see ASCII subjects (header names and values, content types,
// paths), so a pattern that Go's regexp runs is also compiled here, from
// the same syntax tree, into a small backtracking program over bytes:
// character sets are 128-bit masks, literals compare substrings, and
// nothing is allocated per match. Only what it answers exactly as the
// engine would is taken: a capture group or a possibly empty expression
// under a quantifier (where ECMAScript's per-iteration capture reset and
// empty check differ from Go's), multiline anchors and programs of more
// than asciiMaxInsts instructions are left to the engines. A match that
// takes more than its step budget (a pattern that backtracks a lot) gives
// up and the engine answers, so the worst case stays the engine's.

const asciiMaxInsts = 500

type asciiSet [2]uint64

func (s *asciiSet) has(c byte) bool { return c < 128 && s[c>>6]&(1<<(c&63)) != 0 }
func (s *asciiSet) add(c rune) {
	if c >= 0 && c < 128 {
		s[c>>6] |= 1 << (c & 63)
	}
}

type asciiOp uint8

const (
	asciiSetRun         asciiOp = iota // min..max characters of set (max < 0: unbounded)
	asciiLit                           // the bytes of lit
	asciiSplit                         // try x, then y
	asciiJmp                           // go to x
	asciiSave                          // capture slot x = position
	asciiBeginText                     // ^ (not multiline)
	asciiEndText                       // $ (not multiline)
	asciiWordBoundary                  // \b
	asciiNoWordBoundary                // \B
	asciiFail                          // never matches
	asciiMatch
)

type asciiInst struct {
	op       asciiOp
	greedy   bool
	set      asciiSet
	min, max int
	x, y     int
	lit      string
}

// backtrack entries
const (
	asciiBtAlt     = iota // resume at pc, pos
	asciiBtGreedy         // a greedy run at pc ending at pos after n characters
	asciiBtLazy           // a lazy run at pc ending at pos after n characters
	asciiBtRestore        // capture slot pc had value pos
)

type asciiFrame struct {
	kind, pc, pos, n int
}

type asciiMatcher struct {
	prog     []asciiInst
	nslots   int
	anchored bool     // starts with ^: only a match at 0
	first    asciiSet // the bytes a match can start with, when !anyFirst
	anyFirst bool
	oneFirst int // the only byte a match can start with, or -1
}

// asciiScratch is a match's working memory: the runtime's (one goroutine),
// so that a matcher is immutable and shared by every clone of its pattern
// (a regex literal clones its pattern each time it is evaluated).
type asciiScratch struct {
	stack []asciiFrame
	slots []int
	memo  *asciiMemoTable // made on the first findMemo
	// hit: the entry that findMemo's last answer is (a match); exec's
	// result takes its strings from it (regexpPattern.findSubmatchIndex
	// clears it, execResultToArray takes it)
	hit *asciiMemo
}

// The last results of single matches on short subjects, per runtime
// (findMemo): a server matches the same few patterns against the same
// header values, content types and paths on every request (Express: its
// route, mime's extension, content-type's parse and format, its charset
// test), and a match is a function of the program, the subject's bytes,
// where it starts and stickiness alone. A hit costs a compare of the
// subject's bytes where a match ran the program (≈ 500 machine
// instructions for Express's ten). The subject is copied into the entry
// (no reference to a string that may share a large backing array).
//
// Four ways a set: the set is picked by a hash of the matcher's address,
// which differs from run to run; with two ways, three of Express's dozen
// live (pattern, subject) pairs met in one set in about one run in five
// and evicted each other on every request (≈ 2.5 K machine instructions a
// request more, in callgrind runs of BenchmarkExpressHello).
const (
	asciiMemoEntries = 64 // a power of two
	asciiMemoWays    = 4  // entries a set: 16 sets of four
	asciiMemoMaxLen  = 64 // the longest subject remembered
	asciiMemoMaxSlot = 8  // the most capture slots remembered (three groups)
)

type asciiMemo struct {
	m      *asciiMatcher // nil: empty
	start  int32
	n      uint8 // len(s)
	sticky bool
	found  bool // false: no match (slots unused)
	ok     bool // false: the matcher gave up (the engine answers)
	slots  [asciiMemoMaxSlot]int32
	s      [asciiMemoMaxLen]byte
	// the match's strings as exec's results made them (nil: not yet):
	// the same subject bytes give the same strings
	vals [asciiMemoMaxSlot / 2]Value
}

type asciiMemoTable [asciiMemoEntries / asciiMemoWays]asciiMemoSet

type asciiMemoSet struct {
	e    [asciiMemoWays]asciiMemo
	next uint8 // the way to fill next (round robin: a hit moves nothing)
}

func (e *asciiMemo) holds(m *asciiMatcher, s string, start int, sticky bool) bool {
	return e.m == m && int(e.n) == len(s) && int(e.start) == start && e.sticky == sticky && string(e.s[:e.n]) == s
}

func asciiMemoIndex(m *asciiMatcher, s string, start int) int {
	h := uintptr(unsafe.Pointer(m))>>4 ^ uintptr(len(s))*0x9e37 ^ uintptr(start)*0x3b
	if len(s) > 0 {
		h ^= uintptr(s[0])<<3 ^ uintptr(s[len(s)-1])<<7
	}
	return int((h ^ h>>7) & (asciiMemoEntries/asciiMemoWays - 1))
}

// compileASCIIMatcher compiles re2Str (what goja hands Go's regexp for
// the ECMAScript source src) or returns nil when the pattern is outside what
// the matcher takes.
//
// Go's regexp folds case by Unicode's simple folding, which is what
// ECMAScript's /iu does. /i without u upper-cases instead and never lets a
// non-ASCII character match an ASCII one, where Go lets U+017F (ſ) match
// s and S and U+212A (Kelvin) k and K. Go's parser keeps no trace of which
// member of a folded set the source named, so such a pattern is taken only
// when its source names no character past \x7f (the \xHH escapes stop at
// \xff, the \s and \S that goja spells out hold neither).
func compileASCIIMatcher(re2Str, src string, ignoreCase, unicode bool) *asciiMatcher {
	if ignoreCase && !unicode && !asciiSource(src) {
		return nil
	}
	re, err := syntax.Parse(re2Str, syntax.Perl)
	if err != nil {
		return nil
	}
	c := asciiCompiler{}
	if !c.compile(re) {
		return nil
	}
	c.emit(asciiInst{op: asciiMatch})
	if len(c.prog) > asciiMaxInsts {
		return nil
	}
	m := &asciiMatcher{prog: c.prog, nslots: 2 * (re.MaxCap() + 1)}
	if len(m.prog) > 0 && m.prog[0].op == asciiBeginText {
		m.anchored = true
	}
	m.first, m.anyFirst = m.firstSet(0, 0)
	m.oneFirst = -1
	if !m.anyFirst {
		for c := 0; c < 128; c++ {
			if m.first.has(byte(c)) {
				if m.oneFirst >= 0 {
					m.oneFirst = -1
					break
				}
				m.oneFirst = c
			}
		}
	}
	return m
}

// asciiSource reports whether the pattern source names no character past
// \x7f: it is ASCII and its \uXXXX escapes are (path-to-regexp writes `/`
// as \u002f).
func asciiSource(src string) bool {
	for i := 0; i < len(src); i++ {
		if src[i] >= 0x80 {
			return false
		}
		if src[i] == '\\' && i+1 < len(src) {
			if src[i+1] == 'u' && i+6 <= len(src) {
				if v, ok := decodeHex(src[i+2 : i+6]); ok && v >= 0x80 {
					return false
				}
			}
			i++
		}
	}
	return true
}

// firstSet computes the bytes a match from pc can start with; any is true
// when it may start with anything or match the empty string.
func (m *asciiMatcher) firstSet(pc, depth int) (set asciiSet, any bool) {
	if depth > 20 {
		return set, true
	}
	for {
		in := &m.prog[pc]
		switch in.op {
		case asciiSetRun:
			if in.min == 0 {
				s, a := m.firstSet(pc+1, depth+1)
				s[0] |= in.set[0]
				s[1] |= in.set[1]
				return s, a
			}
			return in.set, false
		case asciiLit:
			set.add(rune(in.lit[0]))
			return set, false
		case asciiSplit:
			s1, a1 := m.firstSet(in.x, depth+1)
			s2, a2 := m.firstSet(in.y, depth+1)
			return asciiSet{s1[0] | s2[0], s1[1] | s2[1]}, a1 || a2
		case asciiJmp:
			pc = in.x
		case asciiSave, asciiBeginText, asciiWordBoundary, asciiNoWordBoundary:
			pc++
		case asciiFail:
			return set, false
		default: // asciiEndText, asciiMatch
			return set, true
		}
	}
}

type asciiCompiler struct {
	prog []asciiInst
}

func (c *asciiCompiler) emit(in asciiInst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

// charSet returns the ASCII characters a one-character expression matches.
func charSet(re *syntax.Regexp) (set asciiSet, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) != 1 {
			return set, false
		}
		return literalSet(re.Rune[0], re.Flags&syntax.FoldCase != 0), true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < 128; r++ {
				set.add(r)
			}
		}
		return set, true
	case syntax.OpAnyChar:
		return asciiSet{^uint64(0), ^uint64(0)}, true
	case syntax.OpAnyCharNotNL:
		set = asciiSet{^uint64(0), ^uint64(0)}
		set[0] &^= 1 << '\n'
		return set, true
	}
	return set, false
}

// literalSet is the ASCII characters the literal r matches (with fold: its
// case-folding orbit's).
func literalSet(r rune, fold bool) (set asciiSet) {
	set.add(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			set.add(f)
		}
	}
	return set
}

// hasCapture reports whether re holds a capture group.
func hasCapture(re *syntax.Regexp) bool {
	if re.Op == syntax.OpCapture {
		return true
	}
	for _, s := range re.Sub {
		if hasCapture(s) {
			return true
		}
	}
	return false
}

// minLen is the fewest characters re can match.
func minLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n += minLen(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range re.Sub {
			if l := minLen(s); n < 0 || l < n {
				n = l
			}
		}
		if n < 0 {
			n = 0
		}
		return n
	}
	return 0
}

func (c *asciiCompiler) compile(re *syntax.Regexp) bool {
	if len(c.prog) > asciiMaxInsts {
		return false
	}
	switch re.Op {
	case syntax.OpNoMatch:
		c.emit(asciiInst{op: asciiFail})
	case syntax.OpEmptyMatch:
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			var sb strings.Builder
			for _, r := range re.Rune {
				if r >= 128 {
					c.emit(asciiInst{op: asciiFail})
					return true
				}
				sb.WriteByte(byte(r))
			}
			c.emit(asciiInst{op: asciiLit, lit: sb.String()})
			return true
		}
		for _, r := range re.Rune {
			set := literalSet(r, true)
			c.emit(asciiInst{op: asciiSetRun, set: set, min: 1, max: 1, greedy: true})
		}
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		set, ok := charSet(re)
		if !ok {
			return false
		}
		c.emit(asciiInst{op: asciiSetRun, set: set, min: 1, max: 1, greedy: true})
	case syntax.OpBeginText:
		c.emit(asciiInst{op: asciiBeginText})
	case syntax.OpEndText:
		if re.Flags&syntax.WasDollar == 0 {
			return false // \z is not ECMAScript's; goja never makes it
		}
		c.emit(asciiInst{op: asciiEndText})
	case syntax.OpWordBoundary:
		c.emit(asciiInst{op: asciiWordBoundary})
	case syntax.OpNoWordBoundary:
		c.emit(asciiInst{op: asciiNoWordBoundary})
	case syntax.OpCapture:
		c.emit(asciiInst{op: asciiSave, x: 2 * re.Cap})
		if !c.compile(re.Sub[0]) {
			return false
		}
		c.emit(asciiInst{op: asciiSave, x: 2*re.Cap + 1})
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !c.compile(s) {
				return false
			}
		}
	case syntax.OpAlternate:
		// split L1, next; L1: a; jmp end; next: split L2, next2 ... last: z
		var jmps []int
		for i, s := range re.Sub {
			if i < len(re.Sub)-1 {
				split := c.emit(asciiInst{op: asciiSplit})
				c.prog[split].x = split + 1
				if !c.compile(s) {
					return false
				}
				jmps = append(jmps, c.emit(asciiInst{op: asciiJmp}))
				c.prog[split].y = len(c.prog)
			} else if !c.compile(s) {
				return false
			}
		}
		for _, j := range jmps {
			c.prog[j].x = len(c.prog)
		}
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		min, max := 0, -1
		switch re.Op {
		case syntax.OpPlus:
			min = 1
		case syntax.OpQuest:
			max = 1
		case syntax.OpRepeat:
			min, max = re.Min, re.Max
		}
		greedy := re.Flags&syntax.NonGreedy == 0
		sub := re.Sub[0]
		switch sub.Op {
		case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			if sub.Op != syntax.OpLiteral || len(sub.Rune) == 1 {
				set, ok := charSet(sub)
				if !ok {
					return false
				}
				c.emit(asciiInst{op: asciiSetRun, set: set, min: min, max: max, greedy: greedy})
				return true
			}
		}
		// A group under a quantifier: ECMAScript resets its captures at
		// each iteration and stops an iteration that matched empty; Go
		// does neither. Without captures and never empty, both agree.
		if hasCapture(sub) || minLen(sub) == 0 {
			return false
		}
		if max >= 0 && max > 1000 || min > 1000 {
			return false
		}
		for i := 0; i < min; i++ {
			if !c.compile(sub) {
				return false
			}
		}
		if max < 0 {
			// L: split body, out (lazy: out, body); body; jmp L
			l := c.emit(asciiInst{op: asciiSplit})
			if !c.compile(sub) {
				return false
			}
			c.emit(asciiInst{op: asciiJmp, x: l})
			c.setSplit(l, l+1, len(c.prog), greedy)
			return true
		}
		var splits []int
		for i := min; i < max; i++ {
			splits = append(splits, c.emit(asciiInst{op: asciiSplit}))
			if !c.compile(sub) {
				return false
			}
		}
		for _, s := range splits {
			c.setSplit(s, s+1, len(c.prog), greedy)
		}
	default:
		return false
	}
	return len(c.prog) <= asciiMaxInsts
}

func (c *asciiCompiler) setSplit(pc, body, out int, greedy bool) {
	if greedy {
		c.prog[pc].x, c.prog[pc].y = body, out
	} else {
		c.prog[pc].x, c.prog[pc].y = out, body
	}
}

func isASCIIWord(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// find looks for the leftmost match in s at or after start (only at start
// when sticky). It returns the capture slots (-1 for a group that did not
// take part; in sc, valid until its next use), nil for no match, and ok
// false when it gave up and the engine must answer.
func (m *asciiMatcher) find(sc *asciiScratch, s string, start int, sticky bool) (slots []int, ok bool) {
	if start < 0 || start > len(s) {
		return nil, true
	}
	if cap(sc.slots) < m.nslots {
		sc.slots = make([]int, m.nslots)
	}
	slots = sc.slots[:m.nslots]
	budget := 32*len(s) + 1000
	if m.anchored || sticky {
		if m.anchored && start != 0 {
			return nil, true
		}
		return m.matchAt(sc, s, start, slots, &budget)
	}
	for pos := start; pos <= len(s); pos++ {
		if m.oneFirst >= 0 {
			i := strings.IndexByte(s[pos:], byte(m.oneFirst))
			if i < 0 {
				return nil, true
			}
			pos += i
		} else if !m.anyFirst {
			for pos < len(s) && !m.first.has(s[pos]) {
				pos++
			}
			if pos == len(s) {
				return nil, true // every match starts with a character
			}
		}
		res, ok := m.matchAt(sc, s, pos, slots, &budget)
		if res != nil || !ok {
			return res, ok
		}
	}
	return nil, true
}

// findMemo is find for a single match (exec, test, a replace or match of
// one): the remembered result for the same subject bytes, start and
// stickiness when there is one (see asciiMemoTable), else find's, which is
// remembered for a short subject.
func (m *asciiMatcher) findMemo(sc *asciiScratch, s string, start int, sticky bool) (slots []int, ok bool) {
	if len(s) > asciiMemoMaxLen || m.nslots > asciiMemoMaxSlot || start < 0 || start > len(s) {
		return m.find(sc, s, start, sticky)
	}
	t := sc.memo
	if t == nil {
		t = new(asciiMemoTable)
		sc.memo = t
	}
	set := &t[asciiMemoIndex(m, s, start)]
	var e *asciiMemo
	for k := range set.e {
		if set.e[k].holds(m, s, start, sticky) {
			e = &set.e[k]
			break
		}
	}
	if e != nil {
		if !e.ok || !e.found {
			return nil, e.ok
		}
		sc.hit = e
		if cap(sc.slots) < m.nslots {
			sc.slots = make([]int, m.nslots)
		}
		slots = sc.slots[:m.nslots]
		for i := range slots {
			slots[i] = int(e.slots[i])
		}
		return slots, true
	}
	slots, ok = m.find(sc, s, start, sticky)
	e = &set.e[set.next]
	set.next = (set.next + 1) % asciiMemoWays
	e.m, e.n, e.start, e.sticky, e.ok, e.found = m, uint8(len(s)), int32(start), sticky, ok, slots != nil
	copy(e.s[:], s)
	for i, v := range slots {
		e.slots[i] = int32(v)
	}
	e.vals = [asciiMemoMaxSlot / 2]Value{}
	if ok && slots != nil {
		sc.hit = e
	}
	return slots, ok
}

// substring is exec's string for capture i (target[start:end]): the one
// made for e's match before, or a new one, remembered (e may be nil).
func (e *asciiMemo) substring(i int, target String, start, end int) Value {
	if e == nil {
		return substringOf(target, start, end)
	}
	if v := e.vals[i]; v != nil {
		return v
	}
	v := substringOf(target, start, end)
	e.vals[i] = v
	return v
}

func (m *asciiMatcher) matchAt(sc *asciiScratch, s string, pos int, slots []int, budget *int) ([]int, bool) {
	for i := 2; i < len(slots); i++ {
		slots[i] = -1
	}
	slots[0] = pos
	steps := *budget
	stack := sc.stack[:0]
	pc := 0
	for {
		steps--
		if steps < 0 {
			sc.stack = stack
			return nil, false
		}
		in := &m.prog[pc]
		switch in.op {
		case asciiSetRun:
			if in.min == 1 && in.max == 1 {
				if pos < len(s) && in.set.has(s[pos]) {
					pos++
					pc++
					continue
				}
				goto fail
			}
			lim := len(s) - pos
			if in.max >= 0 && in.max < lim {
				lim = in.max
			}
			if in.greedy {
				n := 0
				for n < lim && in.set.has(s[pos+n]) {
					n++
				}
				steps -= n
				if n < in.min {
					goto fail
				}
				pos += n
				if n > in.min {
					stack = append(stack, asciiFrame{asciiBtGreedy, pc, pos, n})
				}
			} else {
				if lim < in.min {
					goto fail
				}
				for n := 0; n < in.min; n++ {
					if !in.set.has(s[pos+n]) {
						goto fail
					}
				}
				pos += in.min
				if in.max < 0 || in.min < in.max {
					stack = append(stack, asciiFrame{asciiBtLazy, pc, pos, in.min})
				}
			}
			pc++
			continue
		case asciiLit:
			if !strings.HasPrefix(s[pos:], in.lit) {
				goto fail
			}
			pos += len(in.lit)
			pc++
			continue
		case asciiSplit:
			stack = append(stack, asciiFrame{asciiBtAlt, in.y, pos, 0})
			pc = in.x
			continue
		case asciiJmp:
			pc = in.x
			continue
		case asciiSave:
			stack = append(stack, asciiFrame{asciiBtRestore, in.x, slots[in.x], 0})
			slots[in.x] = pos
			pc++
			continue
		case asciiBeginText:
			if pos != 0 {
				goto fail
			}
			pc++
			continue
		case asciiEndText:
			if pos != len(s) {
				goto fail
			}
			pc++
			continue
		case asciiWordBoundary, asciiNoWordBoundary:
			if (isASCIIWord(s, pos-1) != isASCIIWord(s, pos)) != (in.op == asciiWordBoundary) {
				goto fail
			}
			pc++
			continue
		case asciiFail:
			goto fail
		case asciiMatch:
			slots[1] = pos
			sc.stack = stack
			*budget = steps
			return slots, true
		}
	fail:
		for {
			if len(stack) == 0 {
				sc.stack = stack
				*budget = steps
				return nil, true
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch f.kind {
			case asciiBtRestore:
				slots[f.pc] = f.pos
				continue
			case asciiBtAlt:
				pc, pos = f.pc, f.pos
			case asciiBtGreedy:
				f.n--
				f.pos--
				if f.n > m.prog[f.pc].min {
					stack = append(stack, f)
				}
				pc, pos = f.pc+1, f.pos
			case asciiBtLazy:
				in := &m.prog[f.pc]
				if f.pos >= len(s) || !in.set.has(s[f.pos]) {
					continue
				}
				f.n++
				f.pos++
				if in.max < 0 || f.n < in.max {
					stack = append(stack, f)
				}
				pc, pos = f.pc+1, f.pos
			}
			break
		}
	}
}

// findAll answers regexpPattern.findAllSubmatchIndex from 0 as Go's
// FindAllStringSubmatchIndex does (an empty match right after a match is
// skipped), with fresh slices; ok false when it gave up.
func (m *asciiMatcher) findAll(sc *asciiScratch, s string, limit int) (results [][]int, ok bool) {
	for pos, prevEnd := 0, -1; (limit < 0 || len(results) < limit) && pos <= len(s); {
		res, ok := m.find(sc, s, pos, false)
		if !ok {
			return nil, false
		}
		if res == nil {
			break
		}
		accept := true
		if res[1] == pos {
			if res[0] == prevEnd {
				accept = false
			}
			pos++
		} else {
			pos = res[1]
		}
		prevEnd = res[1]
		if accept {
			results = append(results, append([]int(nil), res...))
		}
	}
	return results, true
}

// findAllJS answers a global match or replace from 0 as ECMAScript does
// (String.prototype.match, RegExp.prototype[@@replace]): after an empty
// match the next search starts one further, and every match counts (Go's
// FindAll skips an empty match right after a match: 'baaa'.replace(/a*/g,
// 'X') was "XbX", node's "XbXX"). With sticky each match starts where the
// previous one ended.
func (m *asciiMatcher) findAllJS(sc *asciiScratch, s string, limit int, sticky bool) (results [][]int, ok bool) {
	for pos := 0; (limit < 0 || len(results) < limit) && pos <= len(s); {
		res, ok := m.find(sc, s, pos, sticky)
		if !ok {
			return nil, false
		}
		if res == nil {
			break
		}
		if res[1] == res[0] {
			pos = res[1] + 1
		} else {
			pos = res[1]
		}
		results = append(results, append([]int(nil), res...))
	}
	return results, true
}
