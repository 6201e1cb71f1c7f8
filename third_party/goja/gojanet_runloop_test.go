package goja

// gojanet: the run loop checks vm.interrupted at its start, on backward
// jumps and on function entry only (vm.go run, loopCheck, callCheck). These
// scripts run forever each in its own way; Interrupt must stop every one.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var foreverScripts = map[string]string{
	"for":           `for (;;) {}`,
	"for-block":     `for (;;) { let x = {}; x.y = 1 }`,
	"for-closure":   `var fs = []; for (let i = 0; ; i++) { let y = i; if (fs.length < 2) fs.push(() => y); continue }`,
	"while":         `var i = 0; while (true) { i++ }`,
	"do-while":      `var i = 0; do { i++ } while (i !== -1)`,
	"do-while-bare": `do {} while (true)`,
	"continue":      `var n = 0; outer: for (;;) { for (;;) { n++; continue outer } }`,
	"for-in":        `var o = {a: 1}; for (;;) { for (var k in o) { continue } }`,
	"for-of":        `function* g() { for (;;) yield 1 } for (var x of g()) {}`,
	"generator":     `function* g() { var i = 0; for (;;) yield i++ } var it = g(); for (;;) it.next()`,
	// calls without a loop: 2^60 calls, bounded depth
	"recursion":         `function f(n) { if (n === 0) return 0; return f(n - 1) + f(n - 1) } f(60)`,
	"recursion-stash":   `function f(n) { var g = function () { return n }; if (n === 0) return g(); return f(n - 1) + f(n - 1) } f(60)`,
	"recursion-arrow":   `const f = (n) => n === 0 ? 0 : f(n - 1) + f(n - 1); f(60)`,
	"recursion-method":  `var o = { m(n) { return n === 0 ? 0 : this.m(n - 1) + this.m(n - 1) } }; o.m(60)`,
	"recursion-new":     `function F(n) { if (n > 0) { new F(n - 1); new F(n - 1) } } new F(60)`,
	"recursion-class":   `class C { constructor(n) { if (n > 0) { new C(n - 1); new C(n - 1) } } } new C(60)`,
	"recursion-call":    `function f(n) { if (n === 0) return 0; return f.call(null, n - 1) + f.apply(null, [n - 1]) } f(60)`,
	"recursion-getter":  `var o = { n: 60, get x() { if (this.n === 0) return 0; this.n--; var a = this.x; this.n++; this.n--; var b = this.x; this.n++; return 0 } }; o.x`,
	"recursion-finally": `function f(n) { if (n === 0) return; try { f(n - 1) } finally { f(n - 1) } } f(60)`,
	"recursion-args":    `function f(n) { if (arguments[0] === 0) return 0; return f(n - 1) + f(n - 1) } f(60)`,
	// JS called from Go in a loop of Go's
	"native-callbacks": `Array.from({ [Symbol.iterator]() { return { next() { return { done: false, value: 1 } } } } })`,
	"sort":             `var a = []; for (var i = 0; i < 1000; i++) a.push(i); for (;;) a.sort(function (x, y) { return y - x })`,
}

func TestInterruptEveryWayToRunForever(t *testing.T) {
	for name, src := range foreverScripts {
		src := src
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			vm := New()
			time.AfterFunc(20*time.Millisecond, func() { vm.Interrupt("halt") })
			done := make(chan error, 1)
			go func() {
				_, err := vm.RunString(src)
				done <- err
			}()
			select {
			case err := <-done:
				var ie *InterruptedError
				if !errors.As(err, &ie) || ie.Value() != "halt" {
					t.Fatalf("got %v, want an InterruptedError", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("not interrupted after 20s")
			}
		})
	}
}

// Code with no loop and no call runs to its end (it is as long as its
// source); an interrupt that came before it stops it at its start.
func TestInterruptBeforeStraightLineCode(t *testing.T) {
	var b strings.Builder
	b.WriteString("var x = 0;\n")
	for i := 0; i < 10000; i++ {
		b.WriteString("x = x + 1;\n")
	}
	prg := MustCompile("straight.js", b.String(), false)
	vm := New()
	vm.Interrupt("early")
	_, err := vm.RunProgram(prg)
	var ie *InterruptedError
	if !errors.As(err, &ie) || ie.Value() != "early" {
		t.Fatalf("got %v, want an InterruptedError", err)
	}
	if x := vm.Get("x"); x != nil && x.ToInteger() != 0 {
		t.Fatalf("x = %v: the code ran before the interrupt", x)
	}
	vm.ClearInterrupt()
	if _, err := vm.RunProgram(prg); err != nil {
		t.Fatal(err)
	}
	if x := vm.Get("x").ToInteger(); x != 10000 {
		t.Fatalf("x = %d", x)
	}
}

