package goja

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// gojanet: the ASCII matcher against the engines it stands in for: Go's
// regexp from position 0 (FindStringSubmatchIndex, FindAllStringSubmatchIndex)
// and regexp2 from a lastIndex.

var asciiMatcherSeeds = []string{
	`;\s*charset\s*=`, `^\/?$`, "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", `[^\t\x20-\x7e\x80-\xff]`,
	"^[!#$%&'*+.^_`|~0-9A-Za-z-]+\\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$", `^\s*([^;\s]*)(?:;|\s|$)`,
	"; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *(\"(?:[\\u000b\\u0020\\u0021\\u0023-\\u005b\\u005d-\\u007e\\u0080-\\u00ff]|\\\\[\\u000b\\u0020-\\u00ff])*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) *",
	`^text\/|^application\/(javascript|json)`, `^.*[\.\/\\]`, `^timeout=(\d+)`, `[^\u0021-\u00ff]`,
	`^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$`,
	`a*`, `a*?`, `(a|ab)(c|bcd)(d*)`, `\bfoo\b`, `\Bo\B`, `(?:ab)+c`, `(?:ab){2,3}?`, `x*y+?z??`, `(a)?b`,
	`[a-c]{2,}`, `\u002f\u004b`, `\u017F`, `\u212a`, `.+?-`, `[^]`, `(?:)`, `$`, `^`, `a{0}`, `(a)|b`, `\u017f`, `k`, `[^a]`, `[^k]`, `é|e`, `\w+\W`,
}

var asciiMatcherFlags = []string{"", "i", "g", "y", "gy", "s", "m", "u", "iu", "gi", "gm"}

func checkASCIIMatcher(t *testing.T, src, flags, subject string) {
	p, err := compileRegexp(src, flags)
	if err != nil || p.ascii == nil {
		return
	}
	if !compilesOnRegexp2(p) {
		return // a pattern Go's regexp takes and regexp2 refuses (\p): the matcher follows Go
	}
	for start := 0; start <= len(subject)+1; start++ {
		got, ok := p.ascii.find(p.asciiScratch(), subject, start, p.sticky)
		got = append([]int(nil), got...)
		// findMemo answers as find does, remembered (a second call, with
		// the subject's bytes in another string) or not
		for i := 0; i < 2; i++ {
			m, mok := p.ascii.findMemo(p.asciiScratch(), strings.Clone(subject), start, p.sticky)
			if mok != ok || ok && !sameSlots(m, got) {
				t.Fatalf("/%s/%s on %q from %d: findMemo %v %v, find %v %v", src, flags, subject, start, m, mok, got, ok)
			}
		}
		if !ok {
			continue
		}
		var want []int
		if start == 0 {
			want = p.regexpWrapper.findSubmatchIndexASCII(subject)
		} else if p.ignoreCase && p.unicode && !asciiSource(src) {
			continue // regexp2 lower-cases: /\u017f/iu misses 's' there, as not in node
		} else if start <= len(subject) {
			p.createRegexp2()
			want = p.regexp2Wrapper.findSubmatchIndex(asciiString(subject), start, p.unicode, false)
		}
		if p.sticky && want != nil && want[0] != start {
			want = nil
		}
		if !sameSlots(got, want) && start > 0 {
			// regexp2 and Go's regexp disagree on a few patterns (\Z is
			// an anchor in regexp2, a Z in ECMAScript and goja's Go
			// translation); the matcher follows Go's.
			go0 := p.regexpWrapper.findSubmatchIndexASCII(subject)
			r20 := p.regexp2Wrapper.findSubmatchIndex(asciiString(subject), 0, p.unicode, false)
			if !sameSlots(go0, r20) {
				continue
			}
		}
		if !sameSlots(got, want) {
			t.Fatalf("/%s/%s on %q from %d: matcher %v, engine %v", src, flags, subject, start, got, want)
		}
	}
	for _, limit := range []int{-1, 1, 2} {
		got, ok := p.ascii.findAll(p.asciiScratch(), subject, limit)
		if !ok {
			continue
		}
		want := p.regexpWrapper.findAllSubmatchIndex(subject, limit, false)
		if len(got) != len(want) {
			t.Fatalf("/%s/%s all(%d) on %q: matcher %v, engine %v", src, flags, limit, subject, got, want)
		}
		for i := range got {
			if !sameSlots(got[i], want[i]) {
				t.Fatalf("/%s/%s all(%d) on %q: matcher %v, engine %v", src, flags, limit, subject, got, want)
			}
		}
	}
}

func compilesOnRegexp2(p *regexpPattern) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p.createRegexp2()
	return true
}

// sameSlots compares capture slots, an unmatched group being -1 in the
// first slot (regexp2 puts 0 in the second).
func sameSlots(a, b []int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i += 2 {
		if a[i] < 0 || b[i] < 0 {
			if a[i] >= 0 || b[i] >= 0 {
				return false
			}
			continue
		}
		if a[i] != b[i] || a[i+1] != b[i+1] {
			return false
		}
	}
	return true
}

