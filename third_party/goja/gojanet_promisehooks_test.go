package goja

import (
	"fmt"
	"strings"
	"testing"
)

// gojanet: promise hooks (gojanet_promisehooks.go). The script's hooks log
// each promise by number; the expected log is node 20's for the same script
// under v8.promiseHooks.createHook.
const promiseHooksScript = `const ids = new Map(); let n = 0;
const id = (p) => { if (!ids.has(p)) ids.set(p, ++n); return ids.get(p); };
var log = [];
var hooks = {
  init(p, parent) { log.push(` + "`" + `init ${id(p)} ${parent === undefined ? '-' : id(parent)}` + "`" + `); },
  before(p) { log.push(` + "`" + `before ${id(p)}` + "`" + `); },
  after(p) { log.push(` + "`" + `after ${id(p)}` + "`" + `); },
  settled(p) { log.push(` + "`" + `settled ${id(p)}` + "`" + `); },
};
function run() {
  async function f() { log.push('f start'); await 1; log.push('f mid'); await Promise.resolve(2); log.push('f end'); return 3; }
  f().then(() => log.push('then'));
  Promise.resolve({ then(r) { r(5); } }).then(() => log.push('thenable'));
  new Promise((res) => res(Promise.resolve(7))).then(() => log.push('res-promise'));
  Promise.reject(new Error('x')).catch(() => log.push('caught')).finally(() => log.push('fin'));
  Promise.resolve(1).then().then(() => log.push('passthrough'));
  async function g() { try { await Promise.reject(1); } catch { log.push('g caught'); } return Promise.resolve(2); }
  g();
  Promise.all([1, Promise.resolve(2)]).then(() => log.push('all'));
  const o = { constructor: Promise };
  Promise.resolve(o).then((v) => log.push('resolve obj ' + (v === o)));
  (async () => { log.push('await obj ' + ((await o) === o)); })();
}
`

const promiseHooksExpected = `init 1 -
f start
init 2 1
settled 2
init 3 2
init 4 1
init 5 -
init 6 5
init 7 -
init 8 -
settled 8
init 9 7
init 10 -
settled 10
init 11 10
init 12 11
init 13 -
settled 13
init 14 13
init 15 14
init 16 -
init 17 -
settled 17
init 18 17
init 19 -
settled 19
init 20 -
init 21 -
settled 21
init 22 21
init 23 19
init 24 20
init 25 -
settled 25
init 26 25
init 27 -
init 28 27
settled 28
init 29 28
before 3
f mid
init 30 -
settled 30
init 31 30
settled 3
after 3
before 5
settled 5
after 5
before 7
init 32 8
after 7
before 11
caught
settled 11
after 11
before 14
settled 14
after 14
before 18
g caught
init 33 -
settled 33
settled 18
after 18
before 22
settled 22
after 22
before 23
settled 20
settled 23
after 23
before 26
resolve obj true
settled 26
after 26
before 29
await obj true
settled 27
settled 29
after 29
before 31
f end
settled 1
settled 31
after 31
before 6
thenable
settled 6
after 6
before 32
settled 7
settled 32
after 32
before 12
fin
init 34 -
settled 34
init 35 34
after 12
before 15
passthrough
settled 15
after 15
before 16
init 36 33
after 16
before 24
all
settled 24
after 24
before 4
then
settled 4
after 4
before 9
res-promise
settled 9
after 9
before 35
settled 35
after 35
before 12
init 37 35
after 12
before 36
settled 16
settled 36
after 36
before 37
settled 12
settled 37
after 37`

