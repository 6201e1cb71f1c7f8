package fs

import (
	"crypto/rand"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// writeFlags are the open flags that make an open a write.
const writeFlags = unix.O_WRONLY | unix.O_RDWR | unix.O_CREAT | unix.O_TRUNC | unix.O_APPEND

// retry repeats a system call interrupted by a signal.
func retry[T any](f func() (T, error)) (T, error) {
	for {
		v, err := f()
		if err != unix.EINTR {
			return v, err
		}
	}
}

// ioJob is read, write, readv and writev: the call at the descriptor's
// current offset when pos < 0, else at pos; the byte count is the result.
func (b *binding) ioJob(pos int64, current func() (int, error), at func(int64) (int, error)) job {
	return func() (result, error) {
		n, err := retry(func() (int, error) {
			if pos < 0 {
				return current()
			}
			return at(pos)
		})
		if err != nil {
			return nil, err
		}
		return func() goja.Value { return b.vm.ToValue(int64(n)) }, nil
	}
}

func retry0(f func() error) error {
	_, err := retry(func() (struct{}, error) { return struct{}{}, f() })
	return err
}

// withLoc runs f on where p is, after the permission check.
func (b *binding) withLoc(p string, follow, write bool, f func(c loc) (result, error)) (result, error) {
	c, err := b.at(p, follow, write)
	if err != nil {
		return nil, err
	}
	defer c.close()
	return f(c)
}

// ops lists the binding's functions; see binding.go for the calling
// convention (arguments..., req).
func (b *binding) ops() map[string]op {
	vm := b.vm
	str := func(s string) result { return func() goja.Value { return vm.ToValue(s) } }
	// noFollow is AT_SYMLINK_NOFOLLOW when rooted: the resolved name is then
	// never a symlink, unless one was swapped in, which must not be followed.
	nofollow := func(c loc) int {
		if c.dir != unix.AT_FDCWD {
			return unix.AT_SYMLINK_NOFOLLOW
		}
		return 0
	}
	pathOp := func(follow, write bool, f func(c loc, args []goja.Value) (result, error)) op {
		return func(args []goja.Value) job {
			p := b.abs(b.path(args, 0))
			return func() (result, error) {
				return b.withLoc(p, follow, write, func(c loc) (result, error) { return f(c, args) })
			}
		}
	}
	return map[string]op{
		// open(path, flags, mode) → fd
		"open": func(args []goja.Value) job {
			p := b.abs(b.path(args, 0))
			flags, mode := int(b.int(args, 1)), uint32(b.int(args, 2))
			return func() (result, error) {
				return b.withLoc(p, flags&unix.O_NOFOLLOW == 0, flags&writeFlags != 0, func(c loc) (result, error) {
					fl := flags | unix.O_CLOEXEC
					if c.dir != unix.AT_FDCWD && c.name != "." {
						fl |= unix.O_NOFOLLOW
					}
					fd, err := retry(func() (int, error) { return unix.Openat(c.dir, c.name, fl, mode) })
					if err != nil {
						return nil, err
					}
					return func() goja.Value { b.opened(fd); return vm.ToValue(int64(fd)) }, nil
				})
			}
		},
		"close": func(args []goja.Value) job {
			fd := b.fd(args, 0)
			b.closing(fd)
			return func() (result, error) { return nil, unix.Close(fd) }
		},
		// read(fd, buffer, offset, length, position) → bytesRead; position
		// < 0 reads at the current offset.
		"read": func(args []goja.Value) job {
			fd, p, pos := b.fd(args, 0), b.span(args, 1), b.int(args, 4)
			return b.ioJob(pos, func() (int, error) { return unix.Read(fd, p) },
				func(at int64) (int, error) { return unix.Pread(fd, p, at) })
		},
		// write(fd, buffer, offset, length, position) → bytesWritten
		"write": func(args []goja.Value) job {
			fd, p, pos := b.fd(args, 0), b.span(args, 1), b.int(args, 4)
			return b.ioJob(pos, func() (int, error) { return unix.Write(fd, p) },
				func(at int64) (int, error) { return unix.Pwrite(fd, p, at) })
		},
		// readv(fd, buffers, position), writev(fd, buffers, position)
		"readv": func(args []goja.Value) job {
			fd, bufs, pos := b.fd(args, 0), b.buffers(args, 1), b.int(args, 2)
			return b.ioJob(pos, func() (int, error) { return unix.Readv(fd, bufs) },
				func(at int64) (int, error) { return unix.Preadv(fd, bufs, at) })
		},
		"writev": func(args []goja.Value) job {
			fd, bufs, pos := b.fd(args, 0), b.buffers(args, 1), b.int(args, 2)
			return b.ioJob(pos, func() (int, error) { return unix.Writev(fd, bufs) },
				func(at int64) (int, error) { return unix.Pwritev(fd, bufs, at) })
		},
		// readFile(pathOrFd, flags) → Buffer: the whole file, read off the
		// loop in one job (node reads in chunks, one pool job each).
		"readFile": func(args []goja.Value) job {
			fd, p := -1, ""
			if _, isNum := b.arg(args, 0).Export().(int64); isNum {
				if badFd(b.int(args, 0)) {
					return ebadf
				}
				fd = b.fd(args, 0)
			} else if _, isF := b.arg(args, 0).Export().(float64); isF {
				fd = b.fd(args, 0)
			} else {
				p = b.abs(b.path(args, 0))
			}
			flags := int(b.int(args, 1))
			// node's: open, fstat, the reads (one for a size fstat
			// knows, else 64 KiB ones to an empty one), close
			calls := 0
			b.syscalls = func() int { return calls }
			return func() (result, error) {
				if fd < 0 {
					calls++
					c, err := b.at(p, true, flags&writeFlags != 0)
					if err != nil {
						return nil, err
					}
					fd, err = retry(func() (int, error) { return unix.Openat(c.dir, c.name, flags|unix.O_CLOEXEC, 0o666) })
					c.close()
					if err != nil {
						return nil, err
					}
					calls++
					defer unix.Close(fd)
				}
				data, err := readAll(fd, &calls)
				if err != nil {
					return nil, err
				}
				return func() goja.Value { return b.l.NewBuffer(data) }, nil
			}
		},
		// writeFile(pathOrFd, data, flags, mode): the whole buffer.
		"writeFile": func(args []goja.Value) job {
			fd, p := -1, ""
			switch b.arg(args, 0).Export().(type) {
			case int64, float64:
				if badFd(b.int(args, 0)) {
					return ebadf
				}
				fd = b.fd(args, 0)
			default:
				p = b.abs(b.path(args, 0))
			}
			data := b.bytes(args, 1)
			flags, mode := int(b.int(args, 2)), uint32(b.int(args, 3))
			calls := 0 // node's: open, the writes, close
			b.syscalls = func() int { return calls }
			return func() (result, error) {
				if fd < 0 {
					calls++
					c, err := b.at(p, true, true)
					if err != nil {
						return nil, err
					}
					fd, err = retry(func() (int, error) { return unix.Openat(c.dir, c.name, flags|unix.O_CLOEXEC, mode) })
					c.close()
					if err != nil {
						return nil, err
					}
					calls++
					defer unix.Close(fd)
				}
				for len(data) > 0 {
					calls++
					n, err := retry(func() (int, error) { return unix.Write(fd, data) })
					if err != nil {
						// node's writeFile fails on 'write' (EFBIG past
						// RLIMIT_FSIZE, ENOSPC), an error without a path.
						return nil, &sysError{err, "write"}
					}
					data = data[n:]
				}
				return nil, nil
			}
		},
		// stat(path, bigint), lstat(path, bigint), fstat(fd, bigint) → the
		// 18 numbers js/internal/fs/utils.js makes Stats from.
		"stat": func(args []goja.Value) job {
			p, big := b.abs(b.path(args, 0)), b.bool(args, 1)
			return func() (result, error) {
				return b.withLoc(p, true, false, func(c loc) (result, error) {
					return b.statx(c.dir, c.name, nofollow(c), big)
				})
			}
		},
		"lstat": func(args []goja.Value) job {
			p, big := b.abs(b.path(args, 0)), b.bool(args, 1)
			return func() (result, error) {
				return b.withLoc(p, false, false, func(c loc) (result, error) {
					return b.statx(c.dir, c.name, unix.AT_SYMLINK_NOFOLLOW, big)
				})
			}
		},
		"fstat": func(args []goja.Value) job {
			fd, big := b.fd(args, 0), b.bool(args, 1)
			return func() (result, error) { return b.statx(fd, "", unix.AT_EMPTY_PATH, big) }
		},
		// readdir(path, withTypes) → names, or [names, types]; sorted by
		// byte order, as libuv's scandir returns them.
		"readdir": func(args []goja.Value) job {
			p, withTypes, raw := b.abs(b.path(args, 0)), b.bool(args, 1), b.bool(args, 2)
			return func() (result, error) {
				return b.withLoc(p, true, false, func(c loc) (result, error) {
					f, err := openDir(c)
					if err != nil {
						return nil, err
					}
					defer f.Close()
					names, types, err := readEntries(f, -1)
					if err != nil {
						return nil, err
					}
					sortEntries(names, types)
					return func() goja.Value { return b.entries(names, types, withTypes, raw) }, nil
				})
			}
		},
		// opendir(path) → id; dirRead(id, n) → [names, types] (empty at
		// the end), in directory order as libuv's uv_fs_readdir; dirClose(id).
		"opendir": func(args []goja.Value) job {
			p := b.abs(b.path(args, 0))
			b.syscalls = func() int { return 0 } // (node's opendir traces none)
			return func() (result, error) {
				return b.withLoc(p, true, false, func(c loc) (result, error) {
					f, err := openDir(c)
					if err != nil {
						return nil, err
					}
					return func() goja.Value {
						b.nextDir++
						b.dirs[b.nextDir] = f
						return vm.ToValue(b.nextDir)
					}, nil
				})
			}
		},
		"dirRead": func(args []goja.Value) job {
			f := b.dirs[int(b.int(args, 0))]
			n := int(b.int(args, 1))
			if n <= 0 {
				n = 32
			}
			return func() (result, error) {
				if f == nil {
					return nil, unix.EBADF
				}
				names, types, err := readEntries(f, n)
				if err != nil {
					return nil, err
				}
				return func() goja.Value { return b.entries(names, types, true, false) }, nil
			}
		},
		"dirClose": func(args []goja.Value) job {
			id := int(b.int(args, 0))
			f := b.dirs[id]
			delete(b.dirs, id)
			return func() (result, error) {
				if f == nil {
					return nil, unix.EBADF
				}
				return nil, f.Close()
			}
		},
		// mkdir(path, mode, recursive) → with recursive, the first
		// directory created (undefined if none).
		"mkdir": func(args []goja.Value) job {
			p, mode, recursive := b.abs(b.path(args, 0)), uint32(b.int(args, 1)), b.bool(args, 2)
			return func() (result, error) {
				if !recursive {
					return b.withLoc(p, false, true, func(c loc) (result, error) {
						return nil, unix.Mkdirat(c.dir, c.name, mode)
					})
				}
				first, err := b.mkdirp(p, mode)
				if err != nil {
					return nil, err
				}
				if first == "" {
					return nil, nil
				}
				return str(first), nil
			}
		},
		// mkdtemp(prefix) → the new directory: prefix + 6 random characters.
		"mkdtemp": func(args []goja.Value) job {
			prefix := b.path(args, 0)
			full := b.abs(prefix)
			return func() (result, error) {
				for try := 0; ; try++ {
					suffix := randomName()
					err := func() error {
						c, err := b.at(full+suffix, false, true)
						if err != nil {
							return err
						}
						defer c.close()
						return unix.Mkdirat(c.dir, c.name, 0o700)
					}()
					if err == unix.EEXIST && try < 100 {
						continue
					}
					if err != nil {
						return nil, err
					}
					return str(prefix + suffix), nil
				}
			}
		},
		"rmdir": pathOp(false, true, func(c loc, _ []goja.Value) (result, error) {
			return nil, unix.Unlinkat(c.dir, c.name, unix.AT_REMOVEDIR)
		}),
		"unlink": pathOp(false, true, func(c loc, _ []goja.Value) (result, error) {
			return nil, unix.Unlinkat(c.dir, c.name, 0)
		}),
		// rmAll(path): remove a tree (fs.rm's recursive part).
		"rmAll": func(args []goja.Value) job {
			p := b.abs(b.path(args, 0))
			calls := 0
			b.syscalls = func() int { return calls }
			return func() (result, error) {
				return b.withLoc(p, false, true, func(c loc) (result, error) {
					return nil, removeAll(c.dir, c.name, &calls)
				})
			}
		},
		// rename(from, to), link(existing, new): two paths, both checked.
		"rename": b.twoPaths(false, func(from, to loc) error { return unix.Renameat(from.dir, from.name, to.dir, to.name) }),
		"link":   b.twoPaths(false, func(from, to loc) error { return unix.Linkat(from.dir, from.name, to.dir, to.name, 0) }),
		// copyFile(src, dest, mode): COPYFILE_EXCL (1) fails if dest exists.
		"copyFile": func(args []goja.Value) job {
			src, dst, mode := b.abs(b.path(args, 0)), b.abs(b.path(args, 1)), int(b.int(args, 2))
			return func() (result, error) {
				return nil, b.copyFile(src, dst, mode)
			}
		},
		// access(path, mode)
		"access": func(args []goja.Value) job {
			p, mode := b.abs(b.path(args, 0)), uint32(b.int(args, 1))
			return func() (result, error) {
				return b.withLoc(p, true, mode&unix.W_OK != 0 && b.l.Perm.FSReadOnly, func(c loc) (result, error) {
					return nil, unix.Faccessat(c.dir, c.name, mode, nofollow(c))
				})
			}
		},
		// realpath(path) → [real] or fails with the component that failed:
		// node's JS realpath reports lstat errors on that component.
		"realpath": func(args []goja.Value) job {
			p, native := b.abs(b.path(args, 0)), b.bool(args, 1)
			calls := 1 // (node's JS realpathSync: an lstat per component, a stat and readlink per link)
			if !native {
				b.syscalls = func() int { return calls }
				// node's JS realpath resolves the path lexically first
				// (path.resolve): "link/.." is the directory holding link,
				// not link's target's; "" is the working directory
				if p == "" {
					p = b.abs(".")
				}
				p = filepath.Clean(p)
			}
			return func() (result, error) {
				real, failed, err := walk(p, true, false, !native, &calls)
				if !b.inRoot(real) || (err != nil && !b.inRoot(failed)) {
					return nil, &denied{"FileSystemRead", filepath.Clean(p)}
				}
				if err != nil {
					return nil, &pathError{err, failed}
				}
				return str(real), nil
			}
		},
		// symlink(target, path): the link's target is stored as given.
		"symlink": func(args []goja.Value) job {
			target, p := b.path(args, 0), b.abs(b.path(args, 1))
			return func() (result, error) {
				return b.withLoc(p, false, true, func(c loc) (result, error) {
					return nil, unix.Symlinkat(target, c.dir, c.name)
				})
			}
		},
		"readlink": pathOp(false, false, func(c loc, _ []goja.Value) (result, error) {
			t, err := readlink(c.dir, c.name)
			if err != nil {
				return nil, err
			}
			return str(t), nil
		}),
		"chmod": func(args []goja.Value) job {
			p, mode := b.abs(b.path(args, 0)), uint32(b.int(args, 1))
			return func() (result, error) {
				return b.withLoc(p, true, true, func(c loc) (result, error) {
					return nil, unix.Fchmodat(c.dir, c.name, mode, 0)
				})
			}
		},
		"fchmod": func(args []goja.Value) job {
			fd, mode := b.fd(args, 0), uint32(b.int(args, 1))
			return b.fdWrite(func() error { return unix.Fchmod(fd, mode) })
		},
		"chown":  b.chown(true),
		"lchown": b.chown(false),
		"fchown": func(args []goja.Value) job {
			fd, uid, gid := b.fd(args, 0), int(b.int(args, 1)), int(b.int(args, 2))
			return b.fdWrite(func() error { return unix.Fchown(fd, uid, gid) })
		},
		// utimes(path, atime, mtime) in seconds (fractions kept).
		"utimes":  b.utimes(true),
		"lutimes": b.utimes(false),
		"futimes": func(args []goja.Value) job {
			fd := b.fd(args, 0)
			ts := []unix.Timespec{toTimespec(b.float(args, 1)), toTimespec(b.float(args, 2))}
			return b.fdWrite(func() error { return unix.UtimesNanoAt(fd, "", ts, unix.AT_EMPTY_PATH) })
		},
		"truncate": func(args []goja.Value) job {
			p, n := b.abs(b.path(args, 0)), b.int(args, 1)
			calls := 1 // node's: open, ftruncate, close
			b.syscalls = func() int { return calls }
			return func() (result, error) {
				return b.withLoc(p, true, true, func(c loc) (result, error) {
					fl := unix.O_WRONLY | unix.O_CLOEXEC
					if c.dir != unix.AT_FDCWD && c.name != "." {
						fl |= unix.O_NOFOLLOW
					}
					fd, err := retry(func() (int, error) { return unix.Openat(c.dir, c.name, fl, 0) })
					if err != nil {
						return nil, err
					}
					calls = 3
					defer unix.Close(fd)
					return nil, unix.Ftruncate(fd, n)
				})
			}
		},
		"ftruncate": func(args []goja.Value) job {
			fd, n := b.fd(args, 0), b.int(args, 1)
			return func() (result, error) { return nil, retry0(func() error { return unix.Ftruncate(fd, n) }) }
		},
		// statfs(path, bigint) → type, bsize, blocks, bfree, bavail, files, ffree
		"statfs": func(args []goja.Value) job {
			p, bigint := b.abs(b.path(args, 0)), b.bool(args, 1)
			return func() (result, error) {
				return b.withLoc(p, true, false, func(c loc) (result, error) {
					fd, err := retry(func() (int, error) {
						return unix.Openat(c.dir, c.name, unix.O_PATH|unix.O_CLOEXEC, 0)
					})
					if err != nil {
						return nil, err
					}
					defer unix.Close(fd)
					var st unix.Statfs_t
					if err := unix.Fstatfs(fd, &st); err != nil {
						return nil, err
					}
					vals := []int64{st.Type, st.Bsize, int64(st.Blocks), int64(st.Bfree), int64(st.Bavail), int64(st.Files), int64(st.Ffree)}
					return func() goja.Value {
						out := make([]any, len(vals))
						for i, v := range vals {
							if bigint {
								out[i] = big.NewInt(v)
							} else {
								out[i] = v
							}
						}
						return vm.NewArray(out...)
					}, nil
				})
			}
		},
		"fsync": func(args []goja.Value) job {
			fd := b.fd(args, 0)
			return func() (result, error) { return nil, unix.Fsync(fd) }
		},
		"fdatasync": func(args []goja.Value) job {
			fd := b.fd(args, 0)
			return func() (result, error) { return nil, unix.Fdatasync(fd) }
		},
	}
}

// pathError is a system error on a path other than the one the script
// passed (realpath's failing component); js/fs.js reports err.path.
type pathError struct {
	err  error
	path string
}

func (e *pathError) Error() string { return e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }

// sysError names the system call that failed when an operation makes
// several (readFile: open, fstat, read).
type sysError struct {
	err     error
	syscall string
}

func (e *sysError) Error() string { return e.err.Error() }
func (e *sysError) Unwrap() error { return e.err }

// fdWrite is a descriptor operation that changes a file's metadata:
// refused in read-only mode.
func (b *binding) fdWrite(f func() error) job {
	return func() (result, error) {
		if b.l.Perm.FSReadOnly {
			return nil, &denied{"FileSystemWrite", ""}
		}
		return nil, f()
	}
}

func (b *binding) twoPaths(follow bool, f func(from, to loc) error) op {
	return func(args []goja.Value) job {
		from, to := b.abs(b.path(args, 0)), b.abs(b.path(args, 1))
		return func() (result, error) {
			cf, err := b.at(from, follow, true)
			if err != nil {
				return nil, err
			}
			defer cf.close()
			ct, err := b.at(to, false, true)
			if err != nil {
				return nil, err
			}
			defer ct.close()
			return nil, f(cf, ct)
		}
	}
}

func (b *binding) chown(follow bool) op {
	return func(args []goja.Value) job {
		p, uid, gid := b.abs(b.path(args, 0)), int(b.int(args, 1)), int(b.int(args, 2))
		return func() (result, error) {
			return b.withLoc(p, follow, true, func(c loc) (result, error) {
				flags := 0
				if !follow || c.dir != unix.AT_FDCWD {
					flags = unix.AT_SYMLINK_NOFOLLOW
				}
				return nil, unix.Fchownat(c.dir, c.name, uid, gid, flags)
			})
		}
	}
}

func (b *binding) utimes(follow bool) op {
	return func(args []goja.Value) job {
		p := b.abs(b.path(args, 0))
		ts := []unix.Timespec{toTimespec(b.float(args, 1)), toTimespec(b.float(args, 2))}
		return func() (result, error) {
			return b.withLoc(p, follow, true, func(c loc) (result, error) {
				flags := 0
				if !follow || c.dir != unix.AT_FDCWD {
					flags = unix.AT_SYMLINK_NOFOLLOW
				}
				return nil, unix.UtimesNanoAt(c.dir, c.name, ts, flags)
			})
		}
	}
}

func toTimespec(sec float64) unix.Timespec {
	s := int64(sec)
	ns := int64((sec - float64(s)) * 1e9)
	if ns < 0 {
		s--
		ns += 1e9
	}
	return unix.Timespec{Sec: s, Nsec: ns}
}

// statx fills node's stat array: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, then seconds and nanoseconds of atime,
// mtime, ctime, birthtime (libuv uses statx too, for the birth time).
func (b *binding) statx(dir int, name string, flags int, bigint bool) (result, error) {
	var st unix.Statx_t
	err := retry0(func() error {
		return unix.Statx(dir, name, flags|unix.AT_STATX_SYNC_AS_STAT, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &st)
	})
	if err != nil {
		return nil, err
	}
	vals := []int64{
		int64(unix.Mkdev(st.Dev_major, st.Dev_minor)), int64(st.Mode), int64(st.Nlink), int64(st.Uid), int64(st.Gid),
		int64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)), int64(st.Blksize), int64(st.Ino), int64(st.Size), int64(st.Blocks),
		st.Atime.Sec, int64(st.Atime.Nsec), st.Mtime.Sec, int64(st.Mtime.Nsec),
		st.Ctime.Sec, int64(st.Ctime.Nsec), st.Btime.Sec, int64(st.Btime.Nsec),
	}
	if st.Mask&unix.STATX_BTIME == 0 {
		vals[16], vals[17] = vals[14], vals[15] // as libuv: ctime stands in
	}
	return func() goja.Value {
		out := make([]any, len(vals))
		for i, v := range vals {
			if bigint {
				out[i] = big.NewInt(v)
			} else {
				out[i] = v
			}
		}
		return b.vm.NewArray(out...)
	}, nil
}

