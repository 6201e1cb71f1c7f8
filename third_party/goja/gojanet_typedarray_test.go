package goja

import (
	"testing"

	"github.com/dop251/goja/unistring"
)

// gojanet: a typed array's property names: canonical numeric strings are
// indices (or nothing), every other name is an ordinary property, "-" alone no
// longer panics (want is node 20's output for the same script).
func TestTypedArrayPropertyNames(t *testing.T) {
	const script = `const a = new Uint8Array([1,2,3]);
const out = [];
for (const k of ['length', 'subarray', '', '-', '-0', '0', '1', '3', '-1', '1.5', 'NaN', 'Infinity', '-Infinity', 'Inf', 'N', '1e21', '01', ' 1', 'é', '１', '4294967296', '9007199254740993', 'byteLength', 'x']) {
  out.push(JSON.stringify(k) + ':' + String(a[k]) + ':' + (k in a) + ':' + a.hasOwnProperty(k));
  const b = new Uint8Array(2);
  b[k] = 7;
  out.push(' set ' + Array.from(b).join(',') + ' ' + JSON.stringify(Object.keys(b)));
}
out.join('\n');
`
	const want = `"length":3:true:false
 set 0,0 ["0","1"]
"subarray":function subarray() { [native code] }:true:false
 set 0,0 ["0","1","subarray"]
"":undefined:false:false
 set 0,0 ["0","1",""]
"-":undefined:false:false
 set 0,0 ["0","1","-"]
"-0":undefined:false:false
 set 0,0 ["0","1"]
"0":1:true:true
 set 7,0 ["0","1"]
"1":2:true:true
 set 0,7 ["0","1"]
"3":undefined:false:false
 set 0,0 ["0","1"]
"-1":undefined:false:false
 set 0,0 ["0","1"]
"1.5":undefined:false:false
 set 0,0 ["0","1"]
"NaN":undefined:false:false
 set 0,0 ["0","1"]
"Infinity":undefined:false:false
 set 0,0 ["0","1"]
"-Infinity":undefined:false:false
 set 0,0 ["0","1"]
"Inf":undefined:false:false
 set 0,0 ["0","1","Inf"]
"N":undefined:false:false
 set 0,0 ["0","1","N"]
"1e21":undefined:false:false
 set 0,0 ["0","1","1e21"]
"01":undefined:false:false
 set 0,0 ["0","1","01"]
" 1":undefined:false:false
 set 0,0 ["0","1"," 1"]
"é":undefined:false:false
 set 0,0 ["0","1","é"]
"１":undefined:false:false
 set 0,0 ["0","1","１"]
"4294967296":undefined:false:false
 set 0,0 ["0","1"]
"9007199254740993":undefined:false:false
 set 0,0 ["0","1","9007199254740993"]
"byteLength":3:true:false
 set 0,0 ["0","1"]
"x":undefined:false:false
 set 0,0 ["0","1","x"]`
	v, err := New().RunString(script)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// gojanet: looking up a typed array's named property allocates nothing.
func TestTypedArrayNamedPropertyNoAlloc(t *testing.T) {
	for _, name := range []string{"length", "subarray", "byteLength", "buffer", ""} {
		if n := testing.AllocsPerRun(100, func() { strToIntNum(unistring.String(name)) }); n != 0 {
			t.Errorf("strToIntNum(%q): %v allocations", name, n)
		}
	}
	r := New()
	if _, err := r.RunString(`var u = new Uint8Array(8); function f() { return u.length + u.byteLength + (u.subarray ? 1 : 0); }`); err != nil {
		t.Fatal(err)
	}
	f, _ := AssertFunction(r.Get("f"))
	f(nil) // warm up (the value stack)
	if n := testing.AllocsPerRun(100, func() { f(nil) }); n != 0 {
		t.Errorf("named properties of a typed array: %v allocations per call", n)
	}
}
