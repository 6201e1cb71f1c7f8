package loop

import (
	"github.com/dop251/goja"
)

// Batch makes several I/O callbacks (one per call of step) with a single
// entry into JS, as long as nothing runs between two of them in node:
// node runs nextTicks, microtasks and rejection handling after every
// callback, so a batch goes on only while all three are empty (Settled).
//
// Why: goja drops its value stack whenever the outermost call returns,
// so every top-level callback regrows it from nothing (a few KB of garbage
// and most of a small callback's cost). Here the callbacks are calls
// nested in one, hold(driver), where driver is a Go function calling step;
// goja runs microtasks only when hold returns, which is why a batch stops
// as soon as any are queued (and goes on in a new hold after them).
//
// step makes at most one callback (with Call) and reports whether it did;
// false ends the batch. Without Settled (set by the runtime) every step is
// its own top-level callback.
func (l *Loop) Batch(step func() bool) {
	if l.Settled == nil || l.batch.depth > 0 {
		for step() && !l.Stopped {
		}
		return
	}
	b := &l.batch
	if b.hold == nil {
		v, err := l.VM.RunString("(function hold(driver) { return driver(); })")
		if err != nil {
			panic(err)
		}
		b.hold = v
		b.driver = l.VM.ToValue(func(goja.FunctionCall) goja.Value {
			b.depth++
			defer func() { b.depth-- }()
			for !l.Stopped {
				if !b.step() {
					b.done = true
					break
				}
				if !l.Settled() {
					break
				}
			}
			return goja.Undefined()
		})
	}
	saved, savedDone := b.step, b.done
	b.step, b.done = step, false
	for !b.done && !l.Stopped {
		l.Call(b.hold, goja.Undefined(), b.driver)
	}
	b.step, b.done = saved, savedDone
}

type batch struct {
	hold, driver goja.Value
	step         func() bool
	done         bool
	depth        int // inside driver: Call is nested
}
