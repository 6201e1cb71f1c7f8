package net

import (
	gonet "net"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// sockaddr parses an IP literal (with an optional %zone) into a sockaddr.
func sockaddr(address string, port int) (unix.Sockaddr, int, bool) {
	zone := ""
	if i := strings.IndexByte(address, '%'); i >= 0 {
		address, zone = address[:i], address[i+1:]
	}
	ip := gonet.ParseIP(address)
	if ip == nil {
		return nil, 0, false
	}
	if ip4 := ip.To4(); ip4 != nil && !strings.Contains(address, ":") {
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], ip4)
		return sa, unix.AF_INET, true
	}
	sa := &unix.SockaddrInet6{Port: port}
	copy(sa.Addr[:], ip.To16())
	if zone != "" {
		if ifc, err := gonet.InterfaceByName(zone); err == nil {
			sa.ZoneId = uint32(ifc.Index)
		}
	}
	return sa, unix.AF_INET6, true
}

func (h *handle) ensureSocket(family int) int {
	if h.fd >= 0 {
		return 0
	}
	if max := h.b.l.Net.MaxSockets; max > 0 && int(h.b.l.Counters.OpenSockets.Load()) >= max {
		return -int(unix.EMFILE)
	}
	fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return errno(err)
	}
	h.fd = fd
	h.counted2 = true
	h.b.l.Counters.OpenSockets.Add(1)
	return 0
}

// allowed applies the runtime's address allow-list.
func (h *handle) allowed(op, address string, port int) bool {
	allow := h.b.l.Net.Allow
	if allow == nil {
		return true
	}
	if h.unix {
		return allow(op, address)
	}
	return allow(op, gonet.JoinHostPort(address, strconv.Itoa(port)))
}

func (h *handle) bindTCP(address string, port, flags int) int {
	sa, family, ok := sockaddr(address, port)
	if !ok {
		return -int(unix.EINVAL)
	}
	if !h.allowed("listen", address, port) {
		return -int(unix.EACCES)
	}
	if code := h.ensureSocket(family); code != 0 {
		return code
	}
	_ = unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if h.b.l.Net.ReusePort {
		_ = unix.SetsockoptInt(h.fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
	}
	if family == unix.AF_INET6 {
		only := 0
		if flags&1 != 0 {
			only = 1
		}
		_ = unix.SetsockoptInt(h.fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, only)
	}
	return errno0(unix.Bind(h.fd, sa))
}

func (h *handle) bindUnix(path string) int {
	if !h.allowed("listen", path, 0) {
		return -int(unix.EACCES)
	}
	if code := h.ensureSocket(unix.AF_UNIX); code != 0 {
		return code
	}
	abs, used, err := h.b.unixCall(path, func(p string) error { return unix.Bind(h.fd, &unix.SockaddrUnix{Name: p}) })
	if err != nil {
		return errno(err)
	}
	if !strings.HasPrefix(path, "\x00") && path != "" && path[0] != '@' {
		h.boundPath = abs
	}
	if used != path {
		if h.b.unixNames == nil {
			h.b.unixNames = map[*handle]string{}
		}
		h.b.unixNames[h] = path // (getsockname: the name given, as node's)
	}
	return 0
}

// pipeChmod is libuv's uv_pipe_chmod: mode 1 (readable) adds read and 2
// (writable) write permission for user, group and others to the socket file
// a pipe is bound to, keeping the bits it has.
func (h *handle) pipeChmod(mode int64) int {
	if !h.unix || h.fd < 0 {
		return -int(unix.EBADF)
	}
	if mode != 1 && mode != 2 && mode != 3 {
		return -int(unix.EINVAL)
	}
	if h.boundPath == "" {
		return -int(unix.ENOENT) // an abstract or unbound socket has no file
	}
	var want uint32
	if mode&1 != 0 {
		want |= unix.S_IRUSR | unix.S_IRGRP | unix.S_IROTH
	}
	if mode&2 != 0 {
		want |= unix.S_IWUSR | unix.S_IWGRP | unix.S_IWOTH
	}
	var st unix.Stat_t
	if err := unix.Stat(h.boundPath, &st); err != nil {
		return errno(err)
	}
	if st.Mode&want == want {
		return 0
	}
	if err := unix.Chmod(h.boundPath, (st.Mode|want)&07777); err != nil {
		return errno(err)
	}
	return 0
}

func (h *handle) listen(backlog int) int {
	if h.fd < 0 {
		// Listening without bind: an ephemeral port on all interfaces, as libuv does.
		if code := h.bindTCP("0.0.0.0", 0, 0); code != 0 {
			return code
		}
	}
	if backlog <= 0 {
		backlog = 511
	}
	if err := unix.Listen(h.fd, backlog); err != nil {
		return errno(err)
	}
	if h.counted2 {
		// A listener counts as a listener, not as a socket.
		h.counted2 = false
		h.b.l.Counters.OpenSockets.Add(-1)
	}
	h.b.l.Counters.OpenListeners.Add(1)
	h.b.reserve()
	h.listening = true
	h.updatePoll()
	return 0
}

// open adopts an existing descriptor (listen({fd}) and net.Socket({fd})).
func (h *handle) open(fd int) int {
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
		return errno(err)
	}
	for _, other := range h.b.handles {
		if other != h && other.fd == fd && !other.closed {
			return -int(unix.EEXIST) // already served by another handle
		}
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		return errno(err)
	}
	h.fd = fd
	return 0
}

func (h *handle) connectTCP(req *goja.Object, address string, port int) int {
	sa, family, ok := sockaddr(address, port)
	if !ok {
		return -int(unix.EINVAL)
	}
	if !h.allowed("connect", address, port) {
		return -int(unix.EACCES)
	}
	if code := h.ensureSocket(family); code != 0 {
		return code
	}
	return h.connect(req, sa)
}

func (h *handle) connectUnix(req *goja.Object, path string) int {
	if !h.allowed("connect", path, 0) {
		return -int(unix.EACCES)
	}
	if code := h.ensureSocket(unix.AF_UNIX); code != 0 {
		return code
	}
	if h.connectReq != nil {
		return -int(unix.EALREADY)
	}
	_, _, err := h.b.unixCall(path, func(p string) error { return unix.Connect(h.fd, &unix.SockaddrUnix{Name: p}) })
	return h.connectStarted(req, err)
}

// connect starts a non-blocking connect; completion (or failure) is always
// reported later through req.oncomplete, as libuv does.
func (h *handle) connect(req *goja.Object, sa unix.Sockaddr) int {
	if h.connectReq != nil {
		return -int(unix.EALREADY)
	}
	return h.connectStarted(req, unix.Connect(h.fd, sa))
}

// connectStarted is connect's answer to the connect call's err.
func (h *handle) connectStarted(req *goja.Object, err error) int {
	switch err {
	case nil, unix.EINPROGRESS, unix.EINTR:
	case unix.EAGAIN:
		// Unix sockets with a full backlog: libuv reports EAGAIN as is.
		return errno(err)
	default:
		// Errors such as ECONNREFUSED on a Unix socket arrive in the callback.
		status := errno(err)
		h.connectReq = req
		h.updateRef()
		h.b.l.Post(func() {
			if h.connectReq != req {
				return
			}
			h.connectReq = nil
			h.updateRef()
			vm := h.b.vm
			h.b.l.Call(req.Get("oncomplete"), req, vm.ToValue(status), h.obj, req, vm.ToValue(false), vm.ToValue(false))
		})
		return 0
	}
	h.connectReq = req
	h.updatePoll()
	return 0
}
