package loop

import (
	"os"
	"strconv"
	"sync"
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
// A panic in work is recovered and handed to done's caller as a panic on
// the loop, where the runtime's firewall reports it.
func (l *Loop) Queue(work func(), done func()) {
	pool.once.Do(startPool)
	l.Ref()
	pool.jobs <- func() {
		var failure any
		func() {
			defer func() { failure = recover() }()
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
