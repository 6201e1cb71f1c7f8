package goja

import (
	"fmt"
	"testing"
)

// gojanet: runaway recursion through every kind of call throws a catchable
// RangeError and leaves the VM as it was (stacks empty, caller's locals
// intact), whichever call crosses the limit.
func TestGojanetStackOverflowCatchable(t *testing.T) {
	patterns := map[string]string{
		"plain":      `function f(){ return f() + 1; } f();`,
		"method":     `const o = { m() { return this.m(); } }; o.m();`,
		"arrow":      `const f = (a, ...r) => f(a, ...r); f(1, 2);`,
		"getter":     `const o = { get x() { return this.x; } }; o.x;`,
		"setter":     `const o = { set x(v) { this.x = v; } }; o.x = 1;`,
		"ctor":       `class A { y = new A(); } new A();`,
		"ctorsuper":  `class B { constructor() { new C(); } } class C extends B { z = 1; constructor() { super(); } } new C();`,
		"proxy":      `const p = new Proxy({}, { get(t, k) { return p[k]; } }); p.x;`,
		"apply":      `function f(){ return f.apply(null, [1]); } f();`,
		"map":        `function f(){ return [1].map(f); } f();`,
		"tostring":   `const o = { toString() { return '' + o; } }; '' + o;`,
		"gen":        `function* g(){ yield* g(); } [...g()];`,
		"gen2":       `function* g(){ const it = g(); it.next(); yield 1; } g().next();`,
		"async":      `async function f(){ await f(); } f().catch(e => { throw e; });`,
		"asyncarrow": `const f = async () => { await f(); }; f();`,
		"forof":      `function f(){ for (const x of [1,2]) { for (const y of [x]) f(); } } f();`,
		"finally":    `function f(){ try { return f(); } finally { let q = 1; } } f();`,
		"tagged":     `function f(){ return f` + "`x${1}`" + `; } f();`,
		"eval":       `function f(){ return eval('f()'); } f();`,
		"bind":       `let g; function f(){ return g(); } g = f.bind(null); f();`,
		"json":       `const o = { toJSON() { return JSON.stringify(o); } }; JSON.stringify(o);`,
		"catchcall":  `function f(){ try { return f(); } catch (e) { return [1].map(() => g(2)); } } function g(n) { return n && g(n - 1); } f(); throw new RangeError("Maximum call stack size exceeded");`,
	}
	for name, src := range patterns {
		for _, limit := range []int{50, 51, 52, 53, 97, 300} {
			t.Run(fmt.Sprintf("%s/%d", name, limit), func(t *testing.T) {
				r := New()
				r.SetMaxCallStackSize(limit)
				r.SetStackOverflowCatchable(true)
				v, err := r.RunString(`
(function(a, b) {
  let caught;
  const before = [a, b, 'x'];
  try {
` + src + `
  } catch (e) { caught = e; }
  return [a, b, before.join(), caught instanceof RangeError ? caught.message : String(caught)].join('|');
})(1, 2) + '|' + (function(){ let s = 0; for (let i = 0; i < 3; i++) s += i; return s; })();
`)
				if err != nil {
					t.Fatal(err)
				}
				got := v.String()
				if got != "1|2|1,2,x|Maximum call stack size exceeded|3" && got != "1|2|1,2,x|undefined|3" {
					t.Fatalf("got %q", got)
				}
				if len(r.vm.callStack) != 0 || len(r.vm.tryStack) != 0 || len(r.vm.iterStack) != 0 || r.vm.sp != 0 {
					t.Fatalf("vm left: calls %d tries %d iters %d sp %d", len(r.vm.callStack), len(r.vm.tryStack), len(r.vm.iterStack), r.vm.sp)
				}
			})
		}
	}
}

// gojanet: an async function's promise rejects with the RangeError; before
// the fix in generator.enter the caller's frame was left behind.
func TestGojanetStackOverflowAsync(t *testing.T) {
	r := New()
	r.SetMaxCallStackSize(1000)
	r.SetStackOverflowCatchable(true)
	var log []string
	r.Set("log", func(s string) { log = append(log, s) })
	_, err := r.RunString(`
(function(a, b, c) {
let n = 0;
async function test() { n++; await test(); }
const p = test();
log('sync ' + (n > 400) + ' ' + typeof p + a + b + c);
p.catch((e) => log('caught ' + e.name + ': ' + e.message));
})(1, 2, 3);
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(log); got != "[sync true object123 caught RangeError: Maximum call stack size exceeded]" {
		t.Fatal(got)
	}
}

// Without SetStackOverflowCatchable the overflow stays goja's uncatchable
// *StackOverflowError, yield* recursion included (it used to exhaust the
// Go stack).
func TestGojanetStackOverflowUncatchable(t *testing.T) {
	for _, src := range []string{
		`function f(){ try { f(); } catch (e) {} } f();`,
		`function* g(){ yield* g(); } [...g()];`,
	} {
		r := New()
		r.SetMaxCallStackSize(100)
		_, err := r.RunString(src)
		if _, ok := err.(*StackOverflowError); !ok {
			t.Fatalf("%s: %T %v", src, err, err)
		}
	}
}
