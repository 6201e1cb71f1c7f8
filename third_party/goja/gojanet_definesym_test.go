package goja

import (
	"testing"
)

// gojanet: a symbol-keyed define makes the key's "Symbol(desc)" only for an
// error message (object.go defineOwnPropertyKeyed); the messages are V8's.

func TestDefineSymbolMessages(t *testing.T) {
	runSymbolScript(t, `const out = [];
const s = Symbol('key');
const frozen = Object.preventExtensions({});
try { Object.defineProperty(frozen, s, { value: 1 }); } catch (e) { out.push(e.name + ': ' + e.message); }
const o = {};
Object.defineProperty(o, s, { value: 1 });
try { Object.defineProperty(o, s, { value: 2 }); } catch (e) { out.push(e.name + ': ' + e.message); }
try { Object.defineProperty(o, Symbol(), { get() {} }); Object.defineProperty(o, Symbol.iterator, { value: 3 }); out.push(String(o[Symbol.iterator])); } catch (e) { out.push(e.message); }
out.push(String(o[s]), String(Reflect.defineProperty(o, s, { value: 4 })));
out.join('\n');
`, `TypeError: Cannot define property Symbol(key), object is not extensible
TypeError: Cannot redefine property: Symbol(key)
3
1
false`)
}

// A symbol-keyed define on an ordinary object allocates the property and
// the object's room for it, not the key's name.
func TestDefineSymbolAllocs(t *testing.T) {
	r := New()
	s := NewSymbol("hidden")
	objs := make([]*Object, 200)
	for i := range objs {
		objs[i] = r.NewObject()
	}
	i := 0
	n := testing.AllocsPerRun(100, func() {
		objs[i].DefineDataPropertySymbolInCall(s, valueInt(1), FLAG_FALSE, FLAG_FALSE, FLAG_FALSE)
		i++
	})
	if n > 2 {
		t.Errorf("%v allocations per define, want at most 2", n)
	}
}
