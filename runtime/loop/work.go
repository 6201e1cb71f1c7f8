package loop

import (
	"os"
	"strconv"
	"sync"

	"github.com/gojanet/gojanet/runtime/firewall"
)

// The worker pool is libuv's threadpool: blocking work (files, KDFs,
// compression, DNS) runs on a few goroutines shared by every loop in the
// process, so a slow operation never stalls a loop and a burst of them
// never starts thousands of goroutines. Its size is UV_THREADPOOL_SIZE
// (default 4, at most 1024), read once, as libuv does.
var pool struct {
	once sync.Once
	jobs chan func()
}

func poolSize() int {
	if n, err := strconv.Atoi(os.Getenv("UV_THREADPOOL_SIZE")); err == nil && n > 0 {
		return min(n, 1024)
	}
	return 4
}

func startPool() {
	pool.jobs = make(chan func(), 1024)
	for range poolSize() {
		go func() {
			for job := range pool.jobs {
				job()
			}
		}()
	}
}

// Queue runs work on the worker pool and then done on the loop goroutine.
// The pending operation keeps the loop alive until done has run, as a
// libuv work request does. Loop goroutine only; work must not touch the VM.
// A panic in work is recovered (with the worker's stack) and raised again
// on the loop instead of done, where the runtime's firewall makes it the
// runtime's uncaught error: no JavaScript caller is left to catch it.
func (l *Loop) Queue(work func(), done func()) {
	pool.once.Do(startPool)
	l.Ref()
	pool.jobs <- func() {
		var failure *firewall.Panic
		func() {
			defer func() {
				if x := recover(); x != nil {
					failure = firewall.New(x, "Loop.Queue work")
				}
			}()
			work()
		}()
		l.Post(func() {
			l.Unref()
			if failure != nil {
				panic(failure)
			}
			done()
		})
	}
}

// Go runs fn on a goroutine of its own (a Go connection's reader, a
// listener's accept loop, an embedder's callback). A panic in fn is raised
// again on the loop, where the runtime's firewall makes it this runtime's
// uncaught error, instead of ending the process.
func (l *Loop) Go(fn func()) {
	go func() {
		defer func() {
			if x := recover(); x != nil {
				p := firewall.New(x, "")
				l.Post(func() { panic(p) })
			}
		}()
		fn()
	}()
}
