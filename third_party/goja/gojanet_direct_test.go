package goja

import (
	"testing"

	"github.com/dop251/goja/parser"
)

// gojanet: directCode (gojanet_direct.go) reaches the code of every kind of
// function, eager and lazy, and the twins run as the value forms did.
const directScript = `'use strict';
function f(a, b) { let x = a; if (x === b) { return x + 1; } return b; }
const arrow = (a) => { let y = a; return y !== 1 ? y : 0; };
const asyncArrow = async (a) => { let y = a; return y; };
async function af(a) { let z = a; return z; }
function* gen(a) { let w = a; yield w; }
const o = { m(a) { let v = a; return v; }, async am(a) { let v = a; return v; }, *gm(a) { let v = a; yield v; } };
class A { #p = 1; static s = 2; static { let q = 3; A.q = q; } fld = (() => { let k = 4; return k; })(); m(a) { let v = a; return v + this.#p; } }
class B extends A { constructor() { super(); let c = 5; this.c = c; } }
let r = [f(1, 1), f(1, 2), arrow(1), arrow(2), gen(6).next().value, o.m(7), o.gm(8).next().value,
	new A().m(1), A.s, A.q, new A().fld, new B().c, typeof af(1), typeof asyncArrow(1), typeof o.am(1)];
for (let i = 0; i < 3; i++) { r.push(i); }
r.join();
`

func directLeft(t *testing.T, p *Program) {
	seen := map[*Program]bool{}
	var walk func(p *Program)
	walk = func(p *Program) {
		if p == nil || seen[p] {
			return
		}
		seen[p] = true
		if p.lazy != nil {
			cp, err := p.lazy.compiled()
			if err != nil {
				t.Fatal(err)
			}
			walk(cp)
			return
		}
		for pc, ins := range p.code {
			switch ins.(type) {
			case loadStackLex, loadStashLex, jneP, initStackP, call, jne, loadStack, jeq, jump, storeStackLexP,
				loadStack1Lex, storeStashLexP, storeStackLex, initStack1P, jeqP, loadStash, loadVal,
				_loadUndef, _ret, _op_strict_eq, _op_strict_neq, _pop, _getElem, _not, _loadCallee, _add,
				_setElemStrictP, _typeof, _op_lt, _op_gte, _dup, _op_gt:
				t.Errorf("%q pc %d: %T left as a value", p.funcName, pc, ins)
			}
			switch f := ins.(type) {
			case newFuncInstruction:
				walk(f.getPrg())
			case *newDerivedClass:
				walk(f.ctor)
				walk(f.initFields)
			case *newClass:
				walk(f.ctor)
				walk(f.initFields)
			case *newStaticFieldInit:
				walk(f.initFields)
			}
		}
	}
	walk(p)
	if len(seen) < 15 {
		t.Fatalf("only %d programs reached", len(seen))
	}
}

func TestDirectCodeReachesEveryFunction(t *testing.T) {
	const want = "2,2,0,2,6,7,8,2,2,3,4,5,object,object,object,0,1,2"
	eager, err := Compile("direct.js", directScript, true)
	if err != nil {
		t.Fatal(err)
	}
	ast, err := parser.ParseFile(nil, "direct.js", directScript, 0)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := CompileASTLazy(ast, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*Program{eager, lazy} {
		v, err := New().RunProgram(p)
		if err != nil {
			t.Fatal(err)
		}
		if v.String() != want {
			t.Fatalf("got %s, want %s", v, want)
		}
		directLeft(t, p)
	}
	// eval and new Function compile through compileAST too
	v, err := New().RunString(`eval("let e = 1; (function (a) { let b = a; return b === 2 ? e : 0; })(2)") + new Function("a", "let b = a; return b + 1")(1)`)
	if err != nil || v.String() != "3" {
		t.Fatalf("eval: %v %v", v, err)
	}
}
