package goja

import "testing"

// A module scope function: whatever its receiver, `this` is undefined (also
// in arrows and direct eval), and it has no `arguments` (a read is a
// ReferenceError, as at the global scope).
func TestModuleScopeFunction(t *testing.T) {
	r := New()
	v, err := r.RunString(`
const f = (function (a) {"use strict"; "gojanet module scope";
  let read, evalRead;
  try { arguments; read = 'no error'; } catch (e) { read = e.name; }
  try { eval('arguments'); evalRead = 'no error'; } catch (e) { evalRead = e.name; }
  const arrowEvalRead = (() => { try { eval('arguments'); return 'no error'; } catch (e) { return e.name; } })();
  return [typeof arguments, this === undefined, (() => this === undefined)(), eval('this === undefined'),
    (() => eval('this === undefined'))(), (() => typeof arguments)(), eval('typeof arguments'), read, evalRead, arrowEvalRead, a].join(' ');
});
const g = (function () {"use strict"; "gojanet module scope"; return this; });
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
