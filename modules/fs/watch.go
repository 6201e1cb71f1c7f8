package fs

// fs.watch on Linux: one inotify descriptor per runtime, registered with
// the loop's epoll set (as modules/net registers sockets), so events are
// read on the loop goroutine without a thread. A watcher is one or more
// inotify watches (a recursive watcher adds one per directory beneath
// its root, and one for each directory created later); each event is
// handed to the watcher's JS onchange(eventType, filename) as node's
// FSEvent does: 'change' for writes and attribute changes, 'rename' for
// creations, deletions and moves, filename relative to the watched path.

import (
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

type watchers struct {
	b     *binding
	fd    int
	byWd  map[int32][]*watcher // inotify watch → watchers using it
	all   map[int]*watcher
	next  int
	buf   []byte
	dead  bool
	added bool // fd is in the epoll set
}

type watcher struct {
	id        int
	root      string // the watched path (absolute)
	isDir     bool
	recursive bool
	onchange  goja.Value
	dirs      map[int32]string // wd → directory relative to root ("" for root)
	refed     bool
	closed    bool
}

const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE | unix.IN_DELETE_SELF |
	unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

func (b *binding) exportWatch(exports *goja.Object) {
	// watchStart(path, recursive, onchange) → id, or {errno, code} on failure.
	exports.Set("watchStart", func(call goja.FunctionCall) goja.Value {
		p := b.abs(b.path(call.Arguments, 0))
		recursive := b.bool(call.Arguments, 1)
		onchange := b.arg(call.Arguments, 2)
		if _, ok := goja.AssertFunction(onchange); !ok {
			panic(b.vm.NewTypeError("onchange must be a function"))
		}
		id, err := b.watchStart(p, recursive, onchange)
		if err != nil {
			return b.errorValue(err)
		}
		return b.vm.ToValue(id)
	})
	exports.Set("watchClose", func(id int) { b.watchClose(id) })
	exports.Set("watchRef", func(id int, ref bool) {
		if b.watchers == nil {
			return
		}
		if w := b.watchers.all[id]; w != nil && !w.closed && w.refed != ref {
			w.refed = ref
			if ref {
				b.l.Ref()
			} else {
				b.l.Unref()
			}
		}
	})
}

func (b *binding) watchStart(p string, recursive bool, onchange goja.Value) (int, error) {
	c, err := b.at(p, true, false)
	if err != nil {
		return 0, err
	}
	c.close()
	real := p
	if b.l.Perm.FSRoot != "" {
		// Watch the resolved path: it was checked to be inside the root.
		r, _, err := resolve(p, true, false)
		if err != nil {
			return 0, err
		}
		real = r
	}
	var st unix.Stat_t
	if err := unix.Stat(real, &st); err != nil {
		return 0, err
	}
	ws, err := b.watchSet()
	if err != nil {
		return 0, err
	}
	ws.next++
	w := &watcher{id: ws.next, root: real, isDir: st.Mode&unix.S_IFMT == unix.S_IFDIR, recursive: recursive,
		onchange: onchange, dirs: map[int32]string{}, refed: true}
	if err := ws.add(w, real, ""); err != nil {
		return 0, err
	}
	if w.recursive && w.isDir {
		ws.addTree(w, real, "")
	}
	ws.all[w.id] = w
	b.l.Ref()
	return w.id, nil
}

func (b *binding) watchSet() (*watchers, error) {
	if b.watchers != nil {
		return b.watchers, nil
	}
	fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
	if err != nil {
		return nil, err
	}
	ws := &watchers{b: b, fd: fd, byWd: map[int32][]*watcher{}, all: map[int]*watcher{}, buf: make([]byte, 64*1024)}
	if err := b.l.Poller().Add(fd, unix.EPOLLIN, ws.onReadable); err != nil {
		unix.Close(fd)
		return nil, err
	}
	ws.added = true
	b.watchers = ws
	return ws, nil
}

func (ws *watchers) add(w *watcher, path, rel string) error {
	wd, err := unix.InotifyAddWatch(ws.fd, path, watchMask)
	if err != nil {
		return err
	}
	w.dirs[int32(wd)] = rel
	for _, o := range ws.byWd[int32(wd)] {
		if o == w {
			return nil
		}
	}
	ws.byWd[int32(wd)] = append(ws.byWd[int32(wd)], w)
	return nil
}

// addTree watches every directory beneath dir (symlinks not followed).
func (ws *watchers) addTree(w *watcher, dir, rel string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		sub := filepath.Join(dir, e.Name())
		r := e.Name()
		if rel != "" {
			r = rel + "/" + e.Name()
		}
		if ws.add(w, sub, r) == nil {
			ws.addTree(w, sub, r)
		}
	}
}

func (b *binding) watchClose(id int) {
	ws := b.watchers
	if ws == nil {
		return
	}
	w := ws.all[id]
	if w == nil {
		return
	}
	delete(ws.all, id)
	w.closed = true
	if w.refed {
		b.l.Unref()
	}
	for wd := range w.dirs {
		list := ws.byWd[wd]
		for i, o := range list {
			if o == w {
				list = append(list[:i], list[i+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(ws.byWd, wd)
			unix.InotifyRmWatch(ws.fd, uint32(wd))
		} else {
			ws.byWd[wd] = list
		}
	}
}

// onReadable drains the inotify descriptor and calls the watchers.
func (ws *watchers) onReadable(uint32) {
	for !ws.dead {
		n, err := unix.Read(ws.fd, ws.buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		type ev struct {
			w         *watcher
			kind, rel string
		}
		var evs []ev
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			e := (*unix.InotifyEvent)(unsafe.Pointer(&ws.buf[off]))
			nameLen := int(e.Len)
			end := off + unix.SizeofInotifyEvent + nameLen
			if end > n {
				break
			}
			name := strings.TrimRight(string(ws.buf[off+unix.SizeofInotifyEvent:end]), "\x00")
			off = end
			kind := "rename"
			if e.Mask&(unix.IN_MODIFY|unix.IN_ATTRIB) != 0 {
				kind = "change"
			}
			if e.Mask&unix.IN_IGNORED != 0 {
				continue
			}
			for _, w := range ws.byWd[e.Wd] {
				dir := w.dirs[e.Wd]
				rel := name
				if dir != "" && name != "" {
					rel = dir + "/" + name
				} else if name == "" {
					rel = dir
				}
				if rel == "" {
					rel = filepath.Base(w.root)
				}
				if w.recursive && e.Mask&unix.IN_ISDIR != 0 && e.Mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0 {
					full := filepath.Join(w.root, rel)
					if ws.add(w, full, rel) == nil {
						ws.addTree(w, full, rel)
					}
				}
				evs = append(evs, ev{w, kind, rel})
			}
		}
		for _, e := range evs {
			if e.w.closed || ws.dead {
				continue
			}
			ws.b.l.Call(e.w.onchange, goja.Undefined(), ws.b.vm.ToValue(e.kind), ws.b.vm.ToValue(e.rel))
		}
	}
}

func (ws *watchers) close() {
	if ws.dead {
		return
	}
	ws.dead = true
	for id, w := range ws.all {
		if w.refed {
			ws.b.l.Unref()
		}
		w.closed = true
		delete(ws.all, id)
	}
	if ws.added {
		ws.b.l.Poller().Remove(ws.fd)
	}
	unix.Close(ws.fd)
}
