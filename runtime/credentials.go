package runtime

// The process's credentials: process.getgroups and the POSIX setters
// (setuid, seteuid, setgid, setegid, setgroups, initgroups), node's
// does_own_process_state switches.
//
// The JS half (js/internal/bootstrap.js) validates the arguments and turns
// what these return into node's errors:
//   - 0: done;
//   - a positive n: the credential could not be resolved (for the id
//     setters and initgroups 1 means the user/the id, 2 the extra group;
//     for setgroups n names groups[n-1]), ERR_UNKNOWN_CREDENTIAL;
//   - an object {errno, code, message}: the system call failed, node's
//     ErrnoException ("EPERM, Operation not permitted").
//
// Ids are numbers (taken as they are, as node does: only uid_t(-1) is
// "unknown") or names looked up in the user and group databases. The
// calls change the whole OS process (Go applies them to every thread), as
// they do in node; a worker's process does not have them.

import (
	"bufio"
	"os"
	"os/user"
	goruntime "runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

const unknownID = 1<<32 - 1 // uid_t(-1), gid_t(-1)

// credentialID resolves a setter's argument: a number as it is, a name
// through the user (or group) database; ok is false when it is unknown.
func credentialID(v goja.Value, group bool) (int, bool) {
	if v == nil {
		return 0, false
	}
	if s, isStr := v.Export().(string); isStr {
		if group {
			g, err := user.LookupGroup(s)
			if err != nil {
				return 0, false
			}
			id, err := strconv.Atoi(g.Gid)
			return id, err == nil
		}
		u, err := user.Lookup(s)
		if err != nil {
			return 0, false
		}
		id, err := strconv.Atoi(u.Uid)
		return id, err == nil
	}
	id := v.ToInteger()
	if id < 0 || id >= unknownID {
		return 0, false
	}
	return int(id), true
}

// errnoObject is what a failed call returns to the JS half: node's
// ErrnoException shows C's strerror text, which is Go's with a capital.
func errnoObject(vm *goja.Runtime, err error) goja.Value {
	errno := errnoOf(err)
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	o := vm.NewObject()
	_ = o.Set("errno", int(errno))
	_ = o.Set("code", unix.ErrnoName(errno))
	_ = o.Set("message", msg)
	return o
}

func (r *Runtime) credentialBindings(set func(string, any)) {
	vm := r.vm
	idSetter := func(group bool, call func(int) error) func(goja.Value) goja.Value {
		return func(v goja.Value) goja.Value {
			id, ok := credentialID(v, group)
			if !ok {
				return vm.ToValue(1)
			}
			if err := call(id); err != nil {
				return errnoObject(vm, err)
			}
			return vm.ToValue(0)
		}
	}
	set("ioUringMayBeEnabled", ioUringMayBeEnabled)
	set("setuid", idSetter(false, syscall.Setuid))
	set("seteuid", idSetter(false, syscall.Seteuid))
	set("setgid", idSetter(true, syscall.Setgid))
	set("setegid", idSetter(true, syscall.Setegid))
	set("setgroups", func(arg goja.Value) goja.Value {
		// An array of at most NGROUPS_MAX ids (js/ validates it; a direct
		// call of the binding must not make Go allocate for a fake length).
		list, ok := arg.(*goja.Object)
		if !ok || list.ClassName() != "Array" {
			panic(vm.NewTypeError("groups must be an array"))
		}
		n := list.Get("length").ToInteger()
		if n > 65536 {
			return errnoObject(vm, unix.EINVAL)
		}
		gids := make([]int, n)
		for i := range gids {
			id, ok := credentialID(list.Get(strconv.Itoa(i)), true)
			if !ok {
				return vm.ToValue(i + 1)
			}
			gids[i] = id
		}
		if err := syscall.Setgroups(gids); err != nil {
			return errnoObject(vm, err)
		}
		return vm.ToValue(0)
	})
	// initgroups(user, extraGroup) as glibc's: the extra group and every
	// group that lists the user as a member. A user given by name is not
	// looked up (glibc does not either); one given by id must exist.
	set("initgroups", func(userArg, extra goja.Value) goja.Value {
		if userArg == nil {
			return vm.ToValue(1)
		}
		name, isStr := userArg.Export().(string)
		if !isStr {
			u, err := user.LookupId(strconv.FormatInt(userArg.ToInteger(), 10))
			if err != nil {
				return vm.ToValue(1)
			}
			name = u.Username
		}
		gid, ok := credentialID(extra, true)
		if !ok {
			return vm.ToValue(2)
		}
		if err := syscall.Setgroups(memberGroups(name, gid)); err != nil {
			return errnoObject(vm, err)
		}
		return vm.ToValue(0)
	})
	// getgroups: the supplementary groups, then the effective group if it
	// is not among them, as node lists them.
	set("getgroups", func() []int {
		g, _ := os.Getgroups()
		if egid := os.Getegid(); !slices.Contains(g, egid) {
			g = append(g, egid)
		}
		return g
	})
}

// memberGroups is gid followed by the groups of /etc/group whose member
// list names the user.
func memberGroups(name string, gid int) []int {
	gids := []int{gid}
	f, err := os.Open("/etc/group")
	if err != nil {
		return gids
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) < 4 || !slices.Contains(strings.Split(fields[3], ","), name) {
			continue
		}
		if id, err := strconv.Atoi(fields[2]); err == nil && !slices.Contains(gids, id) {
			gids = append(gids, id)
		}
	}
	return gids
}

// ioUringMayBeEnabled is node's guard for CVE-2024-22017: node refuses the
// credential setters while libuv may use io_uring (whose queued requests
// keep the credentials they were made with). gojanet never uses io_uring,
// but it refuses the same calls under the same conditions so that a script
// sees what node shows it: UV_USE_IO_URING set to a nonzero number (read
// as C's atoi, from the environment the OS process started with), on
// x86-64 or arm64, with a kernel of at least 5.10.186 (libuv's minimum).
var ioUringMayBeEnabled = sync.OnceValue(func() bool {
	if goruntime.GOARCH != "amd64" && goruntime.GOARCH != "arm64" {
		return false
	}
	if atoi(os.Getenv("UV_USE_IO_URING")) == 0 {
		return false
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return false
	}
	return kernelAtLeast(unix.ByteSliceToString(u.Release[:]), 5, 10, 186)
})

// atoi reads a number as C's atoi: leading white space, a sign, digits up
// to the first other character; 0 when there are none.
func atoi(s string) int {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9' && n < 1<<30; i++ {
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// kernelAtLeast compares a release string ("6.1.0-18-amd64") with
// major.minor.patch; a release it cannot read counts as new enough.
func kernelAtLeast(release string, major, minor, patch int) bool {
	var v [3]int
	parts := strings.SplitN(release, ".", 3)
	for i, p := range parts {
		if i == 3 {
			break
		}
		end := 0
		for end < len(p) && p[end] >= '0' && p[end] <= '9' {
			end++
		}
		if end == 0 {
			return true
		}
		v[i], _ = strconv.Atoi(p[:end])
		if end < len(p) {
			break
		}
	}
	want := [3]int{major, minor, patch}
	for i := range v {
		if v[i] != want[i] {
			return v[i] > want[i]
		}
	}
	return true
}
