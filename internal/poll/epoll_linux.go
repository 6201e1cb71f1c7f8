// Package poll is the loop's readiness notifier: one epoll set owned by the
// loop goroutine, plus an eventfd so other goroutines can wake it.
//
// Only the loop goroutine may call Add/Modify/Remove/Wait; Wake is safe from
// any goroutine.
package poll

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Event bits passed to callbacks.
const (
	Readable = unix.EPOLLIN
	Writable = unix.EPOLLOUT
	Hangup   = unix.EPOLLHUP | unix.EPOLLRDHUP
	Error    = unix.EPOLLERR
)

// Callback is told which events fired on its descriptor.
type Callback func(events uint32)

// Handler is told which events fired on its descriptor, as a Callback is:
// a pointer registered as one (AddHandler) costs no method value, an
// allocation per registration (a socket's, per connection).
type Handler interface{ OnEvents(events uint32) }

// OnEvents calls c: a Callback is the Handler the map holds for Add.
func (c Callback) OnEvents(events uint32) { c(events) }

// Poller wraps an epoll instance.
type Poller struct {
	epfd   int
	wakefd int
	woken  atomic.Bool // a wake is pending; avoids a write per Wake
	// closeMu keeps Wake from writing to wakefd once Close has released it
	// (the number may already name another file).
	closeMu sync.RWMutex
	closed  bool
	fds     map[int]Handler
	events  []unix.EpollEvent
	OnWake  func() // run on the loop goroutine after a Wake
	// Fault, when set (tests), is asked before each Add and Modify; an error
	// it returns is what epoll_ctl would have failed with.
	Fault func(op string, fd int) error
	// idle is the time spent blocked in epoll_wait with a timeout (libuv's
	// loop idle time, behind eventLoopUtilization), and waitStart when such
	// a wait is in progress: another goroutine may read them (a parent
	// runtime reading its worker's), so they are under idleMu.
	idleMu    sync.Mutex
	idle      time.Duration
	waitStart time.Time

	// Spin is the longest Wait polls without blocking before it sleeps
	// (0: never; see wait). busy and idleAvg are moving averages of the
	// time between two waits and of the waits, from lastEnd, the end of
	// the last one.
	Spin          time.Duration
	busy, idleAvg time.Duration
	lastEnd       time.Time
	// Waited is how long the last Wait spun and slept (0 after a poll).
	Waited time.Duration
}

// IdleTime is how long Wait has spent blocked so far, the wait in progress
// included (as libuv's uv_metrics_idle_time). Safe from any goroutine.
func (p *Poller) IdleTime() time.Duration {
	p.idleMu.Lock()
	defer p.idleMu.Unlock()
	d := p.idle
	if !p.waitStart.IsZero() {
		d += time.Since(p.waitStart)
	}
	return d
}

// New creates a poller with its wake descriptor registered.
func New() (*Poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	wfd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return nil, err
	}
	p := &Poller{epfd: epfd, wakefd: wfd, fds: map[int]Handler{}, events: make([]unix.EpollEvent, 256)}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wfd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wfd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(wfd)
		return nil, err
	}
	return p, nil
}

// Add registers fd for the given events (level-triggered).
func (p *Poller) Add(fd int, events uint32, cb Callback) error {
	return p.AddHandler(fd, events, cb)
}

// AddHandler is Add for a Handler.
func (p *Poller) AddHandler(fd int, events uint32, h Handler) error {
	if p.Fault != nil {
		if err := p.Fault("add", fd); err != nil {
			return err
		}
	}
	ev := unix.EpollEvent{Events: events, Fd: int32(fd)}
	if err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev); err != nil {
		return err
	}
	p.fds[fd] = h
	return nil
}

// Modify changes the event mask of a registered fd.
func (p *Poller) Modify(fd int, events uint32) error {
	if p.Fault != nil {
		if err := p.Fault("modify", fd); err != nil {
			return err
		}
	}
	ev := unix.EpollEvent{Events: events, Fd: int32(fd)}
	return unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, fd, &ev)
}

