package goja

import (
	"testing"
)

// gojanet: blocks whose bindings live in the function's frame
// (gojanet_blocks.go). The expected output is node 20's.

// Block scoping at run time: nested and sibling blocks, loops entering a
// block again (TDZ before the declaration, stale values after), closures,
// break/continue out of blocks, catch, switch, generators, eval and with.
func TestBlocksInFrame(t *testing.T) {
	runSymbolScript(t, `'use strict';
const out = [];
function log(...a) { out.push(a.map(String).join(' ')); }
function t(name, f) { try { log(name, f()); } catch (e) { log(name, 'threw', e.constructor.name, e.message); } }

t('simple', () => { let r = 0; { let a = 1; const b = 2; r = a + b; } return r; });
t('nested', () => { let r = []; { let a = 1; { let b = a + 1; { const c = b * 2; r.push(a, b, c); } } { let d = 9; r.push(d); } } return r.join(); });
t('loop', () => { let r = []; for (let i = 0; i < 3; i++) { const x = i * 2; let y; r.push(x, y); y = x; } return r.join(); });
t('loopTDZ', () => { let r = []; for (let i = 0; i < 3; i++) { try { r.push(x); } catch (e) { r.push(e.message); } let x = i; } return r.join('|'); });
t('tdzSimple', () => { { x; let x = 1; } });
t('tdzSelf', () => { { let x = x + 1; return x; } });
t('tdzTypeof', () => { { typeof x; let x = 1; } });
t('tdzAssign', () => { try { { x = 2; let x = 1; } } catch (e) { return e.constructor.name; } });
t('whileTDZ', () => { let i = 0, r = []; while (i < 2) { try { r.push(y); } catch (e) { r.push(e.constructor.name); } const y = i++; r.push(y); } return r.join(); });
t('closureInLoop', () => { let fs = []; for (let i = 0; i < 3; i++) { let j = i * 10; fs.push(() => j); } return fs.map(f => f()).join(); });
t('mixed', () => { let fs = []; for (let i = 0; i < 3; i++) { let a = i; { let b = a + 1; fs.push(() => b); } { let c = a + 2; fs.push(c); } } return fs.map(f => typeof f === 'function' ? f() : f).join(); });
t('break', () => { let r = []; for (let i = 0; i < 5; i++) { let a = i; { let b = a; if (b === 2) break; r.push(b); } } return r.join(); });
t('labeled', () => { let r = []; outer: for (let i = 0; i < 3; i++) { let a = i; for (let j = 0; j < 3; j++) { let b = j; { let c = a * 10 + b; if (c === 11) continue outer; if (c === 21) break outer; r.push(c); } } } return r.join(); });
t('labeledBlock', () => { let r = []; blk: { let a = 1; { let b = 2; r.push(a + b); break blk; } } r.push('after'); return r.join(); });
t('tryCatch', () => { let r = []; try { let a = 1; { let b = 2; throw new Error('x' + (a + b)); } } catch (e) { let m = e.message; { let n = m + '!'; r.push(n); } } finally { let f = 'fin'; r.push(f); } return r.join(); });
t('switch', () => { let r = []; for (const v of [0, 1, 2]) { switch (v) { case 0: { let a = 'zero'; r.push(a); break; } case 1: let b = 'one'; r.push(b); break; default: try { r.push(b); } catch (e) { r.push(e.message); } } } return r.join('|'); });
t('funcInBlock', () => { let r; { function f() { return 42; } r = f(); } return r; });
t('funcInBlockLet', () => { let r; { let a = 5; function f() { return a; } r = f(); } return r; });
t('generator', () => { function* g() { for (let i = 0; i < 3; i++) { let x = i * 3; { const y = x + 1; yield y; } yield x; } } return [...g()].join(); });
t('async', () => { async function a() { let s = 0; for (let i = 0; i < 3; i++) { let x = i; { const y = await x; s += y; } } return s; } return typeof a(); });
t('destruct', () => { { let { a, b = a + 1 } = { a: 1 }; const [c, d = c * 2] = [3]; return [a, b, c, d].join(); } });
t('destructTDZ', () => { { let { a = b, b } = {}; return a; } });
t('classInBlock', () => { { class A { m() { return 'm'; } } return new A().m(); } });
t('classSelfRef', () => { { class A { static n() { return A.name; } } return A.n(); } });
t('deep', () => { let r = 0; for (let i = 0; i < 4; i++) { let a = i; { let b = a; { let c = b; { let d = c; r += d; } } } } return r; });
t('siblings', () => { let r = []; { let a = 1, b = 2; r.push(a, b); } { let c; r.push(c); c = 3; r.push(c); } { const d = 4; r.push(d); } return r.join(); });
t('arguments', function () { { let a = arguments.length; return a; } });
t('sloppyFn', () => (0, eval)('(function(){ var r = []; { function f() { return 1; } } { let x = 2; r.push(x); } return r.join(); })()'));
t('withEval', () => (0, eval)('(function(){ { let x = 5; return eval("x + 1"); } })()'));
t('withStmt', () => (0, eval)('(function(){ var o = {y: 1}; { let x = 2; with (o) { return x + y; } } })()'));
t('forOf', () => { let r = []; for (const v of [1, 2]) { let w = v * 2; { const z = w + 1; r.push(z); } } return r.join(); });
t('forIn', () => { let r = []; for (const k in { a: 1, b: 2 }) { let w = k + k; r.push(w); } return r.join(); });
t('recursion', () => { function f(n) { if (n > 0) { let m = n - 1; const x = f(m); return x + n; } return 0; } return f(10); });
t('stackTrace', () => { { let e = new Error('s'); return e.stack.split('\n')[1].includes(':39:35'); } });
t('catchParam', () => { let r = []; for (let i = 0; i < 2; i++) { try { throw i; } catch (e) { let x = e + 1; { let y = x * 2; r.push(y); } } } return r.join(); });
t('paramDefaults', () => { function f(a = 1, b = a + 1) { { let c = a + b; return c; } } return f(); });
t('arrowBlock', () => { const f = (x) => { { let y = x + 1; return y; } }; return f(1); });
t('method', () => { const o = { m(x) { { let y = x * 2; return y; } } }; return o.m(4); });
t('ctor', () => { class A { constructor(x) { { let y = x; this.y = y; } } } class B extends A { constructor() { { let z = 7; super(z); } } } return new B().y; });
t('manySlots', () => { let s = 0; { let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10; s = a + b + c + d + e + f + g + h + i + j; } return s; });
t('reentryStale', () => { let r = []; for (let i = 0; i < 3; i++) { let v; r.push(String(v)); v = i; } return r.join(); });
t('constReassign', () => { { const c = 1; try { c = 2; } catch (e) { return e.constructor.name + ':' + e.message; } } });
t('evalSibling', () => (0, eval)('(function(){ var r = []; { let a = 1; r.push(a); } eval("var q = 2"); { let b = 3; r.push(b + q); } return r.join(); })()'));
t('tdzInLoopCond', () => { let r = []; for (let i = 0; i < 2; i++) { if (i === 1) { try { r.push(k); } catch (e) { r.push('TDZ'); } } const k = i; r.push(k); } return r.join(); });
t('forLetBreak', () => { let r = []; for (let i = 0; i < 10; i++) { if (i === 1) continue; if (i === 4) break; r.push(i); } for (let i = 5, j = i * 2; i < 7; i++) r.push(i + j); return r.join(); });
t('forOfLabels', () => { let r = []; a: for (const x of [1, 2, 3]) { for (const [y, z = y] of [[x], [x * 10, 0]]) { if (y === 2) continue a; if (y === 30) break a; r.push(y + z); } } return r.join(); });
t('forOfHeadTDZ', () => { for (const x of x) {} });
t('forInNested', () => { let r = []; for (const k in { a: 1, b: 2 }) { for (const j in [7, 8]) { let s = k + j; r.push(s); } } return r.join(); });
t('forOfClosureMix', () => { let fs = []; for (const x of [1, 2]) { let y = x * 2; fs.push(y); for (let i = 0; i < 2; i++) { fs.push(() => i + x); } } return fs.map(f => typeof f === 'function' ? f() : f).join(); });
t('forLetNoUpdate', () => { let r = []; for (let i = 0; i < 3;) { r.push(i++); } for (let k = 0; ; k++) { if (k > 1) break; r.push(k); } return r.join(); });
t('forOfGenerator', () => { function* g() { for (const x of [1, 2, 3]) { for (let i = 0; i < x; i++) { yield x * 10 + i; } } } return [...g()].join(); });
t('forOfReturn', () => { function f() { for (const x of [1, 2, 3]) { let y = x; if (y === 2) return y; } } return f(); });
t('forOfThrow', () => { let r = []; for (let t = 0; t < 2; t++) { try { for (const x of [1, 2]) { let z = x; if (z === 2) throw z; r.push(z); } } catch (e) { r.push('c' + e); } } return r.join(); });
out.join('\n');
`, `simple 3
nested 1,2,4,9
loop 0,,2,,4,
loopTDZ Cannot access 'x' before initialization|Cannot access 'x' before initialization|Cannot access 'x' before initialization
tdzSimple threw ReferenceError Cannot access 'x' before initialization
tdzSelf threw ReferenceError Cannot access 'x' before initialization
tdzTypeof threw ReferenceError Cannot access 'x' before initialization
tdzAssign ReferenceError
whileTDZ ReferenceError,0,ReferenceError,1
closureInLoop 0,10,20
mixed 1,2,2,3,3,4
break 0,1
labeled 0,1,2,10,20
labeledBlock 3,after
tryCatch x3!,fin
switch zero|one|Cannot access 'b' before initialization
funcInBlock 42
funcInBlockLet 5
generator 1,0,4,3,7,6
async object
destruct 1,2,3,6
destructTDZ threw ReferenceError Cannot access 'b' before initialization
classInBlock m
classSelfRef A
deep 6
siblings 1,2,,3,4
arguments 0
sloppyFn 2
withEval 6
withStmt 3
forOf 3,5
forIn aa,bb
recursion 55
stackTrace true
catchParam 2,4
paramDefaults 3
arrowBlock 2
method 8
ctor 7
manySlots 55
reentryStale undefined,undefined,undefined
constReassign TypeError:Assignment to constant variable.
evalSibling 1,5
tdzInLoopCond 0,TDZ,1
forLetBreak 0,2,3,15,16
forOfLabels 2,10,6
forOfHeadTDZ threw ReferenceError Cannot access 'x' before initialization
forInNested a0,a1,b0,b1
forOfClosureMix 2,1,2,4,2,3
forLetNoUpdate 0,1,2,0,1
forOfGenerator 10,20,21,30,31,32
forOfReturn 2
forOfThrow 1,c2,1,c2`)
}

