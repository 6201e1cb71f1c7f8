package runtime

import (
	"bufio"
	"errors"
	"net"
	"os"
	"os/user"
	goruntime "runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// osBinding is what the os builtin needs from the system.
func (r *Runtime) osBinding() *goja.Object {
	vm := r.vm
	o := vm.NewObject()
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("hostname", func() string { h, _ := os.Hostname(); return h })
	// libuv's uv_os_homedir without $HOME (js/os.js reads process.env
	// first): the password database's entry for the effective user.
	set("homedir", func() string {
		if u, err := user.LookupId(strconv.Itoa(os.Geteuid())); err == nil {
			return u.HomeDir
		}
		return ""
	})
	set("uname", func() []string {
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return []string{"Linux", "", ""}
		}
		return []string{unix.ByteSliceToString(u.Sysname[:]), unix.ByteSliceToString(u.Release[:]), unix.ByteSliceToString(u.Version[:]), unix.ByteSliceToString(u.Machine[:])}
	})
	set("sysinfo", func() []float64 {
		var si unix.Sysinfo_t
		if err := unix.Sysinfo(&si); err != nil {
			return nil
		}
		unit := float64(si.Unit)
		if unit == 0 {
			unit = 1
		}
		const loadScale = 1 << 16
		return []float64{float64(si.Uptime), float64(si.Totalram) * unit, float64(si.Freeram) * unit,
			float64(si.Loads[0]) / loadScale, float64(si.Loads[1]) / loadScale, float64(si.Loads[2]) / loadScale}
	})
	set("errno", func() map[string]int {
		m := map[string]int{}
		for _, name := range errnoNames {
			m[name] = int(errnoNumbers[name])
		}
		return m
	})
	set("availableMemory", func() float64 { return memInfo("MemAvailable") })
	set("cpus", func() []map[string]any { return cpus() })
	set("userInfo", func() map[string]any {
		u, err := user.Current()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return map[string]any{"uid": uid, "gid": gid, "username": u.Username, "homedir": u.HomeDir, "shell": loginShell(u.Username)}
	})
	set("networkInterfaces", func() []map[string]any { return networkInterfaces() })
	// The priority calls return a negative errno on failure (js/os.js builds
	// node's SystemError from it); a priority is returned as [nice].
	// Linux keeps a nice value per thread and pid 0 means the calling one,
	// which for a goroutine is any thread: 0 is the process's main thread
	// (tid = pid), the thread node's pid 0 names.
	mainThread := func(pid int) int {
		if pid == 0 {
			return os.Getpid()
		}
		return pid
	}
	set("getPriority", func(pid int) any {
		pid = mainThread(pid)
		p, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
		if err != nil {
			return -int(errnoOf(err))
		}
		return []int{20 - p} // the kernel reports 20 - nice
	})
	set("setPriority", func(pid, prio int) int {
		pid = mainThread(pid)
		if err := unix.Setpriority(unix.PRIO_PROCESS, pid, prio); err != nil {
			return -int(errnoOf(err))
		}
		return 0
	})
	return o
}

// errnoOf is err's errno (EIO when it is not a system call's error).
func errnoOf(err error) syscall.Errno {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return unix.EIO
}

// constrainedMemory is libuv's uv_get_constrained_memory: the memory limit
// of the process's cgroup (v2: the lower of memory.max and memory.high; v1:
// memory.limit_in_bytes), 2^64-1 when it is unlimited, 0 when there is no
// cgroup to read (process.constrainedMemory() is then undefined).
func constrainedMemory() float64 {
	limit, _ := cgroupMemory()
	return limit
}

// availableMemory is libuv's uv_get_available_memory: under a cgroup
// memory limit, the limit less the cgroup's usage (0 past it); without one,
// or with an unlimited one, the free memory (MemAvailable).
func availableMemory() float64 {
	limit, usage := cgroupMemory()
	if limit == 0 || limit == unlimitedMemory {
		return memInfo("MemAvailable")
	}
	if usage > limit {
		return 0
	}
	return limit - usage
}

const unlimitedMemory = float64(^uint64(0))

