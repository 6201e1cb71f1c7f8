package goja

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// gojanet: a lazy compile, with every body compiled, must give the eager
// compile's code instruction for instruction.
func lazyEagerDumps(t *testing.T, name, src string) (eager, lazy []string) {
	t.Helper()
	ast1, err := parser.ParseFile(nil, name, src, 0)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	pe, err := CompileAST(ast1, true)
	if err != nil {
		t.Fatalf("%s: eager: %v", name, err)
	}
	ast2, _ := parser.ParseFile(nil, name, src, 0)
	pl, err := CompileASTLazy(ast2, true)
	if err != nil {
		t.Fatalf("%s: lazy: %v", name, err)
	}
	if err := pl.CompileLazyBodies(); err != nil {
		t.Fatalf("%s: lazy bodies: %v", name, err)
	}
	pe.lazyDump(func(s string) { eager = append(eager, lazyPtr.ReplaceAllString(s, "PTR")) })
	pl.lazyDump(func(s string) { lazy = append(lazy, lazyPtr.ReplaceAllString(s, "PTR")) })
	return
}

var lazyPtr = regexp.MustCompile(`0x[0-9a-f]+`)

// gojanet: the same with the bodies of a skip table skipped by the parser
// (compiler_lazy_parse.go), compiled lazily or, when eager, eagerly.
func skipDump(t *testing.T, name, src string, eager bool) (dump []string) {
	t.Helper()
	full, err := parser.ParseFile(nil, name, src, 0)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	table := ast.DecodeSkipTable(BuildSkipTable(full).AppendBinary(nil))
	if table == nil {
		t.Fatalf("%s: the skip table does not decode", name)
	}
	if table.Len() == 0 && strings.Count(src, "function") > 2 {
		t.Errorf("%s: nothing to skip", name)
	}
	a, err := parser.ParseFile(nil, name, src, 0, parser.WithSkipTable(table))
	if err != nil {
		t.Fatalf("%s: skipping parse: %v", name, err)
	}
	var p *Program
	if eager {
		p, err = CompileAST(a, true)
	} else {
		p, err = CompileASTLazy(a, true)
	}
	if err != nil {
		t.Fatalf("%s: skipping compile: %v", name, err)
	}
	if err := p.CompileLazyBodies(); err != nil {
		t.Fatalf("%s: skipped bodies: %v", name, err)
	}
	p.lazyDump(func(s string) { dump = append(dump, lazyPtr.ReplaceAllString(s, "PTR")) })
	return
}

func compareDumps(t *testing.T, name, what string, eager, lazy []string) {
	t.Helper()
	n := len(eager)
	if len(lazy) < n {
		n = len(lazy)
	}
	for i := 0; i < n; i++ {
		if eager[i] != lazy[i] {
			lo := i - 8
			if lo < 0 {
				lo = 0
			}
			t.Fatalf("%s: %s: line %d differs:\neager: %s\nlazy:  %s\ncontext (eager):\n%s", name, what, i, eager[i], lazy[i], strings.Join(eager[lo:i+1], "\n"))
		}
	}
	if len(eager) != len(lazy) {
		t.Fatalf("%s: %s: %d lines eager, %d lazy", name, what, len(eager), len(lazy))
	}
}

func checkLazyEqual(t *testing.T, name, src string) {
	t.Helper()
	eager, lazy := lazyEagerDumps(t, name, src)
	compareDumps(t, name, "skipped, lazy", eager, skipDump(t, name, src, false))
	compareDumps(t, name, "skipped, eager", eager, skipDump(t, name, src, true))
	n := len(eager)
	if len(lazy) < n {
		n = len(lazy)
	}
	for i := 0; i < n; i++ {
		if eager[i] != lazy[i] {
			lo := i - 8
			if lo < 0 {
				lo = 0
			}
			t.Fatalf("%s: line %d differs:\neager: %s\nlazy:  %s\ncontext (eager):\n%s", name, i, eager[i], lazy[i], strings.Join(eager[lo:i+1], "\n"))
		}
	}
	if len(eager) != len(lazy) {
		t.Fatalf("%s: %d lines eager, %d lazy", name, len(eager), len(lazy))
	}
}

