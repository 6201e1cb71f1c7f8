package goja

import (
	"errors"
	"testing"
)

// gojanet: HoldJobs/ReleaseJobs and CallPlain (gojanet_callframe.go), the
// embedder's per-event entry: a callback, then the embedder's own calls,
// then the promise jobs.
func TestHoldJobs(t *testing.T) {
	r := New()
	if _, err := r.RunString(`
		var log = [];
		function cb(x) { Promise.resolve().then(() => log.push('job ' + x)); log.push('cb ' + x); return x + 1; }
		function after() { log.push('after'); }
		function thrower() { Promise.resolve().then(() => log.push('job of thrower')); throw new Error('boom'); }
	`); err != nil {
		t.Fatal(err)
	}
	logged := func() string {
		v, err := r.RunString(`log.splice(0).join(',')`)
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
	cb, after, thrower := r.Get("cb"), r.Get("after"), r.Get("thrower")
	for _, fn := range []Value{cb, after, thrower} {
		if !r.IsPlainFunction(fn) {
			t.Fatalf("%v: not a plain function", fn)
		}
	}

	r.HoldJobs()
	v, err := r.CallPlain(cb, _undefined, []Value{r.ToValue(1)})
	if err != nil || v.ToInteger() != 2 {
		t.Fatalf("cb: %v, %v", v, err)
	}
	if _, err := r.CallPlain(after, _undefined, nil); err != nil {
		t.Fatal(err)
	}
	if !r.MicrotasksPending() {
		t.Fatal("the job ran before ReleaseJobs")
	}
	r.ReleaseJobs()
	if got := logged(); got != "cb 1,after,job 1" {
		t.Fatalf("log %q", got)
	}

	// an exception is the error; the jobs it queued wait for the release
	r.HoldJobs()
	_, err = r.CallPlain(thrower, _undefined, nil)
	var ex *Exception
	if !errors.As(err, &ex) || ex.Value().ToObject(r).Get("message").String() != "boom" {
		t.Fatalf("thrower: %v", err)
	}
	if _, err := r.CallPlain(after, _undefined, nil); err != nil {
		t.Fatal(err)
	}
	r.ReleaseJobs()
	if got := logged(); got != "after,job of thrower" {
		t.Fatalf("log %q", got)
	}

	// nested: a Go function called from JS makes a held call; nothing runs
	// until the outermost release
	r.Set("nested", func(FunctionCall) Value {
		r.HoldJobs()
		if _, err := r.CallPlain(cb, _undefined, []Value{r.ToValue(2)}); err != nil {
			panic(err)
		}
		r.ReleaseJobs()
		return _undefined
	})
	outer, err := r.RunString(`(function outer() { nested(); log.push('outer'); })`)
	if err != nil {
		t.Fatal(err)
	}
	r.HoldJobs()
	if _, err := r.CallPlain(outer, _undefined, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := r.CallPlain(after, _undefined, nil); err != nil {
		t.Fatal(err)
	}
	r.ReleaseJobs()
	if got := logged(); got != "cb 2,outer,after,job 2" {
		t.Fatalf("log %q", got)
	}

	// not held: the jobs run as the call returns, as AssertFunction's do
	if _, err := r.CallPlain(cb, _undefined, []Value{r.ToValue(3)}); err != nil {
		t.Fatal(err)
	}
	if got := logged(); got != "cb 3,job 3" {
		t.Fatalf("log %q", got)
	}

	// anything else is not for CallPlain
	for _, src := range []string{`(() => 1)`, `Math.max`, `cb.bind(null)`, `1`} {
		v, err := r.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if r.IsPlainFunction(v) && src != `(() => 1)` {
			t.Errorf("%s: plain", src)
		}
		if !r.IsPlainFunction(v) {
			if _, err := r.CallPlain(v, _undefined, nil); err == nil {
				t.Errorf("%s: no error", src)
			}
		}
	}
}

// An interrupt under a hold drops the queued jobs, as at any outermost
// return (leaveAbrupt), and the runtime takes calls again.
func TestHoldJobsInterrupt(t *testing.T) {
	r := New()
	if _, err := r.RunString(`
		var log = [];
		function stop() { Promise.resolve().then(() => log.push('dropped')); interruptMe(); log.push('not reached'); }
		function ok() { Promise.resolve().then(() => log.push('job')); }
	`); err != nil {
		t.Fatal(err)
	}
	r.Set("interruptMe", func(FunctionCall) Value {
		r.Interrupt("stop")
		return _undefined
	})
	r.HoldJobs()
	_, err := r.CallPlain(r.Get("stop"), _undefined, nil)
	var ie *InterruptedError
	if !errors.As(err, &ie) {
		t.Fatalf("stop: %v", err)
	}
	r.ReleaseJobs()
	r.HoldJobs()
	if _, err := r.CallPlain(r.Get("ok"), _undefined, nil); err != nil {
		t.Fatal(err)
	}
	r.ReleaseJobs()
	v, err := r.RunString(`log.join(',')`)
	if err != nil || v.String() != "job" {
		t.Fatalf("log %v, %v", v, err)
	}
}

// An arrow function through CallPlain keeps its lexical this and
// new.target, as when JS calls it.
func TestCallPlainArrow(t *testing.T) {
	r := New()
	v, err := r.RunString(`
		function Maker() { this.tag = 'made'; this.fn = (a, b) => [this.tag, typeof new.target, a, b, arguments.length].join(' '); }
		[new Maker().fn, (() => { 'use strict'; return () => typeof this; })(), async () => 1]
	`)
	if err != nil {
		t.Fatal(err)
	}
	fns := v.ToObject(r)
	arrow, strictArrow, asyncArrow := fns.Get("0"), fns.Get("1"), fns.Get("2")
	if !r.IsPlainFunction(arrow) || r.IsPlainFunction(asyncArrow) {
		t.Fatal("IsPlainFunction: arrows")
	}
	got, err := r.CallPlain(arrow, r.ToValue("other this"), []Value{r.ToValue(1)})
	if err != nil || got.String() != "made function 1  0" {
		t.Fatalf("arrow: %v, %v", got, err)
	}
	got, err = r.CallPlain(strictArrow, r.NewObject(), nil)
	if err != nil || got.String() != "object" {
		t.Fatalf("strict arrow: %v, %v", got, err)
	}
}
