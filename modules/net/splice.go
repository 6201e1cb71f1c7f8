package net

import (
	"math"

	"golang.org/x/sys/unix"
)

// Forwarding with splice(2): bytes move socket → pipe → socket inside the
// kernel, so they are never copied into or out of Go memory. The loop owns
// one pipe for this, shared by every forwarding socket: the pipe is empty
// whenever forwarding code is not running (what the destination does not
// take is read back out of the pipe at once and queued as an ordinary
// write), so sockets cannot mix their bytes in it.

// splicePipeSize is the pipe's capacity, the most one splice moves.
const splicePipeSize = 256 * 1024

// splicePipe is the loop's pipe; it is a tracked handle so runtime shutdown
// closes it.
type splicePipe struct {
	b    *binding
	r, w int
}

func (p *splicePipe) ForceClose() {
	if p.r >= 0 {
		unix.Close(p.r)
		unix.Close(p.w)
		p.r, p.w = -1, -1
	}
	if p.b.pipe == p {
		p.b.pipe = nil
	}
}

// pipe2 is unix.Pipe2; tests make it fail.
var pipe2 = unix.Pipe2

// pipeRetryMs is how long forwarding copies after pipe2 failed for lack of
// descriptors or memory before it tries to make a pipe again.
const pipeRetryMs = 1000

// splicer returns the loop's pipe, creating it on first use; nil when the
// system gives none (forwarding then copies: slower, never stuck). A pipe
// refused for lack of descriptors or memory is tried again a second later.
func (b *binding) splicer() *splicePipe {
	if b.pipe != nil || (b.noPipeTil != 0 && b.l.Now() < b.noPipeTil) {
		return b.pipe
	}
	var fds [2]int
	if err := pipe2(fds[:], unix.O_NONBLOCK|unix.O_CLOEXEC); err != nil {
		b.l.Counters.Degraded.Add(1)
		b.noPipeTil = b.l.Now() + pipeRetryMs
		if err != unix.EMFILE && err != unix.ENFILE && err != unix.ENOMEM {
			b.noPipeTil = math.Inf(1)
		}
		return nil
	}
	// A bigger pipe moves more per splice; the default size still works.
	_, _ = unix.FcntlInt(uintptr(fds[1]), unix.F_SETPIPE_SZ, splicePipeSize)
	b.pipe = &splicePipe{b: b, r: fds[0], w: fds[1]}
	b.l.Track(b.pipe)
	return b.pipe
}

// drain takes n bytes out of the pipe into Go memory, restoring the
// empty-pipe invariant. If that fails the pipe is discarded (a new one is made
// on next use) so no stale bytes can reach another socket.
func (p *splicePipe) drain(n int) []byte {
	out := make([]byte, n)
	got := 0
	for got < n {
		m, err := unix.Read(p.r, out[got:])
		if err == unix.EINTR {
			continue
		}
		if err != nil || m <= 0 {
			p.b.l.Untrack(p)
			p.ForceClose()
			break
		}
		got += m
	}
	return out[:got]
}

// spliceReady is readReady for a forwarding socket: it splices what the
// kernel has into the pipe and on to the destination, a few times at most.
// It reports false, having moved nothing, when splice cannot serve this
// pair; the caller then reads and writes the ordinary way.
func (h *handle) spliceReady() bool {
	p := h.b.splicer()
	if p == nil || h.noSplice {
		return false
	}
	for i := 0; i < 4 && h.reading && !h.closed; i++ {
		dst := h.pipeTo
		if dst == nil || !dst.takesForward() || len(dst.writes) > 0 {
			// Not forwardable right now: the copy path sorts it out.
			return i > 0
		}
		n, err := spliceNB(h.fd, p.w, splicePipeSize)
		switch {
		case err == unix.EAGAIN || err == unix.EINTR:
			return true
		case err == unix.EINVAL || err == unix.ENOSYS:
			// This kind of descriptor does not splice: copy from now on.
			h.noSplice = true
			return i > 0
		case err != nil:
			h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(errno(err)))
			return true
		case n == 0:
			h.eof = true
			h.updatePoll()
			h.b.l.Call(h.obj.Get("onread"), h.obj, h.b.vm.ToValue(uvEOF))
			return true
		}
		h.countRead(n)
		if !h.spliceOut(p, dst, n) || n < splicePipeSize {
			return true
		}
	}
	return true
}

// spliceOut moves the n bytes in the pipe to dst. What dst does not take
// goes through forward's copy path (queued on EAGAIN, handed to JS on an
// error), so backpressure and errors behave exactly as when copying. It
// reports whether everything went out.
func (h *handle) spliceOut(p *splicePipe, dst *handle, n int) bool {
	left := n
	var err error
	for left > 0 {
		var m int
		m, err = spliceNB(p.r, dst.fd, left)
		if m > 0 {
			left -= m
			dst.countWritten(m)
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			break
		}
		if m == 0 {
			err = unix.EIO // no progress: let the copy path deal with the rest
			break
		}
	}
	dst.forwarded += int64(n - left)
	if left == 0 {
		return true
	}
	if err == unix.EINVAL || err == unix.ENOSYS {
		h.noSplice = true
	}
	rest := p.drain(left)
	switch {
	case len(rest) == 0:
	case err == unix.EAGAIN:
		// dst is full: queue without another write attempt.
		dst.forwarded += int64(len(rest))
		h.queueForward(dst, rest)
	default:
		// forward writes the rest the ordinary way; an error there hands
		// it to JS, which reports it.
		h.forward(rest)
	}
	return false
}

// spliceNB moves up to n bytes from in to out without blocking. It is a raw
// system call: both ends are non-blocking and a call moves at most one pipe's
// worth, so it is short, and skipping the scheduler's syscall bookkeeping
// spares a thread hand-off and a sysmon wake-up per call.
func spliceNB(in, out, n int) (int, error) {
	r, _, e := unix.RawSyscall6(unix.SYS_SPLICE, uintptr(in), 0, uintptr(out), 0, uintptr(n),
		unix.SPLICE_F_MOVE|unix.SPLICE_F_NONBLOCK)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}