// randomPattern builds a pattern from pieces that exercise the matcher's
// constructs over a small alphabet.
func randomPattern(rnd *rand.Rand, depth int) string {
	atoms := []string{"a", "b", "c", "-", "/", ";", " ", `\s`, `\w`, `\d`, `\W`, ".", "[a-c]", "[^a]", "[^-/]", `\/`, "A", "B", "ab", "K", "s", `\b`, `\B`}
	var sb strings.Builder
	n := 1 + rnd.Intn(4)
	for i := 0; i < n; i++ {
		var atom string
		switch k := rnd.Intn(10); {
		case k < 6 || depth > 2:
			atom = atoms[rnd.Intn(len(atoms))]
		case k < 7:
			atom = "(" + randomPattern(rnd, depth+1) + ")"
		case k < 8:
			atom = "(?:" + randomPattern(rnd, depth+1) + ")"
		default:
			atom = "(?:" + randomPattern(rnd, depth+1) + "|" + randomPattern(rnd, depth+1) + ")"
		}
		if atom != `\b` && atom != `\B` {
			switch rnd.Intn(12) {
			case 0:
				atom += "*"
			case 1:
				atom += "+"
			case 2:
				atom += "?"
			case 3:
				atom += "*?"
			case 4:
				atom += "+?"
			case 5:
				atom += fmt.Sprintf("{%d,%d}", rnd.Intn(2), 1+rnd.Intn(3))
			case 6:
				atom += "??"
			}
		}
		sb.WriteString(atom)
	}
	s := sb.String()
	if depth == 0 {
		switch rnd.Intn(6) {
		case 0:
			s = "^" + s
		case 1:
			s += "$"
		}
	}
	return s
}

func randomSubject(rnd *rand.Rand) string {
	const alphabet = "abcABCKs -/;_1"
	b := make([]byte, rnd.Intn(12))
	for i := range b {
		b[i] = alphabet[rnd.Intn(len(alphabet))]
	}
	return string(b)
}

func TestASCIIMatcherAgainstEngines(t *testing.T) {
	subjects := []string{"", "text/html", "text/html; charset=utf-8", "charset", "utf-8", "/", "//", "timeout=5",
		"127.0.0.1", "256.1.1.1", "html", "a.b/c", "abcd", "ab", "aab", "foo bar foo", "xyyz", "K", "k", "s", "S",
		"abababc", "ababab", "-", "a-b-", "Content-Type", " text/plain ;", "e"}
	for _, src := range asciiMatcherSeeds {
		for _, flags := range asciiMatcherFlags {
			for _, s := range subjects {
				checkASCIIMatcher(t, src, flags, s)
			}
		}
	}
	rnd := rand.New(rand.NewSource(1))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		src := randomPattern(rnd, 0)
		flags := asciiMatcherFlags[rnd.Intn(len(asciiMatcherFlags))]
		for j := 0; j < 5; j++ {
			checkASCIIMatcher(t, src, flags, randomSubject(rnd))
		}
	}
}

func FuzzASCIIMatcher(f *testing.F) {
	for _, src := range asciiMatcherSeeds {
		f.Add(src, "text/html; charset=utf-8", uint8(0))
	}
	f.Fuzz(func(t *testing.T, src, subject string, flagIdx uint8) {
		for i := 0; i < len(subject); i++ {
			if subject[i] >= 128 {
				return
			}
		}
		if len(src) > 200 || len(subject) > 200 {
			return
		}
		checkASCIIMatcher(t, src, asciiMatcherFlags[int(flagIdx)%len(asciiMatcherFlags)], subject)
	})
}

// Which of the patterns above the matcher takes.
func TestASCIIMatcherCoverage(t *testing.T) {
	for _, src := range asciiMatcherSeeds[:12] {
		p, err := compileRegexp(src, "")
		if err != nil {
			t.Fatal(err)
		}
		if p.ascii == nil {
			t.Errorf("/%s/ not taken", src)
		}
	}
	for _, src := range []string{`^\u002f?$`, `\u0041b`, `\u00e9`} {
		p, _ := compileRegexp(src, "i")
		if want := !strings.Contains(src, "00e9"); (p.ascii != nil) != want {
			t.Errorf("/%s/i taken: %v", src, p.ascii != nil)
		}
	}
	for _, src := range []string{`(a)*`, `(?:a*)*`, `(a|)+`} {
		p, _ := compileRegexp(src, "")
		if p != nil && p.ascii != nil {
			t.Errorf("/%s/ taken", src)
		}
	}
	_ = reflect.DeepEqual
}

