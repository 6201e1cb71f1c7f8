package goja

import "testing"

// gojanet: the stack formatter runs when `stack` is first read, once; the
// error it formats reads as goja's format meanwhile, other errors read then
// get goja's format without it; what it throws comes out of the read and
// the next read tries again; nil leaves goja's format.
func TestGojanetStackFormatter(t *testing.T) {
	r := New()
	calls := 0
	r.Set("calls", func() int { return calls })
	r.SetStackFormatter(func(err *Object, frames []StackFrame) Value {
		calls++
		if err.Get("message").String() == "plain" {
			return nil
		}
		if err.Get("message").String() == "throw" {
			panic(r.NewTypeError("formatter threw"))
		}
		self := err.Get("stack").String()             // the same error: goja's format, not recursion
		other := r.NewTypeError("other").Get("stack") // another error: not formatted by us
		_ = other
		return r.ToValue(err.Get("message").String() + "|" + self[:6] + "|" + frames[0].FuncName())
	})
	v, err := r.RunString(`
function named() { return new Error('custom'); }
const e = named();
const made = calls();
const a = e.stack, b = e.stack;
const p = new Error('plain').stack;
let threw;
const t = new Error('throw');
try { t.stack; } catch (x) { threw = x.message; }
try { t.stack; } catch (x) { threw += '/' + x.message; }
[made, a, a === b, p.split('\n')[0], threw].join(',');
`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "0,custom|Error:|named,true,Error: plain,formatter threw/formatter threw"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if calls != 4 { // custom, plain, throw twice; none for the nested reads
		t.Fatalf("calls %d", calls)
	}
}

// gojanet: Error.stackTraceLimit bounds the frames an error records.
func TestGojanetStackTraceLimit(t *testing.T) {
	r := New()
	v, err := r.RunString(`
function rec(n) { return n === 0 ? new Error('x') : rec(n - 1); }
const all = rec(20).stack.split('\n').filter(Boolean).length - 1;
Error.stackTraceLimit = 3;
const three = rec(20).stack.split('\n').filter(Boolean).length - 1;
Error.stackTraceLimit = 0;
const none = rec(20).stack.split('\n').filter(Boolean).length - 1;
Error.stackTraceLimit = Infinity;
const inf = rec(20).stack.split('\n').filter(Boolean).length - 1;
[all, three, none, inf].join();
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "22,3,0,22" {
		t.Fatal(got)
	}
}
