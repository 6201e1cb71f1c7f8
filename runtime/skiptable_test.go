package runtime

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// skippedBodies counts the function bodies a parse stepped over.
func skippedBodies(prg *ast.Program) int {
	n := 0
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case *ast.FunctionLiteral:
			if v.Body.Lazy != nil {
				n++
			}
		}
	}
	// the builtin's wrapper: (function (...) { body })
	if len(prg.Body) == 1 {
		if es, ok := prg.Body[0].(*ast.ExpressionStatement); ok {
			if fl, ok := es.Expression.(*ast.FunctionLiteral); ok {
				for _, st := range fl.Body.List {
					if fd, ok := st.(*ast.FunctionDeclaration); ok {
						walk(fd.Function)
					}
				}
			}
		}
	}
	return n
}

// A builtin's first parse writes its skip table; the next one skips the
// bodies it lists and compiles to the same code; a table that does not
// fit (another source, damaged) is ignored.
func TestSkipTableCache(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "skip-events.bin")
	src, err := builtinSource("events")
	if err != nil {
		t.Fatal(err)
	}
	full, err := parseBuiltinAt("events", src, path)
	if err != nil {
		t.Fatal(err)
	}
	// (the first parse is a full one, then one over the table it made:
	// the syntax trees of bodies not compiled yet are not kept)
	if n := skippedBodies(full); n < 10 {
		t.Fatalf("first parse skipped %d bodies", n)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no table written: %v", err)
	}
	lazy, err := parseBuiltinAt("events", src, path)
	if err != nil {
		t.Fatal(err)
	}
	if n := skippedBodies(lazy); n < 10 {
		t.Fatalf("second parse skipped %d bodies", n)
	}
	for _, prg := range []*ast.Program{full, lazy} {
		p, err := goja.CompileASTLazy(prg, true)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.CompileLazyBodies(); err != nil {
			t.Fatal(err)
		}
	}
	// another source under the same name
	other := bytes.Replace(src, []byte("function"), []byte("function "), 1)
	if _, err := parseBuiltinAt("events", other, path); err != nil {
		t.Fatal(err)
	}
	// (not used: the parse was a full one, which wrote other's table)
	if b, _ := os.ReadFile(path); len(b) < 12 || binary.LittleEndian.Uint64(b) != uint64(len(other)) {
		t.Fatalf("a table for other source was used (the table on disk is not other's)")
	}
	// damaged: every prefix of the table, and flipped bytes
	b, _ := os.ReadFile(path)
	for _, bad := range [][]byte{b[:len(b)/2], b[:13], append(append([]byte{}, b[:12]...), bytes.Repeat([]byte{0xff}, 40)...)} {
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := parseBuiltinAt("events", src, path); err != nil {
			t.Fatalf("damaged table: %v", err)
		}
	}
	for i := 12; i < len(b); i += len(b) / 97 {
		d := append([]byte{}, b...)
		d[i] ^= 0x5a
		if ast.DecodeSkipTable(d[12:]) == nil {
			continue
		}
		if err := os.WriteFile(path, d, 0o600); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if x := recover(); x != nil {
					t.Fatalf("damaged table (byte %d): panic %v", i, x)
				}
			}()
			if prg, err := parseBuiltinAt("events", src, path); err == nil {
				if p, err := goja.CompileASTLazy(prg, true); err == nil {
					_ = p.CompileLazyBodies()
				}
			}
		}()
	}
}

// Every builtin, parsed with its skip table and compiled lazily, compiles
// every body (TestBuiltinsCompile does the same from a full parse).
func TestBuiltinsCompileSkipped(t *testing.T) {
	dir := t.TempDir()
	eachBuiltin(t, func(name string, src []byte) {
		path := filepath.Join(dir, strings.ReplaceAll(name, "/", "+")+".bin")
		if _, err := parseBuiltinAt(name, src, path); err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		prg, err := parseBuiltinAt(name, src, path)
		if err != nil {
			t.Errorf("%s: skipping parse: %v", name, err)
			return
		}
		cp, err := goja.CompileASTLazy(prg, true)
		if err != nil {
			t.Errorf("%s: lazy compile: %v", name, err)
			return
		}
		if err := cp.CompileLazyBodies(); err != nil {
			t.Errorf("%s: lazy bodies: %v", name, err)
		}
	})
}

const skipStackScript = `
const EventEmitter = require('events');
const show = (f) => { try { f(); } catch (e) { console.log(e.stack); } };
show(() => new EventEmitter().emit('error', 42));
show(() => new EventEmitter().on('x', 1));
show(() => require('net').createServer().listen({ port: -5 }));
show(() => Buffer.alloc(-1));
show(() => require('util').inspect.defaultOptions = 1);
show(() => require('url').parse(5));
show(() => require('assert').strictEqual(1, 2));
console.log(EventEmitter.prototype.emit.toString().length, require('net').Socket.toString().slice(0, 40));
`

// Stacks through lazily parsed builtins name the same line:column as with
// full parses (a process without a cache, one writing it, one reading it).
func TestSkipTableStacks(t *testing.T) {
	if os.Getenv("GOJANET_SKIP_STACKS_HELPER") == "1" {
		var out bytes.Buffer
		rt, err := New(Options{Stdout: &out, Stderr: &out, IdleGC: -1})
		if err != nil {
			t.Fatal(err)
		}
		code, err := rt.RunScript(t.Context(), "[eval]", skipStackScript)
		os.Stdout.WriteString("<<<" + out.String() + ">>>")
		if err != nil || code != 0 {
			t.Fatalf("exit %d, %v", code, err)
		}
		return
	}
	dir := t.TempDir()
	run := func(cache string) string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSkipTableStacks$", "-test.count=1")
		cmd.Env = append(os.Environ(), "GOJANET_SKIP_STACKS_HELPER=1", "GOJANET_CACHE_DIR="+cache)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("helper (cache %s): %v\n%s", cache, err, b)
		}
		s := string(b)
		i, j := strings.Index(s, "<<<"), strings.LastIndex(s, ">>>")
		if i < 0 || j < i {
			t.Fatalf("helper output: %s", s)
		}
		return s[i+3 : j]
	}
	off := run("off")
	cold := run(dir)
	tables, _ := filepath.Glob(filepath.Join(dir, "transpiled", "*", "skip-*.bin"))
	if len(tables) < 10 {
		t.Fatalf("%d tables written", len(tables))
	}
	warm := run(dir)
	if !strings.Contains(off, "node:events:") || !strings.Contains(off, "ERR_") {
		t.Fatalf("no builtin frames in:\n%s", off)
	}
	if cold != off || warm != off {
		t.Fatalf("stacks differ:\n--- no cache:\n%s\n--- cold:\n%s\n--- warm:\n%s", off, cold, warm)
	}
}
