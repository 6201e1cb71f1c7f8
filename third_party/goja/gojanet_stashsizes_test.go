package goja

import (
	"fmt"
	"strings"
	"testing"
)

// gojanet: stashes of every size (gojanet_stashsizes.go) hold their values,
// and extra arguments of a function whose arguments are in its stash share
// its allocation; results are node 20's.
func TestStashSizeClasses(t *testing.T) {
	var b strings.Builder
	b.WriteString("const r = [];\n")
	for n := 1; n <= 30; n++ {
		var names, sum []string
		for i := 0; i < n; i++ {
			names = append(names, fmt.Sprintf("v%d = %d", i, i+1))
			sum = append(sum, fmt.Sprintf("v%d", i))
		}
		fmt.Fprintf(&b, "r.push((function () { var %s; return () => %s; })()());\n", strings.Join(names, ", "), strings.Join(sum, " + "))
	}
	// a per-iteration copy of a loop's captured let (copyStash)
	b.WriteString("{ const fs = []; for (let i = 0, j = 10; i < 3; i++, j--) fs.push(() => i * j); r.push(fs.map((f) => f()).join('/')); }\n")
	b.WriteString("r.join()")
	v, err := New().RunString(b.String())
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for n := 1; n <= 30; n++ {
		want = append(want, fmt.Sprint(n*(n+1)/2))
	}
	want = append(want, "0/9/16")
	if got := v.String(); got != strings.Join(want, ",") {
		t.Errorf("got %s\nwant %s", got, strings.Join(want, ","))
	}
}

func TestStashExtraArgs(t *testing.T) {
	const src = `'use strict';
function restore(fn, obj) {
  var props = new Array(arguments.length - 2);
  for (var i = 0; i < props.length; i++) props[i] = arguments[i + 2];
  return function () { return [fn(), obj.a, props.join('+'), arguments.length].join(); };
}
function rest(a, ...r) { const g = () => a; r.push('p'); return [g(), r.join('/'), r.length].join(); }
function two(a, b) { const g = () => a + b; return [g(), arguments.length, arguments[2], arguments[3]].join(); }
function sloppy() { return (function (a) { var g = function () { return a; }; a = 5; return [g(), arguments[0], arguments[1], arguments.length].join(); })(1, 2); }
[restore(() => 'f', { a: 1 }, 'x', 'y', 'z')(1, 2), rest(1), rest(1, 2, 3), rest(), two(1, 2, 3, 4, 5), two(1), sloppy()].join('|')`
	const want = "f,1,x+y+z,2|1,p,1|1,2/3/p,3|,p,1|3,5,3,4|NaN,1,,|5,1,2,2"
	v, err := New().RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}
}

// a mapped arguments object over stash arguments, with an extra one
func TestStashExtraArgsSloppy(t *testing.T) {
	const src = `function sloppy() { return (function (a) { var g = function () { return a; }; a = 5; return [g(), arguments[0], arguments[1], arguments.length].join(); })(1, 2); } sloppy()`
	v, err := New().RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "5,5,2,2" {
		t.Errorf("got %s, want 5,5,2,2", v)
	}
}