// An interrupt's stack shows where the loop was.
func TestInterruptStackInLoop(t *testing.T) {
	vm := New()
	time.AfterFunc(20*time.Millisecond, func() { vm.Interrupt("halt") })
	_, err := vm.RunScript("loop.js", "var n = 0;\nfunction spin() {\n  for (;;) { n++ }\n}\nspin()\n")
	var ie *InterruptedError
	if !errors.As(err, &ie) {
		t.Fatalf("got %v", err)
	}
	s := ie.String()
	if !strings.Contains(s, "spin (loop.js:3:") {
		t.Fatalf("stack %q does not name the loop", s)
	}
}

// Only jump and jeqP (and their direct twins) may jump backward: they are
// the ones that check interrupts (dJump, dJeqP). Any other jump instruction
// with an offset <= 0 would make a loop the run loop never interrupts.
func TestBackwardJumpsCheck(t *testing.T) {
	var srcs []string
	for _, s := range foreverScripts {
		srcs = append(srcs, s)
	}
	srcs = append(srcs, fusedScripts...)
	srcs = append(srcs,
		`do { x++ } while (x === 1 && y !== 2 || z)`,
		`do { if (a) continue; b() } while (a !== b)`,
		`a: do { b: do { if (x) continue a; break b } while (y === 1) } while (z !== null)`,
		`async function f(it) { for await (const x of it) { if (x) continue; } }`,
		`while (a ?? b) {} while (a?.b) {} for (; a === b; ) {}`,
		`switch (x) { case 1: while (y) { continue } }`,
		`for (let i = 0; i < 10; i++) { setTimeout(() => i) }`,
		`class C { static { for (;;) break } #x = 1; m() { while (this.#x) {} } }`,
	)
	// and the repository's JS modules, when there
	files, _ := filepath.Glob("../../js/*.js")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			srcs = append(srcs, "(function (exports, require, module, process, internalBinding, primordials) {"+string(b)+"\n})")
		}
	}
	var walk func(p *Program, where string)
	walk = func(p *Program, where string) {
		if p == nil {
			return
		}
		for pc, ins := range p.code {
			if j, ok := jumpOffset(ins); ok && j <= 0 {
				switch ins.(type) {
				case jump, *dJump, jeqP, *dJeqP:
				case *fLeaveBlockJump: // runs dJump's exec
				default:
					t.Errorf("%s: %T at %d jumps backward (%d) without an interrupt check", where, ins, pc, j)
				}
			}
			switch f := ins.(type) {
			case newFuncInstruction:
				walk(f.getPrg(), where)
			case *newClass:
				walk(f.ctor, where)
				walk(f.initFields, where)
			case *newDerivedClass:
				walk(f.ctor, where)
				walk(f.initFields, where)
			case *newStaticFieldInit:
				walk(f.initFields, where)
			}
		}
	}
	n := 0
	for i, src := range srcs {
		p, err := Compile(fmt.Sprint("src", i), src, false)
		if err != nil {
			continue // (a module's source may be ESM)
		}
		n++
		walk(p, fmt.Sprint("source ", i))
	}
	if n < 30 {
		t.Fatalf("only %d sources compiled", n)
	}
}

// jumpOffset is the relative jump of a jump instruction: a type named j... or
// dJ... holding an integer, or a fused instruction's j field.
func jumpOffset(ins instruction) (int, bool) {
	v := reflect.ValueOf(ins)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return 0, false
		}
		v = v.Elem()
	}
	name := v.Type().Name()
	switch v.Kind() {
	case reflect.Int, reflect.Int32:
		if strings.HasPrefix(name, "j") || strings.HasPrefix(name, "dJ") {
			return int(v.Int()), true
		}
	case reflect.Struct:
		if f := v.FieldByName("j"); f.IsValid() && (f.Kind() == reflect.Int || f.Kind() == reflect.Int32) {
			return int(f.Int()), true
		}
	}
	return 0, false
}

// An Interrupt made by a Go function stops the script before its next
// statement (process.exit does this).
func TestInterruptFromGoFunction(t *testing.T) {
	vm := New()
	vm.Set("exit", func() { vm.Interrupt("exit") })
	vm.Set("getter", func() { vm.Interrupt("exit") })
	for _, src := range []string{
		`var x = 0; exit(); x = 1`,
		`var x = 0; (function () { exit(); x = 1 })()`,
		`var x = 0; exit.call(null); x = 1`,
		`var x = 0; Reflect.apply(exit, null, []); x = 1`,
		`var x = 0; [1].forEach(function () { exit(); x = 1 })`,
	} {
		vm.ClearInterrupt()
		_, err := vm.RunString(src)
		var ie *InterruptedError
		if !errors.As(err, &ie) {
			t.Fatalf("%s: got %v", src, err)
		}
		if x := vm.Get("x").ToInteger(); x != 0 {
			t.Fatalf("%s: x = %d after the interrupt", src, x)
		}
	}
}
