package worker

// Atomics on SharedArrayBuffer memory, which runtimes in the process share
// (a SharedArrayBuffer posted to a worker is the same []byte on both sides).
// js/internal/shared_memory.js calls these for a shared buffer's typed
// arrays: 32- and 64-bit elements with sync/atomic (compare-and-swap loops
// for the read-modify-write operations), 8- and 16-bit ones under one
// process-wide lock (Go has no atomic operations of those widths; every
// Atomics operation on them takes the lock, so they are atomic with respect
// to each other). Plain indexed reads and writes from JS are not atomic, as
// in JS itself. Wait blocks the calling loop goroutine until Notify on the
// same address, the timeout, or the runtime stopping (terminate()).

import (
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

var narrowMu sync.Mutex

// RMW applies f to the element of the given byte size at mem[off:] and
// returns the old value (as raw bits). off must be aligned to size and in
// bounds (the JS side checks).
func RMW(mem []byte, off, size int, f func(old uint64) uint64) uint64 {
	p := unsafe.Pointer(&mem[off])
	switch size {
	case 4:
		a := (*uint32)(p)
		for {
			old := atomic.LoadUint32(a)
			if atomic.CompareAndSwapUint32(a, old, uint32(f(uint64(old)))) {
				return uint64(old)
			}
		}
	case 8:
		a := (*uint64)(p)
		for {
			old := atomic.LoadUint64(a)
			if atomic.CompareAndSwapUint64(a, old, f(old)) {
				return old
			}
		}
	}
	narrowMu.Lock()
	defer narrowMu.Unlock()
	var old uint64
	if size == 1 {
		old = uint64(mem[off])
		mem[off] = byte(f(old))
	} else {
		old = uint64(*(*uint16)(p))
		*(*uint16)(p) = uint16(f(old))
	}
	return old
}

// Load reads the element atomically.
func Load(mem []byte, off, size int) uint64 {
	p := unsafe.Pointer(&mem[off])
	switch size {
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(p)))
	case 8:
		return atomic.LoadUint64((*uint64)(p))
	}
	return RMW(mem, off, size, func(old uint64) uint64 { return old })
}

type waiter struct{ ch chan struct{} }

var waiters = struct {
	sync.Mutex
	m map[uintptr][]*waiter
}{m: map[uintptr][]*waiter{}}

// Wait blocks while the element at mem[off:] equals expect, until Notify
// wakes it ("ok"), timeout passes ("timed-out", negative: no timeout) or
// stopped reports true (the runtime is being stopped: "timed-out").
func Wait(mem []byte, off, size int, expect uint64, timeout time.Duration, stopped func() bool) string {
	key, w := register(mem, off, size, expect)
	if w == nil {
		return "not-equal"
	}
	return w.await(key, timeout, stopped)
}

// register puts a waiter on the element at mem[off:] if it holds expect
// (nil if it does not), under the lock Notify takes.
func register(mem []byte, off, size int, expect uint64) (uintptr, *waiter) {
	key := uintptr(unsafe.Pointer(&mem[off]))
	waiters.Lock()
	defer waiters.Unlock()
	if Load(mem, off, size) != expect {
		return key, nil
	}
	w := &waiter{ch: make(chan struct{}, 1)}
	waiters.m[key] = append(waiters.m[key], w)
	return key, w
}

// await blocks until w is notified, timeout passes or stopped reports true.
func (w *waiter) await(key uintptr, timeout time.Duration, stopped func() bool) string {
	var deadline <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-w.ch:
			return "ok"
		case <-deadline:
		case <-tick.C:
			if !stopped() {
				continue
			}
		}
		// Timed out or stopped: leave the list, unless a Notify took us
		// off it meanwhile (then it counted us as woken).
		if removeWaiter(key, w) {
			return "timed-out"
		}
		return "ok"
	}
}

// Notify wakes up to count waiters on the element at mem[off:] (count < 0:
// all), oldest first, and returns how many it woke.
func Notify(mem []byte, off int, count int) int {
	key := uintptr(unsafe.Pointer(&mem[off]))
	waiters.Lock()
	defer waiters.Unlock()
	list := waiters.m[key]
	n := len(list)
	if count >= 0 && count < n {
		n = count
	}
	for _, w := range list[:n] {
		w.ch <- struct{}{}
	}
	if n == len(list) {
		delete(waiters.m, key)
	} else {
		waiters.m[key] = append([]*waiter(nil), list[n:]...)
	}
	return n
}

// WaitAsync is Atomics.waitAsync's Wait: "not-equal" at once when the
// element differs, else "" — the waiter is registered before it returns,
// so a notify that follows on this thread wakes it — and done(result)
// later, from a goroutine.
func WaitAsync(mem []byte, off, size int, expect uint64, timeout time.Duration, stopped func() bool, done func(string)) string {
	key, w := register(mem, off, size, expect)
	if w == nil {
		return "not-equal"
	}
	go func() { done(w.await(key, timeout, stopped)) }()
	return ""
}

// removeWaiter takes w off key's list; false if a Notify already did.
func removeWaiter(key uintptr, w *waiter) bool {
	waiters.Lock()
	defer waiters.Unlock()
	list := waiters.m[key]
	for i, x := range list {
		if x == w {
			list = append(list[:i:i], list[i+1:]...)
			if len(list) == 0 {
				delete(waiters.m, key)
			} else {
				waiters.m[key] = list
			}
			return true
		}
	}
	return false
}
