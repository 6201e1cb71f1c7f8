package net

// IPC pipes: the channel fork() sets up between a parent and its child
// (node's Pipe(IPC)). It is an ordinary Pipe handle on the loop's epoll set
// with two differences, both for passing descriptors (SCM_RIGHTS):
//
//   - reads use recvmsg with room for ancillary data: the descriptors that
//     came with a chunk are handed to JS as a third argument of onread,
//     onread(nread, buffer, [fd, ...]), already close-on-exec. JS
//     (js/child_process.js) owns them from then on: it wraps each in a
//     handle (TCP, Pipe or UDP open(fd)) for the NODE_HANDLE message they
//     belong to, or closes it.
//   - writeUtf8String(req, string, fd) and writeBuffer(req, buffer, fd) send
//     the descriptor with the first byte (sendmsg). A write the kernel does not take at once
//     is queued with a duplicate of the descriptor (the handle it came from
//     may be closed before the queue drains), closed once sent or dropped.
//
// The kernel never merges bytes that carry descriptors with bytes read
// before them, so a descriptor arrives no later than the line of the
// message it belongs to: JS keeps received descriptors in arrival order and
// each NODE_HANDLE message takes the next one.

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// maxPassFDs bounds the descriptors taken per recvmsg; a writer sends one.
const maxPassFDs = 16

// readIPC is readReady for an IPC pipe.
func (h *handle) readIPC() {
	buf := h.b.readBuf
	if h.b.oob == nil {
		h.b.oob = make([]byte, unix.CmsgSpace(4*maxPassFDs))
	}
	vm := h.b.vm
	for i := 0; i < 4 && h.reading && !h.closed; i++ {
		oob := h.b.oob
		n, oobn, _, _, err := unix.Recvmsg(h.fd, buf, oob, unix.MSG_CMSG_CLOEXEC)
		if err == unix.EAGAIN || err == unix.EINTR {
			return
		}
		onread := h.obj.Get("onread")
		if err != nil {
			h.b.l.Call(onread, h.obj, vm.ToValue(errno(err)))
			return
		}
		fds := receivedFDs(oob[:oobn])
		if n == 0 && len(fds) == 0 {
			h.eof = true
			h.updatePoll()
			h.b.l.Call(onread, h.obj, vm.ToValue(uvEOF))
			return
		}
		h.countRead(n)
		chunk := h.b.newBufferCopy(buf[:n])
		var fdv goja.Value = goja.Undefined()
		if len(fds) > 0 {
			list := make([]any, len(fds))
			for j, fd := range fds {
				list[j] = fd
			}
			fdv = vm.NewArray(list...)
		}
		h.b.l.Call(onread, h.obj, vm.ToValue(n), chunk, fdv)
		if n < len(buf) {
			return
		}
	}
}

// receivedFDs parses SCM_RIGHTS messages out of recvmsg's ancillary data.
func receivedFDs(oob []byte) []int {
	if len(oob) == 0 {
		return nil
	}
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil
	}
	var out []int
	for i := range msgs {
		fds, err := unix.ParseUnixRights(&msgs[i])
		if err == nil {
			out = append(out, fds...)
		}
	}
	return out
}

// ipcWriteWithFD is a write method's third argument on an IPC pipe: a
// descriptor number to pass along (nil: an ordinary write).
func (b *binding) ipcWriteWithFD(h *handle, req *goja.Object, data []byte, fdArg goja.Value) goja.Value {
	fd, isNum := fdArg.Export().(int64)
	if !isNum || !h.ipc || fd < 0 || fd > 1<<30 || len(data) == 0 {
		return nil
	}
	sync, code := h.writeWithFD(data, int(fd), req)
	if code != 0 {
		return b.vm.ToValue(code)
	}
	req.Set("async", !sync)
	req.Set("bytes", len(data))
	return b.vm.ToValue(0)
}

// writeWithFD writes data with fd passed alongside its first byte.
func (h *handle) writeWithFD(data []byte, fd int, req *goja.Object) (sync bool, errCode int) {
	if h.fd < 0 || h.closed {
		return false, -int(unix.EBADF)
	}
	if h.shutdownReq != nil {
		return false, -int(unix.EPIPE)
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
		return false, errno(err)
	}
	if len(h.writes) == 0 {
		n, err := sendWithFD(h.fd, data, fd)
		if err != nil && err != unix.EAGAIN {
			return false, errno(err)
		}
		h.countWritten(n)
		if err == nil {
			// The descriptor went with the first byte; the rest is plain.
			sync, code := h.write([][]byte{data[n:]}, req)
			return sync, code
		}
	}
	dup, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return false, errno(err)
	}
	h.writes = append(h.writes, pendingWrite{data: data, req: req, passFD: dup + 1})
	h.addQueued(len(data))
	h.updatePoll()
	return false, 0
}

// sendWithFD sends at least the first byte of p with fd, or nothing.
func sendWithFD(sock int, p []byte, fd int) (int, error) {
	if len(p) == 0 {
		return 0, unix.EINVAL
	}
	for {
		n, err := unix.SendmsgN(sock, p, unix.UnixRights(fd), nil, unix.MSG_NOSIGNAL)
		if err == unix.EINTR {
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err
	}
}

// flushFD sends the head of the queue that carries a descriptor; false if
// the kernel took nothing (EAGAIN) or failed (the writes failed then).
func (h *handle) flushFD(w *pendingWrite) bool {
	n, err := sendWithFD(h.fd, w.data, w.passFD-1)
	if err == unix.EAGAIN {
		return false
	}
	if err != nil {
		h.failWrites(errno(err))
		return false
	}
	unix.Close(w.passFD - 1)
	w.passFD = 0
	h.countWritten(n)
	h.addQueued(-n)
	w.data = w.data[n:]
	return true
}

// dropPassFDs closes the duplicates held by queued writes being dropped.
func dropPassFDs(writes []pendingWrite) {
	for i := range writes {
		if writes[i].passFD > 0 {
			unix.Close(writes[i].passFD - 1)
			writes[i].passFD = 0
		}
	}
}
