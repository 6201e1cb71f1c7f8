package runtime

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"sync"
)

// setProcessTitle makes title the process's title as ps shows it (node's
// process.title setter, libuv's uv_set_process_title on Linux): it
// overwrites the process's original argument strings, which is where
// /proc/PID/cmdline reads them, and sets the main thread's name (15 bytes;
// ps's COMMAND). A title longer than the arguments' space is cut to it, as
// libuv cuts it; the title kept is returned. Elsewhere than Linux, or
// where /proc refuses, it returns title as it is.
func setProcessTitle(title string) string {
	titleMu.Lock()
	defer titleMu.Unlock()
	if !argsDetached {
		return title
	}
	start, end, ok := argvArea()
	if !ok {
		return title
	}
	size := int(end - start)
	if size <= 0 {
		return title
	}
	if len(title) > size-1 {
		title = title[:size-1]
	}
	area := make([]byte, size) // the title, then NULs to the end
	copy(area, title)
	mem, err := os.OpenFile("/proc/self/mem", os.O_WRONLY, 0)
	if err != nil {
		return title
	}
	_, _ = mem.WriteAt(area, int64(start))
	mem.Close()
	comm := title
	if len(comm) > 15 {
		comm = comm[:15]
	}
	_ = os.WriteFile("/proc/self/comm", []byte(comm), 0)
	return title
}

// DetachArgs copies os.Args' strings, which Go leaves where the kernel put
// them, so that process.title may overwrite that space (Options.
// ProcessTitle): a program calls it first thing in main, before anything
// keeps an argument.
func DetachArgs() {
	titleMu.Lock()
	defer titleMu.Unlock()
	for i, a := range os.Args {
		os.Args[i] = strings.Clone(a)
	}
	argsDetached = true
}

var (
	argsDetached   bool
	titleMu        sync.Mutex
	argvStart      uint64
	argvEnd        uint64
	argvAreaLoaded bool
)

// argvArea is where the kernel put the process's argument strings
// (/proc/self/stat's arg_start and arg_end), read once.
func argvArea() (uint64, uint64, bool) {
	if !argvAreaLoaded {
		argvAreaLoaded = true
		b, err := os.ReadFile("/proc/self/stat")
		if err != nil {
			return 0, 0, false
		}
		// The fields after the command's name, which ends with the last ')':
		// the state (field 3) first; arg_start and arg_end are fields 48, 49.
		i := bytes.LastIndexByte(b, ')')
		if i < 0 {
			return 0, 0, false
		}
		f := strings.Fields(string(b[i+1:]))
		if len(f) < 47 {
			return 0, 0, false
		}
		argvStart, _ = strconv.ParseUint(f[45], 10, 64)
		argvEnd, _ = strconv.ParseUint(f[46], 10, 64)
	}
	return argvStart, argvEnd, argvStart != 0 && argvEnd > argvStart
}