// Remove unregisters fd. It must be called before the fd is closed.
func (p *Poller) Remove(fd int) {
	if _, ok := p.fds[fd]; !ok {
		return
	}
	delete(p.fds, fd)
	_ = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
}

// Wake interrupts a Wait in progress (or the next one). Safe from any goroutine.
func (p *Poller) Wake() {
	if p.woken.CompareAndSwap(false, true) {
		p.closeMu.RLock()
		if !p.closed {
			var one = [8]byte{1}
			_, _ = unix.Write(p.wakefd, one[:])
		}
		p.closeMu.RUnlock()
	}
}

// Wait blocks up to timeoutMs (-1: forever, 0: just poll) and dispatches
// callbacks for ready descriptors. It returns the number of events handled.
func (p *Poller) Wait(timeoutMs int) (int, error) {
	var n int
	var err error
	if timeoutMs == 0 {
		p.Waited = 0
		n, err = p.poll()
	} else {
		n, err = p.wait(timeoutMs)
	}
	if err != nil {
		if err == unix.EINTR {
			return 0, nil
		}
		return 0, err
	}
	for i := 0; i < n; i++ {
		ev := p.events[i]
		fd := int(ev.Fd)
		if fd == p.wakefd {
			var buf [8]byte
			_, _ = unix.Read(p.wakefd, buf[:])
			p.woken.Store(false)
			if p.OnWake != nil {
				p.OnWake()
			}
			continue
		}
		// A callback earlier in this batch may have removed this fd.
		if h, ok := p.fds[fd]; ok {
			h.OnEvents(ev.Events)
		}
	}
	return n, nil
}

// poll is epoll_wait with a zero timeout. It never blocks, so it skips
// the scheduler's entersyscall/exitsyscall (RawSyscall).
func (p *Poller) poll() (int, error) {
	r, _, e := unix.RawSyscall6(unix.SYS_EPOLL_PWAIT, uintptr(p.epfd), uintptr(unsafe.Pointer(&p.events[0])), uintptr(len(p.events)), 0, 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// wait is a wait that may block. While the loop has been busy most of
// the time (at least spinBusy of it, on average), it first polls without
// blocking for up to Spin: an event that comes meanwhile is picked up
// without the thread going to sleep and being woken (on a virtual machine
// an idle CPU halts, and waking it costs the waker an interrupt and the
// sleeper tens of µs). A loop that waits longer than it works (an idle
// server, light traffic) never spins. Spinning counts as idle time.
func (p *Poller) wait(timeoutMs int) (int, error) {
	start := time.Now()
	p.idleMu.Lock()
	p.waitStart = start
	p.idleMu.Unlock()
	var n int
	var err error
	if p.Spin > 0 && !p.lastEnd.IsZero() {
		p.busy += (start.Sub(p.lastEnd) - p.busy) / 8
		if p.busy >= spinBusy*p.idleAvg && goruntime.GOMAXPROCS(0) > 1 {
			// (With one P a spin would hold it from the goroutines
			// that may be about to make the event: a Post, a peer in
			// the same process.)
			w := p.Spin
			if timeoutMs > 0 {
				w = min(w, time.Duration(timeoutMs)*time.Millisecond)
			}
			for {
				n, err = p.poll()
				if n != 0 || err != nil || time.Since(start) >= w {
					break
				}
			}
		}
	}
	if n == 0 && err == nil {
		n, err = unix.EpollWait(p.epfd, p.events, timeoutMs)
	}
	end := time.Now()
	p.lastEnd = end
	p.Waited = end.Sub(start)
	p.idleAvg += (p.Waited - p.idleAvg) / 8
	p.idleMu.Lock()
	p.idle += end.Sub(start)
	p.waitStart = time.Time{}
	p.idleMu.Unlock()
	return n, err
}

// spinBusy is how many times longer than it waits the loop must work, on
// average, for Wait to spin (3: busy 75% of the time).
const spinBusy = 3

// Close releases the epoll and eventfd descriptors.
func (p *Poller) Close() error {
	p.closeMu.Lock()
	defer p.closeMu.Unlock()
	if p.closed {
		return nil
	}
	p.closed = true
	unix.Close(p.wakefd)
	return unix.Close(p.epfd)
}
