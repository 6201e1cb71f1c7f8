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
