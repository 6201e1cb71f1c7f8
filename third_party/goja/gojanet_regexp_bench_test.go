package goja

import "testing"

// gojanet: the regular expressions and string builtins an Express request
// runs (README.gojanet.md "Regular expressions"), 100 calls per op.

func benchRegexpLoop(b *testing.B, decl, body string) {
	benchScript(b, `var run = (function () { `+decl+`
	return function () { let n = 0; for (let i = 0; i < 100; i++) { `+body+` } return n; }; })();`, "run")
}

// The empty loop, to subtract.
func BenchmarkGojanetRegexpLoop(b *testing.B) {
	benchRegexpLoop(b, `const s = 'text/html';`, `if (s) n++;`)
}

func BenchmarkGojanetRegexpTestLiteral(b *testing.B) {
	benchRegexpLoop(b, `const re = /;\s*charset\s*=/, s = 'text/html; charset=utf-8', t = 'text/html';`, `if (re.test(s)) n++; if (re.test(t)) n++;`)
}

func BenchmarkGojanetRegexpTestClass(b *testing.B) {
	benchRegexpLoop(b, "const re = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, s = 'charset', t = 'utf-8';", `if (re.test(s)) n++; if (re.test(t)) n++;`)
}

func BenchmarkGojanetRegexpTestNegClass(b *testing.B) {
	benchRegexpLoop(b, `const re = /[^\t\x20-\x7e\x80-\xff]/, s = 'text/html; charset=utf-8';`, `if (re.test(s)) n++;`)
}

func BenchmarkGojanetRegexpTestMediaType(b *testing.B) {
	benchRegexpLoop(b, "const re = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, s = 'text/html';", `if (re.test(s)) n++;`)
}

func BenchmarkGojanetRegexpExecAnchored(b *testing.B) {
	benchRegexpLoop(b, `const re = /^\/?$/i, s = '/';`, `if (re.exec(s) !== null) n++;`)
}

func BenchmarkGojanetRegexpExecCaptures(b *testing.B) {
	benchRegexpLoop(b, `const re = /^\s*([^;\s]*)(?:;|\s|$)/, s = 'text/html; charset=utf-8';`, `const m = re.exec(s); n += m[1].length + m.index;`)
}

func BenchmarkGojanetRegexpExecGlobal(b *testing.B) {
	benchRegexpLoop(b, "const re = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *(\"(?:[\\u000b\\u0020\\u0021\\u0023-\\u005b\\u005d-\\u007e\\u0080-\\u00ff]|\\\\[\\u000b\\u0020-\\u00ff])*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g, s = 'text/html; charset=utf-8';",
		`re.lastIndex = 9; let m; while ((m = re.exec(s)) !== null) n += m[1].length;`)
}

func BenchmarkGojanetStringToLowerCase(b *testing.B) {
	benchRegexpLoop(b, `const s = 'Content-Type', t = 'content-length';`, `n += s.toLowerCase().length + t.toLowerCase().length;`)
}

func BenchmarkGojanetStringBuiltins(b *testing.B) {
	benchRegexpLoop(b, `const s = 'text/html; charset=utf-8';`,
		`const i = s.indexOf(';'); n += s.slice(0, i).trim().length + s.charCodeAt(i + 1) + s.split(';').length;`)
}

// The regular expressions an Express hello-world request runs in gojanet
// (traced: content-type, charset, the route, mime, header-token checks),
// once each per iteration.
func BenchmarkGojanetRegexpExpressRequest(b *testing.B) {
	benchRegexpLoop(b, "const nonLatin1 = /[^\\u0021-\\u00ff]/, route = /^\\u002f?$/i, ext = /^.*[\\.\\/\\\\]/, charset = /;\\s*charset\\s*=/,"+
		" textType = /^text\\/|^application\\/(javascript|json)/, mediaType = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,"+
		" token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,"+
		" param = /; *([!#$%&'*+.^_`|~0-9A-Za-z-]+) *= *(\"(?:[\\u000b\\u0020\\u0021\\u0023-\\u005b\\u005d-\\u007e\\u0080-\\u00ff]|\\\\[\\u000b\\u0020-\\u00ff])*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+) */g;",
		`if (nonLatin1.test('/')) n++; if (route.exec('/')) n++; if (ext.exec('html') === null) n++;
		if (charset.test('text/html')) n++; if (textType.test('text/html')) n++; if (mediaType.test('text/html')) n++;
		param.lastIndex = 9; const m = param.exec('text/html; charset=utf-8'); n += m[1].length; if (param.exec('text/html; charset=utf-8') === null) n++;
		if (token.test('charset')) n++; if (token.test('utf-8')) n++; if (mediaType.test('text/html')) n++; if (charset.test('text/html; charset=utf-8')) n++;`)
}