var lazySnippets = []string{
	`function f(a, b) { return a + b; } f(1, 2);`,
	`(function () { let x = 1; const g = () => x++; function h(y) { return y + x + g(); } return h; })`,
	`(function (exports) { var a = 1; let b = 2; class C { m() { return a + b; } } function f() { return () => this.q + a; } exports.f = f; exports.C = C; })`,
	`(function () { function outer(p) { return function inner(q = p) { return inner.length + q; }; } return outer; })`,
	`(function () { let x; { let x = 2; var g = () => x; } return [x, g]; })`,
	`(function () { let x = 1; function f() { x; { let x = 2; return x; } } return f; })`,
	`(function () { let x = 1; function f() { { let x = 2; } return x; } return f; })`,
	`(function () { const a = 1; function f({b = a, ...rest}, [c, d = b] = []) { return a + b + c + d + rest; } return f; })`,
	`(function () { let s = 0; for (let i = 0; i < 3; i++) { setTimeout(() => s += i); } for (const k of [1]) { (() => k)(); } return s; })`,
	`(function () { let e1 = 1; try { throw 1 } catch (e1) { return () => e1; } })`,
	`(function () { let e1 = 1; try { throw 1 } catch ({e1}) { (() => e1)(); } return () => e1; })`,
	`(function () { function a() { return b(); } function b() { return a; } return a; })`,
	`(function () { let x = 1; switch (x) { case 1: let y = 2; return () => y + x; } })`,
	`(function () { class A { constructor() { this.f = () => this; } } class B extends A { constructor() { super(); const g = () => this; g(); } } return B; })`,
	`(function () { 'use strict'; let x = 0; return { m() { return x; }, get g() { return x; }, [x]: 1, f: function () { return arguments; } }; })`,
	`(function () { function* g() { yield 1; } async function a() { await 1; return () => this; } return [g, a]; })`,
	`(function () { const f = (a) => (b) => (c) => a + b + c; return f; })`,
	`(function (x) { function f() { return x; } function g() { return arguments; } const h = () => arguments; return [f, g, h]; })`,
	`(function () { const f = function named() { return named; }; return f; })`,
	`(function () { let q = 1; return function () { return eval('q'); }; })`,
	`(function () { let q = 1; return () => new.target; })`,
	`(function () { let v = 1; label: for (const a of []) { continue label; } return function () { return v; }; })`,
	"(function () { const t = 1; return (x) => `${t}${x}`; })",
	`(function () { let o = 1; function f() { var o = 2; return () => o; } return [o, f]; })`,
	`(function () { let z = 1; function f(z) { return z; } function g() { return z; } return [f, g]; })`,
	`(function () { let a = 1; function f() { for (let a in {}) {} for (const b of a) {} return a; } return f; })`,
	`(function () { function f() { class K { static s = K; #p = 1; get p() { return this.#p; } static { this.z = 1; } } return K; } return f; })`,
}

func TestLazyCompileEqualsEager(t *testing.T) {
	for i, src := range lazySnippets {
		checkLazyEqual(t, "snippet"+string(rune('A'+i)), src)
	}
}

// The builtins of gojanet, when this is its fork.
func TestLazyCompileEqualsEagerBuiltins(t *testing.T) {
	dir := filepath.Join("..", "..", "js")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no gojanet builtins here")
	}
	const head = "(function (exports, require, module, __filename, __dirname, internalBinding, process) {"
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		checkLazyEqual(t, p, head+string(b)+"\n})")
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d builtins", n)
}

