package goja

import "testing"

// runModuleScope evaluates src, a function expression, in r marked as a
// module scope function, as the loader marks an ES module's wrapper.
func runModuleScope(t *testing.T, r *Runtime, src string) Value {
	t.Helper()
	prg, err := Parse("m.js", src)
	if err != nil {
		t.Fatal(err)
	}
	if !MarkModuleScope(prg) {
		t.Fatal("no wrapper to mark")
	}
	p, err := CompileAST(prg, false)
	if err != nil {
		t.Fatal(err)
	}
	v, err := r.RunProgram(p)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A module scope function: whatever its receiver, `this` is undefined (also
// in arrows and direct eval), and it has no `arguments` (a read is a
// ReferenceError, as at the global scope).
func TestModuleScopeFunction(t *testing.T) {
	r := New()
	wrapper := runModuleScope(t, r, `(function (a) {"use strict";
  let read, evalRead;
  try { arguments; read = 'no error'; } catch (e) { read = e.name; }
  try { eval('arguments'); evalRead = 'no error'; } catch (e) { evalRead = e.name; }
  const arrowEvalRead = (() => { try { eval('arguments'); return 'no error'; } catch (e) { return e.name; } })();
  return [typeof arguments, this === undefined, (() => this === undefined)(), eval('this === undefined'),
    (() => eval('this === undefined'))(), (() => typeof arguments)(), eval('typeof arguments'), read, evalRead, arrowEvalRead, a].join(' ');
})`)
	g := runModuleScope(t, r, `(function () {"use strict"; return this; })`)
	r.Set("f", wrapper)
	r.Set("g", g)
	v, err := r.RunString(`
const h = (function () {"use strict"; return [this, typeof arguments].join(' '); });
[f.call({}, 1), f.call(globalThis, 2), g.call(5) === undefined, h.call('x')].join('; ');
`)
	if err != nil {
		t.Fatal(err)
	}
	want := "undefined true true true true undefined undefined ReferenceError ReferenceError ReferenceError 1; undefined true true true true undefined undefined ReferenceError ReferenceError ReferenceError 2; true; x object"
	if got := v.String(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// The string a module's wrapper once held as a directive is an ordinary
// one: a script writing it gets a function like any other (node v20 prints
// the same: "5 object 1 5 y").
func TestModuleScopeDirectiveIsInert(t *testing.T) {
	v, err := New().RunString(`
function h(a) { 'use strict'; "gojanet module scope"; return [this, typeof arguments, arguments.length, (() => this)()].join(' '); }
const f = (function () { "use strict"; "gojanet module scope"; return this; });
[h.call(5, 1), f.call('y')].join(' ');
`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "5 object 1 5 y"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