// readAll reads fd to its end, sized by fstat when it knows the size.
// calls counts the system calls node's readFileSync makes for it.
func readAll(fd int, calls *int) ([]byte, error) {
	var st unix.Stat_t
	size := 0
	*calls += 2 // fstat and a read
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &sysError{err, "fstat"}
	} else if st.Mode&unix.S_IFMT == unix.S_IFREG {
		size = int(st.Size)
	} else if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, &sysError{unix.EISDIR, "read"}
	}

	buf := make([]byte, 0, max(size, 512)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := retry(func() (int, error) { return unix.Read(fd, buf[len(buf):cap(buf)]) })
		if err != nil {
			return nil, &sysError{err, "read"}
		}
		if n == 0 {
			if size == 0 {
				*calls += (len(buf) + 64<<10 - 1) / (64 << 10) // (node's unknown size: 64 KiB reads)
			}
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

func openDir(c loc) (*os.File, error) {
	fd, err := retry(func() (int, error) {
		return unix.Openat(c.dir, c.name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	})
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), c.name), nil
}

// Dirent types, libuv's UV_DIRENT_*.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFifo
	direntSocket
	direntChar
	direntBlock
)

func readEntries(f *os.File, n int) ([]string, []int, error) {
	ents, err := f.ReadDir(n)
	if err != nil && (n <= 0 || err != io.EOF) {
		return nil, nil, err
	}
	names := make([]string, len(ents))
	types := make([]int, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		t := e.Type()
		switch {
		case t.IsRegular():
			types[i] = direntFile
		case t.IsDir():
			types[i] = direntDir
		case t&os.ModeSymlink != 0:
			types[i] = direntLink
		case t&os.ModeNamedPipe != 0:
			types[i] = direntFifo
		case t&os.ModeSocket != 0:
			types[i] = direntSocket
		case t&os.ModeCharDevice != 0:
			types[i] = direntChar
		case t&os.ModeDevice != 0:
			types[i] = direntBlock
		default:
			types[i] = direntUnknown
		}
	}
	return names, types, nil
}