func TestLazyCompileRuns(t *testing.T) {
	src := `(function () {
		let count = 0;
		const add = (n) => { count += n; return count; };
		function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
		class P { constructor(v) { this.v = v; } get twice() { return () => this.v * 2; } }
		function thrower() { throw new Error('boom'); }
		return { add, fib, P, thrower, get count() { return count; }, src: String(fib) };
	})()`
	ast, err := parser.ParseFile(nil, "lazy.js", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	prg, err := CompileASTLazy(ast, true)
	if err != nil {
		t.Fatal(err)
	}
	ast2, _ := parser.ParseFile(nil, "lazy.js", src, 0)
	eager, err := CompileAST(ast2, true)
	if err != nil {
		t.Fatal(err)
	}
	run := func(prg *Program) (string, error) {
		r := New()
		v, err := r.RunProgram(prg)
		if err != nil {
			return "", err
		}
		r.Set("m", v)
		res, err := r.RunString(`
			m.add(2); m.add(3);
			const f = m.fib(15);
			const p = new m.P(21);
			let stack = '';
			try { m.thrower(); } catch (e) { stack = e.stack; }
			[m.count, f, p.twice(), m.src, stack].join('|');
		`)
		if err != nil {
			return "", err
		}
		return res.String(), nil
	}
	want, err := run(eager)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(want, "thrower (lazy.js:6:") {
		t.Fatalf("eager: %q", want)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := run(prg)
			if err != nil {
				t.Error(err)
				return
			}
			if got != want {
				t.Errorf("got %q\nwant %q", got, want)
			}
		}()
	}
	wg.Wait()
}

// A compile error in a lazy body (one the compiler, not the parser, finds)
// is a SyntaxError thrown at the body's first call; the eager compile
// raises it at once (which is why gojanet compiles its builtins eagerly in
// a Go test).
func TestLazyCompileErrorAtCall(t *testing.T) {
	src := `(function () { function f() { let a; let a; } return f; })()`
	a1, err := parser.ParseFile(nil, "bad.js", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CompileAST(a1, true); err == nil {
		t.Fatal("eager compile: no error")
	}
	a2, _ := parser.ParseFile(nil, "bad.js", src, 0)
	prg, err := CompileASTLazy(a2, true)
	if err != nil {
		t.Fatal(err)
	}
	r := New()
	f, err := r.RunProgram(prg)
	if err != nil {
		t.Fatal(err)
	}
	r.Set("f", f)
	for i := 0; i < 2; i++ {
		v, err := r.RunString(`try { f(); 'no error' } catch (e) { e instanceof SyntaxError ? e.message : String(e) }`)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(v.String(), "Identifier 'a' has already been declared") {
			t.Fatalf("call %d: %s", i, v)
		}
	}
	if err := prg.CompileLazyBodies(); err == nil {
		t.Fatal("CompileLazyBodies: no error")
	}
}

// A stub is long-lived memory (one per function a serving process's
// builtins declare): it should stay in its size class of Go's (gcperf2).
func TestLongLivedSizes(t *testing.T) {
	if n := unsafe.Sizeof(lazyStubMem{}); n > 240 {
		t.Errorf("lazyStubMem is %d bytes, more than Go's 240-byte size class", n)
	}
	// shapes likewise (≈ 3,500 in the hello server)
	if n := unsafe.Sizeof(shape{}); n != 96 {
		t.Errorf("shape is %d bytes, want 96 (a size class)", n)
	}
}

// gojanet: once mem has no memory left for one of a skip table's arrays
// that holds pointers, the later ones come from the heap (memory outside
// it may not point into it), and a table decodes the same either way.
func TestDecodeSkipTableInFallback(t *testing.T) {
	src := "function f(a) { return function g() { return a + b } }\nvar b = 1; function h() { return f }"
	full, err := parser.ParseFile(nil, "fb.js", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	enc := BuildSkipTable(full).AppendBinary(nil)
	want := ast.DecodeSkipTable(enc)
	for fail := 1; fail <= 4; fail++ {
		var keep [][]uint64
		calls, failed := 0, false
		mem := func(n int) []byte {
			calls++
			if failed {
				t.Errorf("fail at %d: mem called after it had none", fail)
			}
			if calls == fail {
				failed = true
				return nil
			}
			w := make([]uint64, (n+7)/8)
			keep = append(keep, w)
			return unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), n)
		}
		got := ast.DecodeSkipTableIn(enc, mem)
		if got == nil || got.Len() != want.Len() {
			t.Fatalf("fail at %d: %v entries, want %d", fail, got, want.Len())
		}
		_ = keep
	}
}