// cgroupMemory is the process's cgroup memory limit (as constrainedMemory
// reports it) and its usage (v2 memory.current, v1 memory.usage_in_bytes).
func cgroupMemory() (limit, usage float64) {
	b, err := os.ReadFile("/proc/self/cgroup")
	if err != nil {
		return 0, 0
	}
	read := func(path string) (float64, bool) {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0, false
		}
		v := strings.TrimSpace(string(b))
		if v == "max" {
			return unlimitedMemory, true
		}
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return 0, false
		}
		// cgroup v1 reports "unlimited" as LONG_MAX rounded down to a page.
		if n == (1<<63-1)&^uint64(os.Getpagesize()-1) {
			return unlimitedMemory, true
		}
		return float64(n), true
	}
	var v1Path, v2Path string
	v2Only := true
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		parts := strings.SplitN(line, ":", 3)
		if len(parts) != 3 {
			continue
		}
		switch {
		case parts[0] == "0" && parts[1] == "":
			v2Path = parts[2]
		default:
			v2Only = false
			for _, c := range strings.Split(parts[1], ",") {
				if c == "memory" {
					v1Path = parts[2]
				}
			}
		}
	}
	if v2Only {
		dir := "/sys/fs/cgroup" + v2Path
		limit, ok := read(dir + "/memory.max")
		if !ok {
			return 0, 0
		}
		if high, ok := read(dir + "/memory.high"); ok && high < limit {
			limit = high
		}
		usage, _ = read(dir + "/memory.current")
		return limit, usage
	}
	dir := "/sys/fs/cgroup/memory" + v1Path
	if v, ok := read(dir + "/memory.limit_in_bytes"); ok {
		usage, _ = read(dir + "/memory.usage_in_bytes")
		return v, usage
	}
	return 0, 0
}

func memInfo(key string) float64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && k == key {
			fields := strings.Fields(v)
			if len(fields) > 0 {
				n, _ := strconv.ParseFloat(fields[0], 64)
				return n * 1024
			}
		}
	}
	return 0
}

// cpus reads /proc/cpuinfo and /proc/stat as node's os.cpus() reports them.
func cpus() []map[string]any {
	var out []map[string]any
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		var model string
		var speed float64
		flush := func() {
			if model != "" || speed != 0 {
				out = append(out, map[string]any{"model": model, "speed": int(speed)})
			}
			model, speed = "", 0
		}
		for sc.Scan() {
			line := sc.Text()
			if strings.TrimSpace(line) == "" {
				flush()
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				model = strings.TrimSpace(v)
			case "cpu MHz":
				speed, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
			}
		}
		flush()
		f.Close()
	}
	if len(out) == 0 {
		for i := 0; i < goruntime.NumCPU(); i++ {
			out = append(out, map[string]any{"model": "unknown", "speed": 0})
		}
	}
	// Times in ms from /proc/stat's per-CPU lines (USER_HZ ticks of 10ms).
	times := map[int][]float64{}
	if f, err := os.Open("/proc/stat"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 8 || !strings.HasPrefix(fields[0], "cpu") || fields[0] == "cpu" {
				continue
			}
			n, err := strconv.Atoi(fields[0][3:])
			if err != nil {
				continue
			}
			t := make([]float64, 7)
			for i := range t {
				t[i], _ = strconv.ParseFloat(fields[i+1], 64)
				t[i] *= 10
			}
			times[n] = t
		}
		f.Close()
	}
	for i, c := range out {
		t := times[i]
		if t == nil {
			t = make([]float64, 7)
		}
		c["times"] = map[string]any{"user": t[0], "nice": t[1], "sys": t[2], "idle": t[3], "irq": t[5]}
	}
	return out
}

func loginShell(username string) any {
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) >= 7 && fields[0] == username {
			return fields[6]
		}
	}
	return nil
}

// networkInterfaces lists addresses per interface in node's shape, in the
// system's interface order.
func networkInterfaces() []map[string]any {
	var out []map[string]any
	ifaces, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifaces {
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		var list []map[string]any
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			ones, _ := ipn.Mask.Size()
			family := "IPv4"
			ip := ipn.IP.To4()
			if ip == nil {
				family = "IPv6"
				ip = ipn.IP
			}
			e := map[string]any{
				"address": ip.String(), "netmask": net.IP(ipn.Mask).String(), "family": family,
				"mac": macString(ifc.HardwareAddr), "internal": ifc.Flags&net.FlagLoopback != 0,
				"cidr": ip.String() + "/" + strconv.Itoa(ones),
			}
			if family == "IPv6" {
				scope := 0
				if ip.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
				e["scopeid"] = scope
			}
			list = append(list, e)
		}
		if len(list) > 0 {
			out = append(out, map[string]any{"name": ifc.Name, "addrs": list})
		}
	}
	return out
}

func macString(hw net.HardwareAddr) string {
	if len(hw) == 0 {
		return "00:00:00:00:00:00"
	}
	return hw.String()
}

