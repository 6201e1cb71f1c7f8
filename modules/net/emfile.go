package net

import "golang.org/x/sys/unix"

// Accepting when the process is out of descriptors, as libuv does. accept4
// fails with EMFILE/ENFILE while connections wait in the backlog; the
// listener stays readable (epoll is level-triggered), so without help the
// loop would spin on it, and the waiting peers would hang until they gave
// up. The loop keeps one descriptor in reserve (opened when its first
// server starts listening): on EMFILE it closes the reserve, accepts and at
// once closes every pending connection (the peers see them closed instead
// of waiting), then reopens the reserve. Connections already open keep
// being served, the server emits nothing, and accepting resumes by itself
// once descriptors are free. Only when there is no reserve does the error
// reach the script (node then emits 'error' on the server too).

// reserveFD is the loop's spare descriptor; tracked so runtime shutdown
// closes it.
type reserveFD struct {
	b  *binding
	fd int
}

func (r *reserveFD) ForceClose() {
	if r.fd >= 0 {
		unix.Close(r.fd)
		r.fd = -1
	}
}

// reserve opens the spare descriptor if the loop has none yet.
func (b *binding) reserve() {
	if b.spare == nil {
		b.spare = &reserveFD{b: b, fd: -1}
		b.l.Track(b.spare)
	}
	if b.spare.fd < 0 {
		if fd, err := unix.Open("/", unix.O_RDONLY|unix.O_CLOEXEC, 0); err == nil {
			b.spare.fd = fd
		}
	}
}

// shedPending is libuv's uv__emfile_trick: it frees the spare descriptor,
// accepts and closes what is pending on lfd, and takes the spare back. It
// returns the error that ended the accepting: EAGAIN when the backlog was
// emptied, else the original err (no spare: nothing could be done).
func (b *binding) shedPending(lfd int, err error) error {
	if b.spare == nil || b.spare.fd < 0 {
		return err
	}
	unix.Close(b.spare.fd)
	b.spare.fd = -1
	for {
		nfd, _, aerr := unix.Accept4(lfd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
		if aerr == nil {
			b.l.Counters.Shed.Add(1)
			unix.Close(nfd)
			continue
		}
		if aerr == unix.EINTR || aerr == unix.ECONNABORTED {
			continue
		}
		err = aerr
		break
	}
	b.reserve()
	return err
}
