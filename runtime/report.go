package runtime

// The system facts process.report's diagnostic report needs that JavaScript
// cannot read (js/internal/process_report.js): resource limits, a socket's
// kernel buffer sizes and the shared objects mapped into the process.

import (
	"bufio"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// reportLimits lists node's userLimits entries in its order: name, then
// the soft and hard limits (-1: unlimited), as getrlimit(2) reports them.
func reportLimits() [][3]any {
	resources := []struct {
		name string
		res  int
	}{
		{"core_file_size_blocks", unix.RLIMIT_CORE},
		{"data_seg_size_kbytes", unix.RLIMIT_DATA},
		{"file_size_blocks", unix.RLIMIT_FSIZE},
		{"max_locked_memory_bytes", unix.RLIMIT_MEMLOCK},
		{"max_memory_size_kbytes", unix.RLIMIT_RSS},
		{"open_files", unix.RLIMIT_NOFILE},
		{"stack_size_bytes", unix.RLIMIT_STACK},
		{"cpu_time_seconds", unix.RLIMIT_CPU},
		{"max_user_processes", unix.RLIMIT_NPROC},
		{"virtual_memory_kbytes", unix.RLIMIT_AS},
	}
	value := func(v uint64) float64 {
		if v == unix.RLIM_INFINITY {
			return -1
		}
		return float64(v)
	}
	out := make([][3]any, 0, len(resources))
	for _, r := range resources {
		var lim unix.Rlimit
		if err := unix.Getrlimit(r.res, &lim); err != nil {
			continue
		}
		out = append(out, [3]any{r.name, value(lim.Cur), value(lim.Max)})
	}
	return out
}

// socketBufferSizes is a socket's SO_SNDBUF and SO_RCVBUF, nil when fd is
// no socket.
func socketBufferSizes(fd int) []int {
	snd, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_SNDBUF)
	if err != nil {
		return nil
	}
	rcv, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUF)
	if err != nil {
		return nil
	}
	return []int{snd, rcv}
}

// sharedObjects lists the shared libraries mapped into the process, each
// once, in the order of their first mapping (/proc/self/maps).
func sharedObjects() []string {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return []string{}
	}
	defer f.Close()
	seen := map[string]bool{}
	out := []string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 {
			continue
		}
		path := fields[5]
		if path == "[vdso]" {
			path = "linux-vdso.so.1"
		} else if !strings.Contains(path, ".so") {
			continue
		}
		if !seen[path] {
			seen[path] = true
			out = append(out, path)
		}
	}
	return out
}