// Which blocks leave enterBlock out: the function's code has no enterBlock
// when its blocks qualify, and keeps it when a block's binding is captured,
// read before its declaration, or in a catch clause or a switch.
func TestBlocksInFrameCode(t *testing.T) {
	for _, c := range []struct {
		src   string
		enter bool
	}{
		{`function f(n) { let s = 0, i = 0; while (i++ < n) { const x = i; { let y = x * 2; s += y; } } return s; }`, false},
		{`function f() { { let a = 1; } { const b = 2; { let c = b; } } }`, false},
		{`function f(a) { let s = 0; for (let i = 0; i < a.length; i++) { s += a[i]; } for (const x of a) { s += x; } for (const k in a) { s += k; } return s; }`, false},
		{`function f(a) { const fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); } return fs; }`, true},
		{`function f(a) { const fs = []; for (const x of a) { fs.push(() => x); } return fs; }`, true},
		{`function f() { { function g() {} g(); } }`, false},
		{`function f() { { let a = 1; return () => a; } }`, true},
		{`function f() { { a; let a = 1; } }`, true},
		{`function f() { try {} catch (e) { e; } }`, true},
		{`function f(x) { switch (x) { case 1: let a = 1; } }`, true},
		{`function f(x = 1) { { let a = x; } }`, true},
		{`function f() { { let a = 1; eval(""); } }`, true},
	} {
		p, err := Compile("", c.src, false)
		if err != nil {
			t.Fatal(err)
		}
		var fp *Program
		for _, ins := range p.code {
			if nf, ok := ins.(newFuncInstruction); ok {
				fp = nf.getPrg()
			}
		}
		if fp == nil {
			t.Fatalf("%s: no function", c.src)
		}
		enter := false
		for _, ins := range fp.code {
			switch ins.(type) {
			case *enterBlock, *enterCatchBlock:
				enter = true
			}
		}
		if enter != c.enter {
			t.Errorf("%s: enterBlock %v, want %v", c.src, enter, c.enter)
		}
	}
}