func installScriptHooks(t *testing.T, r *Runtime) {
	t.Helper()
	hooks := r.Get("hooks").(*Object)
	call := func(name string) func(args ...Value) {
		fn, ok := AssertFunction(hooks.Get(name))
		if !ok {
			t.Fatalf("no hook %s", name)
		}
		return func(args ...Value) {
			if _, err := fn(hooks, args...); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	init, before, after, settled := call("init"), call("before"), call("after"), call("settled")
	r.SetPromiseHooks(&PromiseHooks{
		Init: func(p, parent *Object) {
			if parent == nil {
				init(p)
			} else {
				init(p, parent)
			}
		},
		Before:  func(p *Object) { before(p) },
		After:   func(p *Object) { after(p) },
		Settled: func(p *Object) { settled(p) },
	})
}

func TestPromiseHooksOrder(t *testing.T) {
	r := New()
	if _, err := r.RunString(promiseHooksScript); err != nil {
		t.Fatal(err)
	}
	installScriptHooks(t, r)
	// Called from Go as a host calls (an empty call stack when jobs run):
	// the hooks' calls into JS must not run later jobs inside earlier ones.
	run, _ := AssertFunction(r.Get("run"))
	if _, err := run(nil); err != nil {
		t.Fatal(err)
	}
	r.SetPromiseHooks(nil)
	got, err := r.RunString("log.join('\\n')")
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != promiseHooksExpected {
		g, e := strings.Split(got.String(), "\n"), strings.Split(promiseHooksExpected, "\n")
		for i := 0; i < len(g) || i < len(e); i++ {
			var gl, el string
			if i < len(g) {
				gl = g[i]
			}
			if i < len(e) {
				el = e[i]
			}
			if gl != el {
				t.Fatalf("line %d: got %q, want %q\ngot:\n%s", i+1, gl, el, got)
			}
		}
	}
}

// With no hooks set nothing is reported and await makes no throwaway
// promise; hooks removed while a reaction runs see no After for it, hooks
// set by one see it.
func TestPromiseHooksOff(t *testing.T) {
	r := New()
	if _, err := r.RunString(promiseHooksScript); err != nil {
		t.Fatal(err)
	}
	if _, err := r.RunString("run(); log.join(',')"); err != nil {
		t.Fatal(err)
	}
	v, _ := r.RunString("log.some((l) => /^(init|before|after|settled)/.test(l))")
	if v.ToBoolean() {
		t.Fatal("hooks reported with none set")
	}
	// Only a promise is taken as it is (await of another object whose
	// constructor is Promise was a Go panic).
	v, _ = r.RunString("log.includes('await obj true') && log.includes('resolve obj true')")
	if !v.ToBoolean() {
		t.Fatal("await/resolve of a non-promise with constructor Promise")
	}
	var before, after int
	r.SetPromiseHooks(&PromiseHooks{
		Before: func(*Object) { before++ },
		After:  func(*Object) { after++ },
	})
	r.Set("off", func() { r.SetPromiseHooks(nil) })
	if _, err := r.RunString("Promise.resolve().then(() => off())"); err != nil {
		t.Fatal(err)
	}
	if before != 1 || after != 0 {
		t.Fatalf("before %d after %d", before, after)
	}
	// Set by a job, the hooks see that job's after.
	before, after = 0, 0
	r.Set("on", func() {
		r.SetPromiseHooks(&PromiseHooks{
			Before: func(*Object) { before++ },
			After:  func(*Object) { after++ },
		})
	})
	if _, err := r.RunString("Promise.resolve().then(() => on())"); err != nil {
		t.Fatal(err)
	}
	if before != 0 || after != 1 {
		t.Fatalf("set by a job: before %d after %d", before, after)
	}
	r.SetPromiseHooks(&PromiseHooks{})
	if r.promiseHooks != nil {
		t.Fatal("empty hooks kept")
	}
}

// A resolve or reject after the first reports the promise, which of the two
// and the value (node's 'multipleResolves'); the first does not.
func TestResolveAfterResolved(t *testing.T) {
	r := New()
	type event struct {
		p      *Object
		reject bool
		v      Value
	}
	var events []event
	r.SetResolveAfterResolved(func(p *Object, reject bool, v Value) {
		events = append(events, event{p, reject, v})
	})
	_, err := r.RunString(`
var a = new Promise((res, rej) => { res(1); res(2); rej(3); throw 'late'; });
var b = new Promise((res, rej) => { rej(Promise.resolve(0)); res(4); });
b.catch(() => {});
var c = new Promise((res) => res(5));
`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		kind := "resolve"
		if e.reject {
			kind = "reject"
		}
		name := "?"
		for _, n := range []string{"a", "b", "c"} {
			if r.Get(n) == e.p {
				name = n
			}
		}
		got = append(got, fmt.Sprintf("%s %s %v", kind, name, e.v))
	}
	want := "resolve a 2|reject a 3|reject a late|resolve b 4"
	if s := strings.Join(got, "|"); s != want {
		t.Fatalf("got %s, want %s", s, want)
	}
}
