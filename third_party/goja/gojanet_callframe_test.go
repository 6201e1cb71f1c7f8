package goja

import "testing"

// gojanet: calls and returns through callJs/retJs (gojanet_callframe.go):
// arity padding, extra arguments, arrows' new.target and this, methods,
// constructions, unused results, recursion to the limit and back, and an
// exception crossing frames; expected values are node 20's.
func TestCallFrames(t *testing.T) {
	const SCRIPT = `
	function pad(a, b, c) { let x = 1; return [a, b, c, x, arguments.length]; }
	assert(compareArray(pad(1), [1, undefined, undefined, 1, 1]));
	assert(compareArray(pad(1, 2, 3, 4), [1, 2, 3, 1, 4]));
	function Outer() { const arrow = () => new.target; return arrow(); }
	assert.sameValue(new Outer(), Outer);
	assert.sameValue(Outer(), undefined);
	const o = { v: 7, m() { return this.v; }, a() { return (() => this.v)(); } };
	assert.sameValue(o.m(), 7);
	assert.sameValue(o.a(), 7);
	function P(x) { this.x = x; }
	assert.sameValue(new P(3).x, 3);
	let n = 0; function inc() { n++; } for (let i = 0; i < 5; i++) inc();
	assert.sameValue(n, 5);
	function depth(k) { return k === 0 ? 0 : 1 + depth(k - 1); }
	assert.sameValue(depth(500), 500);
	function runaway() { return runaway() + 1; }
	let caught = false;
	try { runaway(); } catch (e) { caught = e instanceof RangeError; }
	assert(caught, "RangeError");
	assert.sameValue(depth(100), 100);
	function thrower(k) { if (k === 0) throw new Error("deep"); return thrower(k - 1); }
	function catcher() { let local = "kept"; try { thrower(10); } catch (e) { return local + ":" + e.message; } }
	assert.sameValue(catcher(), "kept:deep");
	function* gen(a) { const x = yield a; return x + 1; }
	const g = gen(1);
	assert.sameValue(g.next().value, 1);
	assert.sameValue(g.next(5).value, 6);
	`
	vm := New()
	vm.SetStackOverflowCatchable(true)
	vm.SetMaxCallStackSize(1000)
	if _, err := vm.RunProgram(testLib()); err != nil {
		t.Fatal(err)
	}
	if _, err := vm.RunString(SCRIPT); err != nil {
		t.Fatal(err)
	}
	// the records a run used no longer hold its frames
	cs := vm.vm.callStack[:cap(vm.vm.callStack)]
	for i := range cs {
		if cs[i].prg != nil || cs[i].stash != nil || cs[i].newTarget != nil {
			t.Fatalf("call stack record %d kept after the run: %+v", i, cs[i])
		}
	}
}
