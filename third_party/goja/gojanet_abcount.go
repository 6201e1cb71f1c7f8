package goja

import (
	"runtime"
	"sync/atomic"
)

// gojanet: the bytes of the live ArrayBuffers a runtime allocates (new
// ArrayBuffer, typed arrays and Buffers made with a length, node's Buffer
// pool), for process.memoryUsage().arrayBuffers. An allocation is counted
// when made and uncounted by a cleanup once the collector finds it garbage.
// Allocations under arrayBufferCountMin bytes are left out: a cleanup each
// would cost more than they weigh (node's small Buffers share the counted
// 8 KiB pool anyway). Memory Go hands the engine (NewArrayBuffer) is not
// counted.
const arrayBufferCountMin = 4096

// abCount is a runtime's count; the cleanups hold it, not the runtime.
type abCount struct{ n atomic.Int64 }

type abCleanup struct {
	c *abCount
	n int64
}

// ArrayBufferBytes reports the bytes of live counted ArrayBuffer memory
// this runtime allocated.
func (r *Runtime) ArrayBufferBytes() int64 {
	if r.abCount == nil {
		return 0
	}
	return r.abCount.n.Load()
}

// allocArrayBuffer is allocByteSlice, counted.
func (r *Runtime) allocArrayBuffer(size int) []byte {
	b := allocByteSlice(size)
	if len(b) >= arrayBufferCountMin {
		if r.abCount == nil {
			r.abCount = &abCount{}
		}
		n := int64(len(b))
		r.abCount.n.Add(n)
		runtime.AddCleanup(&b[0], uncountArrayBuffer, abCleanup{r.abCount, n})
	}
	return b
}

func uncountArrayBuffer(a abCleanup) { a.c.n.Add(-a.n) }
