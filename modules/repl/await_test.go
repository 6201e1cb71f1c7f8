package repl

import (
	"testing"

	"github.com/dop251/goja/parser"
)

func TestProcessTopLevelAwait(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"0", ""},
		{"await 0", "(async () => { return { value: (await 0) } })()"},
		{"await 0;", "(async () => { return { value: (await 0) }; })()"},
		{"(await 0)", "(async () => { return { value: ((await 0)) } })()"},
		{"async function f() { await 0 }", ""},
		{"async () => await 0", ""},
		{"class A { async m() { await 0 } }", ""},
		{"await 0; return 0;", ""},
		{"var a = await 1", "var a; (async () => { void (a = await 1) })()"},
		{"const a = await 1", "let a; (async () => { void (a = await 1) })()"},
		{"let o = await 1, p", "let o, p; (async () => { void ( (o = await 1), (p=undefined)) })()"},
		{"var {a} = {a:1}, [b] = [await 1]", "var a, b; (async () => { void ( ({a} = {a:1}), ([b] = [await 1])) })()"},
		{"let {a: [b], ...r} = await x", "let b, r; (async () => { void ({a: [b], ...r} = await x) })()"},
		{"for (var i = 0; i < 1; ++i) { await i }", "var i; (async () => { for (void (i = 0); i < 1; ++i) { await i } })()"},
		{"for (let i = 0; i < 1; ++i) { await i }", "(async () => { for (let i = 0; i < 1; ++i) { await i } })()"},
		{"for (var [i] of [[1]]) { await 1; }", "var i; (async () => { for ([i] of [[1]]) { await 1; } })()"},
		{"if (await true) { var a = 1; let b = 2 }", "var a; (async () => { if (await true) { void (a = 1); let b = 2 } })()"},
		{"await 0; function foo() {}", "var foo; (async () => { await 0; this.foo = foo; function foo() {} })()"},
		{"await 0; async function foo() {}", "var foo; (async () => { await 0; this.foo = foo; async function foo() {} })()"},
		{"await 0; class Foo {}", "let Foo; (async () => { await 0; Foo=class Foo {} })()"},
		{"(await x).y", "(async () => { return { value: ((await x).y) } })()"},
		{"console.log(`${(await { a: 1 }).a}`)", "(async () => { return { value: (console.log(`${(await { a: 1 }).a}`)) } })()"},
		{"await \"\U0001F601\"; 1", "(async () => { await \"\U0001F601\"; return { value: (1) } })()"},
	} {
		got, ok := ProcessTopLevelAwait(c.in)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// FuzzProcessTopLevelAwait: any input either is left alone or is rewritten
// into code that parses as a script; the rewrite never panics.
func FuzzProcessTopLevelAwait(f *testing.F) {
	for _, s := range []string{
		"await 0", "var a = await 1", "let {a: [b], ...r} = await x", "for (var [i] of await y) {}",
		"await 0; class Foo {}", "if (await t) { function f() {} }", "label: { var q = await 1 }",
		"try { var e = await 1 } catch ({ message }) { var m = message } finally { var z }",
		"switch (await x) { case 1: var s = 2 }", "var [a = await 1, ...b] = []", "(await x)\n;(await y)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, ok := ProcessTopLevelAwait(src)
		if !ok {
			return
		}
		if _, err := parser.ParseFile(nil, "", out, 0); err != nil {
			t.Fatalf("%q rewritten to %q, which does not parse: %v", src, out, err)
		}
	})
}
