package main

// --watch: node 20's watch mode. The parent process runs the script in a
// child process of this binary (the same arguments less the watch options)
// and restarts it when a file it loaded changes, or with --watch-path when
// something under those paths does. The child tells the parent of each
// module file it loads (runtime.Options.OnModuleLoad) over a pipe, fd 3,
// named by GOJANET_WATCH_FD. Messages are node's: "Restarting 'app.js'"
// (after clearing a terminal, unless --watch-preserve-output), "Completed
// running 'app.js'" or "Failed running 'app.js'" when the script ends, in
// node's colours on a terminal. SIGINT and SIGTERM stop the child and then
// the parent, with the child's exit code.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

const watchFDEnv = "GOJANET_WATCH_FD"

// watchDebounce gathers the events of one save (editors write, rename and
// chmod in turn) into one restart.
const watchDebounce = 200 * time.Millisecond

// watchOptions splits the watch options out of the command line: whether
// watch mode is on, its paths and whether output is preserved, and the
// arguments the child runs with.
func watchOptions(args []string) (on bool, paths []string, preserve bool, child []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			child = append(child, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(a, "=")
		switch name {
		case "--watch":
			on = true
			continue
		case "--watch-preserve-output":
			preserve = true
			continue
		case "--watch-path":
			on = true
			if !hasValue && i+1 < len(args) {
				i++
				value = args[i]
			}
			paths = append(paths, value)
			continue
		}
		child = append(child, a)
		// An option's value is the child's too.
		if !hasValue && (nodeValueFlags[name] || gojanetValueFlags[name]) && i+1 < len(args) {
			i++
			child = append(child, args[i])
		}
		if a == "-e" || a == "--eval" || a == "-p" || a == "--print" || a == "-pe" {
			if i+1 < len(args) {
				i++
				child = append(child, args[i])
			}
		}
	}
	return on, paths, preserve, child
}

// runWatch is the parent: it returns when stopped by a signal, or at once
// for a command line watch mode refuses.
func runWatch(paths []string, preserve bool, child []string, stdout, stderr io.Writer) int {
	script := ""
	for i, a := range child {
		if a == "--" {
			if i+1 < len(child) {
				script = child[i+1]
			}
			break
		}
		if !strings.HasPrefix(a, "-") {
			script = a
			break
		}
	}
	if script == "" {
		fmt.Fprintf(stderr, "%s: --watch requires specifying a file\n", argv0)
		return 9
	}
	// the child's options are node's to check first: a bad one is exit 9,
	// nothing watched
	if code := checkOptions(child, stdout, stderr); code >= 0 {
		return code
	}
	command := quoteJS(strings.Join(child[indexOf(child, script):], " "))
	tty := isTerminal(os.Stdout)
	color := func(c string) string {
		if tty {
			return c
		}
		return ""
	}
	blue, red, green, reset := color("\x1b[34m"), color("\x1b[31m"), color("\x1b[32m"), color("\x1b[39m")

	w, err := newFileWatcher()
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: --watch: %v\n", err)
		return 1
	}
	defer w.close()
	for _, p := range paths {
		w.add(p, true)
	}
	trackModules := len(paths) == 0

	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		return 1
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)

	for {
		cmd, reports, err := startWatched(exe, child)
		if err != nil {
			fmt.Fprintf(stderr, "gojanet: %v\n", err)
			return 1
		}
		if trackModules {
			go func() {
				for name := range reports {
					w.add(name, false)
				}
			}()
		} else {
			go func() {
				for range reports {
				}
			}()
		}
		exited := make(chan int, 1)
		go func() { exited <- waitCode(cmd) }()
		running := true
		for running {
			select {
			case code := <-exited:
				running = false
				if code == 0 {
					fmt.Fprintf(stdout, "%sCompleted running %s%s\n", blue, command, reset)
				} else {
					fmt.Fprintf(stdout, "%sFailed running %s%s\n", red, command, reset)
				}
				// Wait for a change, or a signal.
				select {
				case <-w.changed:
				case <-signals:
					return code
				}
			case <-w.changed:
				stopChild(cmd, exited)
				running = false
			case s := <-signals:
				_ = cmd.Process.Signal(s)
				return <-exited
			}
		}
		clear := ""
		if tty && !preserve {
			clear = "\x1bc"
		}
		fmt.Fprintf(stdout, "%s%sRestarting %s%s\n", clear, green, command, reset)
	}
}