// Global match and replace count an empty match right after a match, as
// node does (the expected values are node 20's).
func TestRegexpEmptyMatchAfterMatch(t *testing.T) {
	const SCRIPT = `
	const r = [];
	r.push(JSON.stringify('baaa'.match(/a*/g)), 'baaa'.replace(/a*/g, 'X'), JSON.stringify('baa'.match(/a*/gy)),
		'bab'.replace(/a|/g, 'X'), JSON.stringify('baaac'.split(/a*/)), JSON.stringify('abc'.split(/(?:)/)));
	r.join(' ');
	`
	want := `["","aaa",""] XbXX ["","aa",""] XbXXbX ["b","c"] ["a","b","c"]`
	v, err := New().RunString(SCRIPT)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// Without the u flag \p and \P are the letters p and P (identity escapes),
// also on regexp2, which a match from a lastIndex in a non-ASCII subject
// takes: the pattern failed to compile there, a Go panic in the host.
func TestRegexpIdentityEscapeP(t *testing.T) {
	const SCRIPT = `
	const out = [];
	for (const [re, s] of [[/\p/g, 'éab'], [/\p/g, 'épp'], [/[\p]/g, 'éxpP'], [/[a-\p]/g, 'éxpn'], [/\P{L}/g, 'éP{L}']]) {
		re.lastIndex = 1;
		const m = re.exec(s);
		out.push(m === null ? 'null' : m.index + ':' + m[0]);
	}
	out.join(',');
	`
	testScript(SCRIPT, asciiString("null,1:p,2:p,2:p,1:P{L}"), t)
}

// Single matches remembered per runtime (findMemo) answer as a match does:
// the same subject in new strings, from a lastIndex, sticky, a subject too
// long to remember, more groups than remembered, a pattern that gives up
// (the expected values are node 20's).
func TestGojanetRegexpMemo(t *testing.T) {
	const SCRIPT = `
	const r = [];
	const param = /; *([a-z]+) *= *([a-z0-9-]+) */g;
	const long = 'x'.repeat(70) + '; a=b';
	for (let i = 0; i < 3; i++) {
		const s = 'text/html; charset=' + ['utf-8', 'utf-8', 'latin1'][i];
		param.lastIndex = 9;
		const m = param.exec(s);
		r.push(m[0], m[1], m[2], m.index, param.lastIndex, param.exec(s), param.lastIndex);
		r.push(/^[a-z]+\/[a-z]+$/.test(s.slice(0, 9)), /;\s*charset\s*=/.test(s), /^\/?$/i.exec('/' + '')[0]);
		const y = /html/y; y.lastIndex = 5; r.push(y.test(s), y.lastIndex, y.test(s), y.lastIndex);
		param.lastIndex = 70; r.push(JSON.stringify(param.exec(long)), param.lastIndex);
		r.push(JSON.stringify(/(a)(b)(c)(d)(e)/.exec('xabcde')), 'html'.replace(/^.*[\.\/\\]/, ''), 'a.b/c'.replace(/^.*[\.\/\\]/, ''));
		r.push(/(?:a+)+b/.test('a'.repeat(20)), /(?:a+)+b/.test('a'.repeat(20) + 'b'));
	}
	r.join(' ');
	`
	want := `; charset=utf-8 charset utf-8 9 24  0 true true / true 9 false 0 ["; a=b","a","b"] 75 ["abcde","a","b","c","d","e"] html c false true ; charset=utf-8 charset utf-8 9 24  0 true true / true 9 false 0 ["; a=b","a","b"] 75 ["abcde","a","b","c","d","e"] html c false true ; charset=latin1 charset latin1 9 25  0 true true / true 9 false 0 ["; a=b","a","b"] 75 ["abcde","a","b","c","d","e"] html c false true`
	v, err := New().RunString(SCRIPT)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// Four subjects whose entries fall in one set all stay remembered (the set
// has four ways), and a fifth evicts the oldest, round robin.
func TestGojanetRegexpMemoWays(t *testing.T) {
	p, err := compileRegexp(`^([a-z0-9]+)\/`, "")
	if err != nil || p.ascii == nil {
		t.Fatal("no ASCII matcher", err)
	}
	sc := p.asciiScratch()
	var same []string
	want := asciiMemoIndex(p.ascii, "a0/", 0)
	for i := 0; len(same) < asciiMemoWays+1 && i < 100000; i++ {
		s := fmt.Sprintf("a%d/", i)
		if asciiMemoIndex(p.ascii, s, 0) == want {
			same = append(same, s)
		}
	}
	if len(same) < asciiMemoWays+1 {
		t.Fatal("no colliding subjects")
	}
	held := func(s string) bool {
		for i := range sc.memo {
			for k := range sc.memo[i].e {
				if sc.memo[i].e[k].holds(p.ascii, s, 0, false) {
					return true
				}
			}
		}
		return false
	}
	for _, s := range same[:asciiMemoWays] {
		if res, ok := p.ascii.findMemo(sc, s, 0, false); !ok || len(res) != 4 || res[3] != len(s)-1 {
			t.Fatalf("%s: %v %v", s, res, ok)
		}
	}
	for _, s := range same[:asciiMemoWays] {
		if !held(s) {
			t.Errorf("%s evicted by its set's other three", s)
		}
	}
	p.ascii.findMemo(sc, same[asciiMemoWays], 0, false)
	if held(same[0]) || !held(same[asciiMemoWays]) || !held(same[1]) {
		t.Errorf("the fifth did not replace the first")
	}
}
