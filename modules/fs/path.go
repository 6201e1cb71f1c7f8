package fs

import (
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// loc is where a path operation acts: a directory descriptor and a name
// relative to it, as the *at system calls take them. Without a root
// directory it is (AT_FDCWD, the absolute path); with one, dir is the
// parent directory opened beneath the root with no symlink allowed on the
// way (openat2 RESOLVE_BENEATH|RESOLVE_NO_SYMLINKS), so a path cannot leave
// the root even if the script swaps a directory for a symlink between the
// check and the call.
type loc struct {
	dir  int
	name string
}

func (c loc) close() {
	if c.dir >= 0 {
		unix.Close(c.dir)
	}
}

// abs makes p absolute against the runtime's cwd. No cleaning: "a/../b"
// keeps the kernel's meaning when a is a symlink.
func (b *binding) abs(p string) string {
	if p == "" || p[0] == '/' {
		return p
	}
	cwd := "/"
	if b.l.Cwd != nil {
		cwd = b.l.Cwd()
	}
	return cwd + "/" + p
}

// at checks p (absolute: see abs, which runs on the loop) against the
// embedder's permissions and returns where to act; it may run off the loop.
// follow: whether a symlink as the last component is followed by the
// operation. write: whether the operation changes the file system.
func (b *binding) at(p string, follow, write bool) (loc, error) {
	perm := &b.l.Perm
	full := p
	if write && perm.FSReadOnly {
		return loc{}, &denied{"FileSystemWrite", filepath.Clean(full)}
	}
	if perm.FSRoot == "" {
		if p == "" {
			return loc{}, unix.ENOENT
		}
		return loc{dir: unix.AT_FDCWD, name: full}, nil
	}
	kind := "FileSystemRead"
	if write {
		kind = "FileSystemWrite"
	}
	if p == "" {
		return loc{}, unix.ENOENT
	}
	real, _, err := resolve(full, follow, true)
	if err != nil {
		return loc{}, err
	}
	root := perm.FSRoot
	var rel string
	switch {
	case real == root:
		rel = "."
	case root == "/":
		rel = real[1:]
	case strings.HasPrefix(real, root+"/"):
		rel = real[len(root)+1:]
	default:
		return loc{}, &denied{kind, filepath.Clean(full)}
	}
	if rel == "." {
		dir, err := openBeneath(root, ".")
		return loc{dir: dir, name: "."}, err
	}
	parent, name := ".", rel
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		parent, name = rel[:i], rel[i+1:]
	}
	dir, err := openBeneath(root, parent)
	if err != nil {
		return loc{}, err
	}
	return loc{dir: dir, name: name}, nil
}

// inRoot reports whether a resolved path is inside the root directory
// (everything is when there is none; "" is the empty result of a failure).
func (b *binding) inRoot(real string) bool {
	r := b.l.Perm.FSRoot
	return r == "" || real == "" || r == "/" || real == r || strings.HasPrefix(real, r+"/")
}

// openBeneath opens root/rel as a path-only directory descriptor, failing
// if any component of rel is a symlink or rel leaves root.
func openBeneath(root, rel string) (int, error) {
	rootfd, err := unix.Open(root, unix.O_PATH|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	defer unix.Close(rootfd)
	for {
		fd, err := unix.Openat2(rootfd, rel, &unix.OpenHow{
			Flags:   unix.O_PATH | unix.O_DIRECTORY | unix.O_CLOEXEC,
			Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_SYMLINKS | unix.RESOLVE_NO_MAGICLINKS,
		})
		if err == unix.EINTR || err == unix.EAGAIN {
			continue
		}
		return fd, err
	}
}

// resolve returns p's real path the way the kernel walks it: symlinks are
// followed (the last component's only if follow), "." and ".." applied
// after each symlink is expanded. With allowMissing, a missing tail is
// kept as written (an operation may create it); otherwise the lstat error
// is returned with the path it failed on (realpath's error).
func resolve(p string, follow, allowMissing bool) (real, failed string, err error) {
	return walk(p, follow, allowMissing, false, new(int))
}

// walk is resolve; with jsRealpath it also keeps the quirk of node's JS
// fs.realpath for a symlink to a pipe or socket (/dev/stdin →
// /proc/self/fd/0 → "pipe:[N]"): node stats the link's target, and when
// that is a FIFO or socket and the first component of the path it restarts
// from is one it already walked, it stops there and returns the link
// resolved textually ("/proc/<pid>/fd/pipe:[N]") instead of failing on it.
func walk(p string, follow, allowMissing, jsRealpath bool, calls *int) (real, failed string, err error) {
	*calls = 0
	comps := strings.Split(p, "/")
	resolved := ""
	missing := false
	links := 0
	var hard map[string]bool // jsRealpath: the components walked that are not links
	if jsRealpath {
		hard = map[string]bool{}
	}
	for len(comps) > 0 {
		c := comps[0]
		comps = comps[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			if i := strings.LastIndexByte(resolved, '/'); i >= 0 {
				resolved = resolved[:i]
			}
			continue
		}
		next := resolved + "/" + c
		last := true
		for _, r := range comps {
			if r != "" && r != "." {
				last = false
				break
			}
		}
		if missing || (last && !follow) {
			resolved = next
			continue
		}
		var st unix.Stat_t
		if !hard[next] {
			*calls++ // (node's JS realpath lstats what it has not seen before)
		}
		if err := unix.Lstat(next, &st); err != nil {
			if allowMissing {
				missing = true
				resolved = next
				continue
			}
			return "", next, err
		}
		if st.Mode&unix.S_IFMT == unix.S_IFLNK {
			// node's JS realpath stats the link before it reads it: a
			// dangling link or a loop fails there, on the link
			var ts unix.Stat_t
			if jsRealpath {
				*calls++
				if err := unix.Stat(next, &ts); err != nil {
					return "", next, &sysError{err, "stat"}
				}
			}
			*calls++ // (readlink)
			links++
			if links > 40 {
				return "", next, unix.ELOOP
			}
			target, err := readlink(unix.AT_FDCWD, next)
			if err != nil {
				return "", next, err
			}
			if jsRealpath {
				if ts.Mode&unix.S_IFMT == unix.S_IFIFO || ts.Mode&unix.S_IFMT == unix.S_IFSOCK {
					np := target
					if !strings.HasPrefix(target, "/") {
						np = resolved + "/" + target
					}
					np = filepath.Clean("/" + np + "/" + strings.Join(comps, "/"))
					first := np
					if i := strings.IndexByte(np[1:], '/'); i >= 0 {
						first = np[:i+1]
					}
					if hard[first] {
						return np, "", nil
					}
				}
			}
			if strings.HasPrefix(target, "/") {
				resolved = ""
			}
			comps = append(strings.Split(target, "/"), comps...)
			continue
		}
		if hard != nil {
			hard[next] = true
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR && !last {
			if allowMissing {
				missing = true
				resolved = next
				continue
			}
			return "", next, unix.ENOTDIR
		}
		resolved = next
	}
	if resolved == "" {
		resolved = "/"
	}
	return resolved, "", nil
}

func readlink(dir int, name string) (string, error) {
	for n := 256; ; n *= 2 {
		buf := make([]byte, n)
		m, err := unix.Readlinkat(dir, name, buf)
		if err != nil {
			return "", err
		}
		if m < n {
			return string(buf[:m]), nil
		}
		if n > 1<<20 {
			return "", unix.ENAMETOOLONG
		}
	}
}