func sortEntries(names []string, types []int) {
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return names[idx[i]] < names[idx[j]] })
	n2 := make([]string, len(names))
	t2 := make([]int, len(types))
	for i, j := range idx {
		n2[i], t2[i] = names[j], types[j]
	}
	copy(names, n2)
	copy(types, t2)
}

// entries is what readdir and dirRead hand JS: names, or [names, types];
// raw names are Buffers of their bytes (for encodings other than UTF-8).
func (b *binding) entries(names []string, types []int, withTypes, raw bool) goja.Value {
	ns := make([]any, len(names))
	for i, n := range names {
		if raw {
			ns[i] = b.l.NewBuffer([]byte(n))
		} else {
			ns[i] = n
		}
	}
	na := b.vm.NewArray(ns...)
	if !withTypes {
		return na
	}
	ts := make([]any, len(types))
	for i, t := range types {
		ts[i] = t
	}
	return b.vm.NewArray(na, b.vm.NewArray(ts...))
}

// mkdirp creates p and its missing parents; it returns the first
// directory it created ("" if p already was a directory).
func (b *binding) mkdirp(p string, mode uint32) (string, error) {
	var missing []string
	cur := strings.TrimRight(p, "/")
	for cur != "" {
		c, err := b.at(cur, true, true)
		if err != nil {
			return "", err
		}
		var st unix.Stat_t
		err = unix.Fstatat(c.dir, c.name, &st, 0)
		c.close()
		if err == nil {
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				if len(missing) == 0 {
					return "", unix.EEXIST
				}
				return "", unix.ENOTDIR
			}
			break
		}
		if err != unix.ENOENT {
			return "", err
		}
		missing = append(missing, cur)
		i := strings.LastIndexByte(cur, '/')
		if i < 0 {
			break
		}
		cur = strings.TrimRight(cur[:i], "/")
	}
	first := ""
	for i := len(missing) - 1; i >= 0; i-- {
		c, err := b.at(missing[i], false, true)
		if err != nil {
			return "", err
		}
		err = unix.Mkdirat(c.dir, c.name, mode)
		c.close()
		if err != nil && err != unix.EEXIST {
			return "", err
		}
		if err == nil && first == "" {
			first = missing[i]
		}
	}
	return first, nil
}

