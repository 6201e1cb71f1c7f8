// Package poll is the loop's readiness notifier: one epoll set owned by the
// loop goroutine, plus an eventfd so other goroutines can wake it.
//
// Only the loop goroutine may call Add/Modify/Remove/Wait; Wake is safe from
// any goroutine.
package poll

import (
	"sync"
	"sync/atomic"
	"time"

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

// Poller wraps an epoll instance.
type Poller struct {
	epfd   int
	wakefd int
	woken  atomic.Bool // a wake is pending; avoids a write per Wake
	// closeMu keeps Wake from writing to wakefd once Close has released it
	// (the number may already name another file).
	closeMu sync.RWMutex
	closed  bool
	fds     map[int]Callback
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
	p := &Poller{epfd: epfd, wakefd: wfd, fds: map[int]Callback{}, events: make([]unix.EpollEvent, 256)}
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
	if p.Fault != nil {
		if err := p.Fault("add", fd); err != nil {
			return err
		}
	}
	ev := unix.EpollEvent{Events: events, Fd: int32(fd)}
	if err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev); err != nil {
		return err
	}
	p.fds[fd] = cb
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
		n, err = unix.EpollWait(p.epfd, p.events, 0)
	} else {
		p.idleMu.Lock()
		p.waitStart = time.Now()
		p.idleMu.Unlock()
		n, err = unix.EpollWait(p.epfd, p.events, timeoutMs)
		p.idleMu.Lock()
		p.idle += time.Since(p.waitStart)
		p.waitStart = time.Time{}
		p.idleMu.Unlock()
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
		if cb, ok := p.fds[fd]; ok {
			cb(ev.Events)
		}
	}
	return n, nil
}

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
