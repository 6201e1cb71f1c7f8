package runtime

import (
	"slices"
	"testing"
)

// TestLexCJSExports: what node 20's cjs-module-lexer (2.2.0) finds in each
// source (recorded from node --expose-internals,
// require('internal/deps/cjs-module-lexer/lexer').parse).
func TestLexCJSExports(t *testing.T) {
	cases := []struct {
		src              string
		names, reexports []string
	}{
		{"exports.a = exports.b = exports.c = void 0;", []string{"a", "b", "c"}, nil},
		{"exports.static = 1; exports.let = 2; exports[\"a-b\"] = 3; exports[\"\\u00fc\"] = 1", []string{"static", "let", "a-b", "ü"}, nil},
		{"foo.exports.x = 1; a.module.exports.y = 1; exports.z == 1; exports.w += 1", []string{"z"}, nil},
		{"exports.a = 1 ? exports.b = 2 : 3", []string{"a", "b"}, nil},
		{"module.exports = require(\"x\"); module.exports = {a, ...require(\"y\")}; module.exports = foo", []string{"a"}, nil},
		{"module.exports = require(\"x\"); if (y) module.exports = require(\"z\")", nil, []string{"z"}},
		{"module.exports = { a, b: c, \"d\": e, ...f, ...require(\"g\"), h: 1, i }", []string{"a", "b", "d"}, []string{"g"}},
		{"module.exports = { a() {} }", []string{"a"}, nil},
		{"exports.a = 1; Object.defineProperty(exports, \"a\", { enumerable: true, get: function () { return f(x).y; } });", nil, nil},
		{"Object.defineProperty(exports, \"a\", { enumerable: true, get: function get() { return a; } }); Object.defineProperty(module.exports, \"b\", { enumerable: true, get() { return b[\"c\"] } });", []string{"a", "b"}, nil},
		{"exports.a = 1; Object.defineProperty(exports, \"a\", { enumerable: true, get: function () { return a }, configurable: true });", nil, nil},
		{"exports.a = 1; Object.defineProperty(exports, \"a\", desc); Object.defineProperty(exports, \"v\", { value: 1 })", []string{"v"}, nil},
		{"Object.defineProperty(exports, \"__esModule\", { value: true }); Object.defineProperty(exports, `t`, { value: 1 })", []string{"__esModule"}, nil},
		{"if (x) /exports.a = 1/.test(y); exports.b = 1", []string{"b"}, nil},
		{"var re = a / b / exports.c; exports.d = 1", []string{"d"}, nil},
		{"x = `${exports.a = 1}`; exports.b = 2; y = `exports.c = ${ {z: 1}.z } exports.d = 1`", []string{"a", "b"}, nil},
		{"exports.a = 1; // exports.b = 1\n/* exports.c = 1 */ exports.d = 1", []string{"a", "d"}, nil},
		{"\"use strict\";\nvar __exportStar = function () {};\n__exportStar(require(\"./a\"), exports);\ntslib_1.__exportStar(require(\"./b\"), exports);\n__export(require(\"./c\"));", nil, []string{"./a", "./b", "./c"}},
		{"function f() { __exportStar(require(\"./nested\"), exports); }", nil, nil},
		{"var _x = require(\"x\");\nObject.keys(_x).forEach(function (key) {\n  if (key === \"default\" || key === \"__esModule\") return;\n  exports[key] = _x[key];\n});", nil, []string{"x"}},
		{"var _y = require(\"y\");\nObject.keys(_y).forEach(function (k) {\n  if (k !== \"default\") Object.defineProperty(exports, k, { enumerable: true, get: function () { return _y[k]; } });\n});", nil, []string{"y"}},
		{"var _z = require(\"z\");\nObject.keys(_z).forEach(function (k) {\n  exports[k] = _z[k];\n});", nil, nil},
		{"0 && (module.exports = { a, b, ...require(\"./c\") });", []string{"a", "b"}, []string{"./c"}},
		{"#!/usr/bin/env node\nexports.shebang = 1", []string{"shebang"}, nil},
		{"\ufeffexports.bom = 1", nil, nil},
		{"const s = \"it's \\\" exports.q = 1\"; exports.r = 1", []string{"r"}, nil},
		{"a = b\n/exports.re = 1/g.test(c); exports.after = 1", []string{"re", "after"}, nil},
		{"return /x/; exports.afterReturn = 1", []string{"afterReturn"}, nil},
		{"x = {}\n/foo/; exports.afterObject = 1", []string{"afterObject"}, nil},
		{"exports.ünicode = 1; exports.$d = 2; exports._u = 3", []string{"ünicode", "$d", "_u"}, nil},
	}
	for _, c := range cases {
		got := lexCJSExports(c.src)
		if !slices.Equal(got.Names, c.names) || !slices.Equal(got.Reexports, c.reexports) {
			t.Errorf("%q:\n got names %q reexports %q\nwant names %q reexports %q", c.src, got.Names, got.Reexports, c.names, c.reexports)
		}
	}
}
