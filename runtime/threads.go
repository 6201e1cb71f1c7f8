package runtime

// worker_threads.postMessageToThread: any thread of a tree of runtimes (a
// process's main thread and its workers, with their threadIds) may post a
// message to any other, which the target emits as process 'workerMessage'
// (value, sourceThreadId). The sender's promise settles with the target's
// answer: delivered (a listener ran), failed (no such thread, no listener,
// or it ended first), or errored (a listener threw).
//
// threadRegistry maps threadIds to their inboxes. A delivery is posted to
// the target's loop; an inbox that closes (its runtime ended) answers every
// delivery still pending there as failed, so a sender never waits on a loop
// that will not run again.

import (
	"io"
	"math"
	"sync"

	"github.com/dop251/goja"

	workermod "github.com/gojanet/gojanet/modules/worker"
)

// Answers a delivery gets (js/worker_threads.js postMessageToThread).
const (
	threadDelivered = 0
	threadFailed    = 1
	threadErrored   = 2
)

type threadRegistry struct {
	mu   sync.Mutex
	byID map[int64]*threadInbox
}

type threadInbox struct {
	r       *Runtime
	mu      sync.Mutex
	closed  bool
	pending map[*threadDelivery]struct{}
}

type threadDelivery struct {
	once   sync.Once
	answer func(status int)
}

func (d *threadDelivery) settle(status int) { d.once.Do(func() { d.answer(status) }) }

func newThreadRegistry() *threadRegistry {
	return &threadRegistry{byID: map[int64]*threadInbox{}}
}

// register makes r the thread id of its tree; the inbox it returns is
// closed when r ends.
func (t *threadRegistry) register(id int64, r *Runtime) *threadInbox {
	in := &threadInbox{r: r, pending: map[*threadDelivery]struct{}{}}
	t.mu.Lock()
	t.byID[id] = in
	t.mu.Unlock()
	return in
}

func (t *threadRegistry) unregister(id int64, in *threadInbox) {
	t.mu.Lock()
	if t.byID[id] == in {
		delete(t.byID, id)
	}
	t.mu.Unlock()
	in.close()
}

func (t *threadRegistry) inbox(id int64) *threadInbox {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.byID[id]
}

func (in *threadInbox) close() {
	in.mu.Lock()
	in.closed = true
	pending := in.pending
	in.pending = nil
	in.mu.Unlock()
	for d := range pending {
		d.settle(threadFailed)
	}
}

// deliver posts m to the inbox's loop, where the runtime's handler emits
// it; d is answered there, or as failed if the inbox closes first.
func (in *threadInbox) deliver(m *workermod.Message, source int64, d *threadDelivery) {
	in.mu.Lock()
	if in.closed {
		in.mu.Unlock()
		d.settle(threadFailed)
		return
	}
	in.pending[d] = struct{}{}
	in.mu.Unlock()
	r := in.r
	r.loop.Post(func() {
		in.mu.Lock()
		_, ok := in.pending[d]
		delete(in.pending, d)
		in.mu.Unlock()
		if !ok {
			return // answered when the inbox closed
		}
		d.settle(r.emitWorkerMessage(m, source))
	})
}

// emitWorkerMessage hands m to bootstrap's workerMessage (process
// 'workerMessage'), on r's loop.
func (r *Runtime) emitWorkerMessage(m *workermod.Message, source int64) (status int) {
	h := r.hooks.workerMessage
	if h == nil || r.loop.Stopped {
		return threadFailed
	}
	defer func() {
		if recover() != nil {
			status = threadErrored
		}
	}()
	v, err := h(goja.Undefined(), workermod.ToJS(r.loop, m), r.vm.ToValue(source))
	if err != nil {
		return threadErrored
	}
	return int(v.ToInteger())
}

// processStderr is the process's stderr, where node's C++ writes its traces
// (a worker's process.stderr goes through its parent's loop instead).
func (r *Runtime) processStderr() io.Writer {
	if r.worker != nil && r.worker.stderr != nil {
		return r.worker.stderr
	}
	return r.stderr
}

// threadID is r's worker_threads threadId (0: the main thread).
func (r *Runtime) threadID() int64 {
	if r.worker != nil {
		return r.worker.threadID
	}
	return 0
}

// postToThread(threadId, data, ports, buffers, shared, callback) posts a
// message to another thread of the tree; callback(status) runs on this
// loop with the target's answer. It returns cancel(), for a sender that
// stopped waiting (its timeout): the loop is no longer kept alive for it.
func (r *Runtime) postToThread(call goja.FunctionCall) goja.Value {
	l := r.loop
	vm := r.vm
	// node looks the id up as given: only an integer names a thread
	target, named := int64(0), false
	switch n := call.Argument(0).Export().(type) {
	case int64:
		target, named = n, true
	case float64:
		if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
			target, named = int64(n), true
		}
	}
	cb, ok := goja.AssertFunction(call.Argument(5))
	if !ok {
		panic(vm.NewTypeError("postToThread: callback must be a function"))
	}
	m := workermod.MessageFrom(l, call.Argument(1), call.Argument(2), call.Argument(3), call.Argument(4))
	waiting := true
	l.Ref()
	stop := func() bool {
		if !waiting {
			return false
		}
		waiting = false
		l.Unref()
		return true
	}
	d := &threadDelivery{answer: func(status int) {
		l.Post(func() {
			if stop() {
				_, _ = cb(goja.Undefined(), vm.ToValue(status))
			}
		})
	}}
	if in := r.threads.inbox(target); named && in != nil {
		in.deliver(m, r.threadID(), d)
	} else {
		d.settle(threadFailed)
	}
	return vm.ToValue(func() { stop() })
}
