package goja

import "testing"

// A derived constructor called with arguments runs the base class's field
// initializer: the initializer must not take the caller's argument count
// (its frame was misplaced, and a private field definition then panicked
// with an interface conversion, or threw "Value is not an object").
func TestClassFieldsInitializerFromDerivedConstructorWithArgs(t *testing.T) {
	const src = `
class H { #path = "/"; fire = () => this.#path; static #s = 1; static t = () => H.#s; }
class A extends H { constructor(o) { super(o); } }
class B extends H { constructor(o = {}) { super(o); } }
class C extends H { constructor(a, b, c) { super(a, b, c); } }
[new A(1).fire(), new B().fire(), new C(1, 2, 3).fire(), H.t()].join(",");
`
	v, err := New().RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "/,/,/,1" {
		t.Fatalf("got %q", v.String())
	}
}

// Fields named get, set, static and async are fields, not accessors or
// modifiers: `set = (k, v) => ...` (hono's Context), `get;`, a bare `get`
// closing the body.
func TestClassFieldsNamedLikeModifiers(t *testing.T) {
	const src = `
class A { get = 1; set = (k, v) => k + v; async = 'a'; static get = 'sg'; static async = 2;
  get x() { return 'x'; } set x(v) {} async m() {} }
class B { get }
class C { set
  y(v) { this.v = v; } }
const a = new A();
[a.get, a.set('k', 'v'), a.async, A.get, A.async, a.x, Object.keys(new B()).join(''),
 typeof Object.getOwnPropertyDescriptor(C.prototype, 'y').set].join(",");
`
	v, err := New().RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if v.String() != "1,kv,a,sg,2,x,get,function" {
		t.Fatalf("got %q", v.String())
	}
}