// errnoNames are the names in node's os.constants.errno (libuv's portable
// set), in its order.
var errnoNames = []string{"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
	"EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDEADLK",
	"EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EIDRM", "EILSEQ", "EINPROGRESS",
	"EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE", "EMULTIHOP",
	"ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODATA", "ENODEV", "ENOENT",
	"ENOEXEC", "ENOLCK", "ENOLINK", "ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR", "ENOSTR", "ENOSYS",
	"ENOTCONN", "ENOTDIR", "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP", "EOVERFLOW",
	"EPERM", "EPIPE", "EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS", "ESPIPE", "ESRCH", "ESTALE",
	"ETIME", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV"}

var errnoNumbers = map[string]syscall.Errno{"E2BIG": unix.E2BIG, "EACCES": unix.EACCES, "EADDRINUSE": unix.EADDRINUSE,
	"EADDRNOTAVAIL": unix.EADDRNOTAVAIL, "EAFNOSUPPORT": unix.EAFNOSUPPORT, "EAGAIN": unix.EAGAIN,
	"EALREADY": unix.EALREADY, "EBADF": unix.EBADF, "EBADMSG": unix.EBADMSG, "EBUSY": unix.EBUSY,
	"ECANCELED": unix.ECANCELED, "ECHILD": unix.ECHILD, "ECONNABORTED": unix.ECONNABORTED,
	"ECONNREFUSED": unix.ECONNREFUSED, "ECONNRESET": unix.ECONNRESET, "EDEADLK": unix.EDEADLK,
	"EDESTADDRREQ": unix.EDESTADDRREQ, "EDOM": unix.EDOM, "EDQUOT": unix.EDQUOT, "EEXIST": unix.EEXIST,
	"EFAULT": unix.EFAULT, "EFBIG": unix.EFBIG, "EHOSTUNREACH": unix.EHOSTUNREACH, "EIDRM": unix.EIDRM,
	"EILSEQ": unix.EILSEQ, "EINPROGRESS": unix.EINPROGRESS, "EINTR": unix.EINTR, "EINVAL": unix.EINVAL,
	"EIO": unix.EIO, "EISCONN": unix.EISCONN, "EISDIR": unix.EISDIR, "ELOOP": unix.ELOOP, "EMFILE": unix.EMFILE,
	"EMLINK": unix.EMLINK, "EMSGSIZE": unix.EMSGSIZE, "EMULTIHOP": unix.EMULTIHOP, "ENAMETOOLONG": unix.ENAMETOOLONG,
	"ENETDOWN": unix.ENETDOWN, "ENETRESET": unix.ENETRESET, "ENETUNREACH": unix.ENETUNREACH, "ENFILE": unix.ENFILE,
	"ENOBUFS": unix.ENOBUFS, "ENODATA": unix.ENODATA, "ENODEV": unix.ENODEV, "ENOENT": unix.ENOENT,
	"ENOEXEC": unix.ENOEXEC, "ENOLCK": unix.ENOLCK, "ENOLINK": unix.ENOLINK, "ENOMEM": unix.ENOMEM,
	"ENOMSG": unix.ENOMSG, "ENOPROTOOPT": unix.ENOPROTOOPT, "ENOSPC": unix.ENOSPC, "ENOSR": unix.ENOSR,
	"ENOSTR": unix.ENOSTR, "ENOSYS": unix.ENOSYS, "ENOTCONN": unix.ENOTCONN, "ENOTDIR": unix.ENOTDIR,
	"ENOTEMPTY": unix.ENOTEMPTY, "ENOTSOCK": unix.ENOTSOCK, "ENOTSUP": unix.ENOTSUP, "ENOTTY": unix.ENOTTY,
	"ENXIO": unix.ENXIO, "EOPNOTSUPP": unix.EOPNOTSUPP, "EOVERFLOW": unix.EOVERFLOW, "EPERM": unix.EPERM,
	"EPIPE": unix.EPIPE, "EPROTO": unix.EPROTO, "EPROTONOSUPPORT": unix.EPROTONOSUPPORT,
	"EPROTOTYPE": unix.EPROTOTYPE, "ERANGE": unix.ERANGE, "EROFS": unix.EROFS, "ESPIPE": unix.ESPIPE,
	"ESRCH": unix.ESRCH, "ESTALE": unix.ESTALE, "ETIME": unix.ETIME, "ETIMEDOUT": unix.ETIMEDOUT,
	"ETXTBSY": unix.ETXTBSY, "EWOULDBLOCK": unix.EWOULDBLOCK, "EXDEV": unix.EXDEV}