// startWatched starts the child with the report pipe as its fd 3; reports
// yields the module files it loads.
func startWatched(exe string, args []string) (*exec.Cmd, <-chan string, error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	cmd := exec.Command(exe, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.ExtraFiles = []*os.File{wr}
	cmd.Env = append(os.Environ(), watchFDEnv+"=3")
	if err := cmd.Start(); err != nil {
		r.Close()
		wr.Close()
		return nil, nil, err
	}
	wr.Close()
	reports := make(chan string, 64)
	go func() {
		defer close(reports)
		defer r.Close()
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			reports <- sc.Text()
		}
	}()
	return cmd, reports, nil
}

// stopChild ends a running child as node's watch mode does: SIGTERM, then
// waiting for it to exit.
func stopChild(cmd *exec.Cmd, exited <-chan int) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	<-exited
}

func waitCode(cmd *exec.Cmd) int {
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	if err != nil {
		return 1
	}
	return 0
}

// watchReporter is the child's side: each module file loaded, once, as a
// line on the parent's pipe. Nil when this process is not watched.
func watchReporter() func(string) {
	if os.Getenv(watchFDEnv) != "3" {
		return nil
	}
	os.Unsetenv(watchFDEnv) // not the script's, nor its children's
	f := os.NewFile(3, "watch")
	seen := map[string]bool{}
	var mu sync.Mutex
	return func(name string) {
		mu.Lock()
		defer mu.Unlock()
		if seen[name] {
			return
		}
		seen[name] = true
		fmt.Fprintln(f, name)
	}
}

// fileWatcher is an inotify descriptor watching directories: a file is
// watched through its directory (editors replace files by renaming), a
// --watch-path directory with its subdirectories. changed gets one value
// per burst of events on watched names.
type fileWatcher struct {
	fd      int
	changed chan struct{}
	mu      sync.Mutex
	dirs    map[int]string             // watch descriptor → directory
	files   map[string]map[string]bool // directory → names watched in it (nil: all)
}

func newFileWatcher() (*fileWatcher, error) {
	fd, err := unix.InotifyInit1(unix.IN_CLOEXEC)
	if err != nil {
		return nil, err
	}
	w := &fileWatcher{fd: fd, changed: make(chan struct{}, 1), dirs: map[int]string{},
		files: map[string]map[string]bool{}}
	go w.read()
	return w, nil
}

const watchMask = unix.IN_MODIFY | unix.IN_CLOSE_WRITE | unix.IN_MOVED_TO | unix.IN_MOVED_FROM |
	unix.IN_CREATE | unix.IN_DELETE | unix.IN_ATTRIB

// add watches path: a file (through its directory), or with tree a
// directory and everything under it.
func (w *fileWatcher) add(path string, tree bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return
	}
	st, err := os.Stat(abs)
	if err == nil && st.IsDir() {
		if !tree {
			return
		}
		_ = filepath.WalkDir(abs, func(p string, d os.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				w.watchDir(p, "")
			}
			return nil
		})
		return
	}
	w.watchDir(filepath.Dir(abs), filepath.Base(abs))
}

// watchDir watches dir for name ("" for every name in it).
func (w *fileWatcher) watchDir(dir, name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	names, ok := w.files[dir]
	if !ok {
		wd, err := unix.InotifyAddWatch(w.fd, dir, watchMask)
		if err != nil {
			return
		}
		w.dirs[wd] = dir
		if name != "" {
			names = map[string]bool{}
		}
		w.files[dir] = names
	}
	if names == nil || name == "" {
		w.files[dir] = nil
		return
	}
	names[name] = true
}

func (w *fileWatcher) read() {
	buf := make([]byte, 64<<10)
	var timer *time.Timer
	for {
		n, err := unix.Read(w.fd, buf)
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return
		}
		hit := false
		for off := 0; off+unix.SizeofInotifyEvent <= n; {
			ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
			nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
			name := strings.TrimRight(string(nameBytes), "\x00")
			off += unix.SizeofInotifyEvent + int(ev.Len)
			w.mu.Lock()
			dir, ok := w.dirs[int(ev.Wd)]
			names := w.files[dir]
			w.mu.Unlock()
			if ok && (names == nil || names[name]) {
				hit = true
			}
		}
		if hit {
			if timer == nil {
				timer = time.AfterFunc(watchDebounce, func() {
					select {
					case w.changed <- struct{}{}:
					default:
					}
				})
			} else {
				timer.Reset(watchDebounce)
			}
		}
	}
}

func (w *fileWatcher) close() { unix.Close(w.fd) }

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return 0
}

// quoteJS is util.inspect of a string: single quotes unless it has some.
func quoteJS(s string) string {
	if !strings.Contains(s, "'") {
		return "'" + strings.ReplaceAll(s, `\`, `\\`) + "'"
	}
	if !strings.Contains(s, `"`) {
		return `"` + strings.ReplaceAll(s, `\`, `\\`) + `"`
	}
	return "`" + s + "`"
}

func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}
