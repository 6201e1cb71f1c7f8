package tls

import (
	"github.com/gojanet/gojanet/runtime/firewall"
	"github.com/gojanet/gojanet/runtime/loop"
)

// hsWorkers keeps the goroutines of ended handshakes on the loop (onLoop)
// for the next ones: a new goroutine starts on a small stack and grows it
// several times during a handshake (≈ 4 stack copies each), a kept one has
// grown already. Loop goroutine only: a worker runs only while the loop
// waits for it (engine.step), so it is handed back by the loop, after its
// handshake ended. At most maxIdle wait; CloseAll (runtime shutdown) ends
// them, and one that ends its handshake later ends with it.
type hsWorkers struct {
	l      *loop.Loop
	idle   []*hsWorker
	closed bool
}

const maxIdleHandshakeWorkers = 4

type hsWorker struct {
	jobs chan func()
}

// run hands fn to an idle worker or a new one; it returns the worker, to
// be given back (put) once fn has signalled its end.
func (p *hsWorkers) run(fn func()) *hsWorker {
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle[n-1] = nil
		p.idle = p.idle[:n-1]
		w.jobs <- fn
		return w
	}
	w := &hsWorker{jobs: make(chan func())}
	l := p.l
	go func() {
		for fn := range w.jobs {
			w.runJob(l, fn)
		}
	}()
	w.jobs <- fn
	return w
}

// runJob runs one handshake; a panic is the loop's to report (as loop.Go
// does), and the worker lives on.
func (w *hsWorker) runJob(l *loop.Loop, fn func()) {
	defer func() {
		if x := recover(); x != nil {
			p := firewall.New(x, "")
			l.Post(func() { panic(p) })
		}
	}()
	fn()
}

// put takes a worker back whose handshake has ended.
func (p *hsWorkers) put(w *hsWorker) {
	if p.closed || len(p.idle) >= maxIdleHandshakeWorkers {
		close(w.jobs)
		return
	}
	p.idle = append(p.idle, w)
}

// ForceClose ends the idle workers (runtime shutdown).
func (p *hsWorkers) ForceClose() {
	p.closed = true
	for _, w := range p.idle {
		close(w.jobs)
	}
	p.idle = nil
}