// removeAll removes name (under dir) and everything beneath it without
// following symlinks.
// calls counts the system calls of node's rmSync for it (its rimraf:
// lstat and unlink a file; lstat, rmdir a directory, and when that fails as
// not empty, readdir, the entries, rmdir again).
func removeAll(dir int, name string, calls *int) error {
	*calls += 2
	err := unix.Unlinkat(dir, name, 0)
	if err == nil || err == unix.ENOENT {
		return err
	}
	if err != unix.EISDIR && err != unix.EPERM {
		return err
	}
	fd, err := retry(func() (int, error) {
		return unix.Openat(dir, name, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0)
	})
	if err != nil {
		return err
	}
	f := os.NewFile(uintptr(fd), name)
	for first := true; ; first = false {
		names, err := f.Readdirnames(128)
		if first && len(names) > 0 {
			*calls += 2
		}
		for _, n := range names {
			if e := removeAll(fd, n, calls); e != nil && e != unix.ENOENT {
				f.Close()
				return e
			}
		}
		if err != nil || len(names) == 0 {
			break
		}
	}
	f.Close()
	return unix.Unlinkat(dir, name, unix.AT_REMOVEDIR)
}

func (b *binding) copyFile(src, dst string, mode int) error {
	cs, err := b.at(src, true, false)
	if err != nil {
		return err
	}
	defer cs.close()
	cd, err := b.at(dst, true, true)
	if err != nil {
		return err
	}
	defer cd.close()
	in, err := retry(func() (int, error) { return unix.Openat(cs.dir, cs.name, unix.O_RDONLY|unix.O_CLOEXEC, 0) })
	if err != nil {
		return err
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_CLOEXEC
	if mode&1 != 0 { // COPYFILE_EXCL
		flags |= unix.O_EXCL
	}
	out, err := retry(func() (int, error) { return unix.Openat(cd.dir, cd.name, flags, st.Mode&0o777) })
	if err != nil {
		return err
	}
	defer unix.Close(out)
	if err := unix.Ftruncate(out, 0); err != nil {
		return err
	}
	unix.Fchmod(out, st.Mode&0o7777)
	if mode&4 != 0 { // COPYFILE_FICLONE_FORCE
		return unix.IoctlFileClone(out, in)
	}
	if mode&2 != 0 && unix.IoctlFileClone(out, in) == nil {
		return nil
	}
	// copy_file_range moves the bytes inside the kernel; a plain copy
	// where it is not supported.
	remain := st.Size
	for remain > 0 {
		n, err := unix.CopyFileRange(in, nil, out, nil, int(min(remain, 1<<30)), 0)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return copyPlain(in, out)
		}
		if n == 0 {
			break
		}
		remain -= int64(n)
	}
	return nil
}

func copyPlain(in, out int) error {
	buf := make([]byte, 64*1024)
	for {
		n, err := retry(func() (int, error) { return unix.Read(in, buf) })
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		for p := buf[:n]; len(p) > 0; {
			m, err := retry(func() (int, error) { return unix.Write(out, p) })
			if err != nil {
				return err
			}
			p = p[m:]
		}
	}
}

const nameChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// randomName is mkdtemp's six random characters (libuv's XXXXXX).
func randomName() string {
	var r [6]byte
	rand.Read(r[:])
	for i := range r {
		r[i] = nameChars[int(r[i])%len(nameChars)]
	}
	return string(r[:])
}

// badFd is a negative int32 descriptor: node's readFileSync (UTF-8) and
// writeFileSync (a string) pass one to the syscall unchecked, which fails
// with EBADF; ebadf is that job.
func badFd(n int64) bool { return n < 0 && n >= math.MinInt32 }

func ebadf() (result, error) { return nil, unix.EBADF }
