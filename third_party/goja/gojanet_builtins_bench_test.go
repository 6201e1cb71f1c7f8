package goja

import "testing"

// gojanet: the built-in calls an Express hello-world request makes (traced
// with a counting hook: content-type's format and parse, finalhandler's
// bind, mime's lookup, etag), 100 of each per op; compare with
// BenchmarkGojanetRegexpLoop (the empty loop).

func BenchmarkGojanetBuiltinObjectKeysSort(b *testing.B) {
	benchRegexpLoop(b, `const p = Object.create(null); p['charset'] = 'utf-8';`, `n += Object.keys(p).sort().length;`)
}

func BenchmarkGojanetBuiltinObjectKeys3(b *testing.B) {
	benchRegexpLoop(b, `const p = {a: 1, b: 2, c: 3};`, `n += Object.keys(p).length;`)
}

func BenchmarkGojanetBuiltinSort3(b *testing.B) {
	benchRegexpLoop(b, ``, `n += ['b', 'c', 'a'].sort().length;`)
}

func BenchmarkGojanetBuiltinBind(b *testing.B) {
	benchRegexpLoop(b, `function logerror(err) {}; const self = {};`, `n += logerror.bind(self).length;`)
}

func BenchmarkGojanetBuiltinObjectCreateNull(b *testing.B) {
	benchRegexpLoop(b, `const proto = {x: 1};`, `n += Object.create(null) !== Object.create(proto) ? 1 : 0;`)
}

func BenchmarkGojanetBuiltinMapGet(b *testing.B) {
	benchRegexpLoop(b, `const m = new Map([['content-type', 1], ['etag', 2], ['x-powered-by', 3]]);`,
		`n += m.get('etag') + (m.get('last-modified') === undefined ? 1 : 0);`)
}

func BenchmarkGojanetBuiltinSetHas(b *testing.B) {
	benchRegexpLoop(b, `const m = new Set(['set-cookie', 'content-length']);`,
		`n += m.has('etag') ? 0 : 1;`)
}

func BenchmarkGojanetBuiltinReplaceRegexp(b *testing.B) {
	benchRegexpLoop(b, `const re = /^.*[\.\/\\]/; const s = 'html';`, `n += s.replace(re, '').length;`)
}

func BenchmarkGojanetBuiltinSplitString(b *testing.B) {
	benchRegexpLoop(b, `const s = 'text/html';`, `n += s.split(';')[0].length;`)
}

func BenchmarkGojanetBuiltinNumberToString16(b *testing.B) {
	benchRegexpLoop(b, `const x = 12;`, `n += x.toString(16).length;`)
}

func BenchmarkGojanetBuiltinString(b *testing.B) {
	benchRegexpLoop(b, `const x = 12, s = 'text/html';`, `n += String(x).length + String(s).length;`)
}

func BenchmarkGojanetBuiltinSetPrototypeOf(b *testing.B) {
	benchRegexpLoop(b, `const p1 = {a: 1}, p2 = {b: 1};`, `const o = Object.create(p1); o.x = 1; o.y = 2; Object.setPrototypeOf(o, p2); n += o.x;`)
}

// mime's lookup and charset test: a regular expression literal evaluated
// per call
func BenchmarkGojanetBuiltinRegexpLiteral(b *testing.B) {
	benchRegexpLoop(b, `const s = 'text/html', t = 'html';`, `n += (/^text\/|^application\/(javascript|json)/).test(s) ? 1 : 0; n += t.replace(/^.*[\.\/\\]/, '').length;`)
}
