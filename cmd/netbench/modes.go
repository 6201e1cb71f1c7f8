package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

const greeting = "hello\r\n"

func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("refusing non-loopback target %s", addr)
	}
	return nil
}

// pinSelf pins every thread of the process to cpu. sched_setaffinity(0)
// pins only the calling thread: the Go runtime's threads started before it
// (the load's goroutines ran on them) stayed free to run on the server's
// CPU.
func pinSelf(cpu int) { pinProcess("self", cpu) }

// pinProcess pins every thread of process pid ("self" or a number) to
// cpu. A thread started meanwhile by one not yet pinned would be missed,
// so the threads are listed again until all of them are pinned.
func pinProcess(pid string, cpu int) {
	var set unix.CPUSet
	set.Set(cpu)
	pinned := map[int]bool{}
	for more := true; more; {
		more = false
		tids, _ := os.ReadDir("/proc/" + pid + "/task")
		for _, t := range tids {
			tid, err := strconv.Atoi(t.Name())
			if err != nil || pinned[tid] {
				continue
			}
			_ = unix.SchedSetaffinity(tid, &set)
			pinned[tid], more = true, true
		}
	}
}

// dial connects and consumes the greeting.
func dial(addr string) (net.Conn, error) {
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	if tlsMode != "" {
		if c, err = tlsWrap(c); err != nil {
			return nil, err
		}
	}
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, len(greeting))
	if _, err := io.ReadFull(c, buf); err != nil {
		c.Close()
		return nil, fmt.Errorf("reading greeting: %w", err)
	}
	if string(buf) != greeting {
		c.Close()
		return nil, fmt.Errorf("unexpected greeting %q", buf)
	}
	_ = c.SetReadDeadline(time.Time{})
	return c, nil
}

// dialAll opens n greeted connections; on error it returns those it opened.
func dialAll(addr string, n int) ([]net.Conn, error) {
	conns := make([]net.Conn, 0, n)
	for i := 0; i < n; i++ {
		c, err := dial(addr)
		if err != nil {
			return conns, err
		}
		conns = append(conns, c)
	}
	return conns, nil
}

func closeAll(conns []net.Conn) {
	for _, c := range conns {
		c.Close()
	}
}

// pingpong: each connection writes a message and waits for its echo.
func pingpong(cfg config) (result, error) {
	conns, err := dialAll(cfg.addr, cfg.conns)
	defer closeAll(conns)
	if err != nil {
		return result{}, err
	}
	var measuring atomic.Bool
	var stop atomic.Bool
	var count atomic.Int64
	lat := make([][]time.Duration, len(conns))
	var wg sync.WaitGroup
	errc := make(chan error, len(conns))
	for i, c := range conns {
		wg.Add(1)
		go func(i int, c net.Conn) {
			defer wg.Done()
			msg := make([]byte, cfg.size)
			for j := range msg {
				msg[j] = 'a' + byte(j%26)
			}
			in := make([]byte, cfg.size)
			for !stop.Load() {
				_ = c.SetDeadline(time.Now().Add(5 * time.Second))
				t0 := time.Now()
				if _, err := c.Write(msg); err != nil {
					errc <- err
					return
				}
				if _, err := io.ReadFull(c, in); err != nil {
					errc <- err
					return
				}
				if measuring.Load() {
					count.Add(1)
					lat[i] = append(lat[i], time.Since(t0))
				}
			}
		}(i, c)
	}
	elapsed, cores, err := measureWindow(cfg, &measuring, &stop, &wg, errc)
	if err != nil {
		return result{}, err
	}
	return latencyResult("pingpong", cfg, count.Load(), elapsed, cores, lat), nil
}

// measureWindow lets the workers warm up, counts for cfg.duration while
// measuring is set, then stops them and waits for them. It returns the
// window, the server's CPU over it in cores, and the first worker error.
func measureWindow(cfg config, measuring, stop *atomic.Bool, wg *sync.WaitGroup, errc <-chan error) (time.Duration, float64, error) {
	time.Sleep(cfg.warmup)
	measuring.Store(true)
	start := time.Now()
	cpu0 := serverCPU(cfg.pid)
	time.Sleep(cfg.duration)
	measuring.Store(false)
	elapsed := time.Since(start)
	cpu1 := serverCPU(cfg.pid)
	stop.Store(true)
	wg.Wait()
	select {
	case err := <-errc:
		return 0, 0, err
	default:
	}
	return elapsed, (cpu1 - cpu0) / elapsed.Seconds(), nil
}

// latencyResult reports a request-response measure: count exchanges over
// elapsed, the p50 and p99 of the workers' latencies, and the server's CPU.
func latencyResult(mode string, cfg config, count int64, elapsed time.Duration, cores float64, lat [][]time.Duration) result {
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	r := result{mode: mode, values: []metric{
		{"rps", float64(count) / elapsed.Seconds(), "/s"},
		{"p50", pct(all, 0.50), "µs"},
		{"p99", pct(all, 0.99), "µs"},
	}}
	if cfg.pid > 0 {
		r.values = append(r.values, metric{"server_cpu", cores, "cores"})
		if cores > 0 {
			// exchanges per second of the server's CPU: the efficiency ratio,
			// whichever side (client or server) limited the rate
			r.values = append(r.values, metric{"per_cpu_sec", float64(count) / elapsed.Seconds() / cores, "reqs"})
		}
	}
	return r
}

func pct(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted)-1) * p)
	return float64(sorted[i].Nanoseconds()) / 1e3
}

// stream: each connection writes continuously while a reader drains the echo.
func stream(cfg config) (result, error) {
	conns, err := dialAll(cfg.addr, cfg.conns)
	defer closeAll(conns)
	if err != nil {
		return result{}, err
	}
	var received atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	for _, c := range conns {
		wg.Add(2)
		go func(c net.Conn) {
			defer wg.Done()
			msg := make([]byte, cfg.size)
			for !stop.Load() {
				_ = c.SetWriteDeadline(time.Now().Add(2 * time.Second))
				if _, err := c.Write(msg); err != nil {
					return
				}
			}
		}(c)
		go func(c net.Conn) {
			defer wg.Done()
			buf := make([]byte, 256*1024)
			for !stop.Load() {
				_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
				n, err := c.Read(buf)
				received.Add(int64(n))
				if err != nil {
					return
				}
			}
		}(c)
	}
	time.Sleep(cfg.warmup)
	b0 := received.Load()
	start := time.Now()
	rss := newPeak(cfg.pid)
	rss.sample(cfg.duration)
	elapsed := time.Since(start)
	b1 := received.Load()
	stop.Store(true)
	for _, c := range conns {
		c.Close()
	}
	conns = nil
	wg.Wait()
	r := result{mode: "stream", values: []metric{
		{"mbps", float64(b1-b0) / elapsed.Seconds() / 1e6, "MB/s"},
	}}
	if cfg.pid > 0 {
		r.values = append(r.values, metric{"peak_rss", float64(rss.max) / (1 << 20), "MiB"})
	}
	return r, nil
}

// connectRate opens, greets and closes connections as fast as it can,
// counting after the warm-up (as http does): node's JIT compiles the
// connection path in its first thousands of connections.
func connectRate(cfg config) (result, error) {
	var count atomic.Int64
	var measuring, stop atomic.Bool
	var wg sync.WaitGroup
	var errMu sync.Mutex
	var firstErr error
	workers := cfg.conns
	if workers > 8 {
		workers = 8
	}
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				c, err := dial(cfg.addr)
				if err != nil {
					errMu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					errMu.Unlock()
					time.Sleep(10 * time.Millisecond)
					continue
				}
				// A polite close: the docs' echo server has no 'error'
				// handler, so a reset would crash it (node's as well).
				// FIN, wait for the server's FIN, then close.
				if tc, ok := c.(interface{ CloseWrite() error }); ok {
					_ = tc.CloseWrite()
				}
				_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
				_, err = io.Copy(io.Discard, c)
				c.Close()
				if err != nil {
					errMu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					errMu.Unlock()
					continue
				}
				if measuring.Load() {
					count.Add(1)
				}
			}
		}()
	}
	elapsed, cores, _ := measureWindow(cfg, &measuring, &stop, &wg, nil)
	n := float64(count.Load())
	if n == 0 {
		if firstErr != nil {
			return result{}, firstErr
		}
		return result{}, errors.New("no connections completed")
	}
	r := result{mode: "connect", values: []metric{{"cps", n / elapsed.Seconds(), "/s"}}}
	if cfg.pid > 0 && cores > 0 {
		r.values = append(r.values, metric{"per_cpu_sec", n / elapsed.Seconds() / cores, "conns"})
	}
	return r, nil
}

// firstEcho measures a fresh connection's first round trip: connect, read
// the greeting, write 3 bytes and read them back, then close politely. One
// connection at a time, so each figure is the server's whole accept path
// (accept, 'connection', the first 'data') rather than a queue.
func firstEcho(cfg config) (result, error) {
	var lat []time.Duration
	msg := []byte("abc")
	in := make([]byte, len(greeting)+len(msg))
	cpu0 := serverCPU(cfg.pid)
	deadline := time.Now().Add(cfg.duration)
	for time.Now().Before(deadline) {
		t0 := time.Now()
		c, err := net.DialTimeout("tcp", cfg.addr, 5*time.Second)
		if err != nil {
			return result{}, err
		}
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Write(msg); err != nil {
			c.Close()
			return result{}, err
		}
		// The greeting and the echo, in whatever segments they come.
		if _, err := io.ReadFull(c, in); err != nil {
			c.Close()
			return result{}, err
		}
		d := time.Since(t0)
		if string(in) != greeting+string(msg) {
			c.Close()
			return result{}, fmt.Errorf("unexpected reply %q", in)
		}
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.CloseWrite()
		}
		_, _ = io.Copy(io.Discard, c)
		c.Close()
		lat = append(lat, d)
	}
	cpu1 := serverCPU(cfg.pid)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := result{mode: "firstecho", values: []metric{
		{"p50", pct(lat, 0.50), "µs"},
		{"p99", pct(lat, 0.99), "µs"},
		{"n", float64(len(lat)), ""},
	}}
	if cfg.pid > 0 && len(lat) > 0 {
		r.values = append(r.values, metric{"cpu_per_conn", (cpu1 - cpu0) / float64(len(lat)) * 1e6, "µs"})
	}
	return r, nil
}

// idle opens n connections, reads each greeting and reports the server's
// RSS growth per connection 0.5 s and 2.5 s after the last one opened.
func idle(cfg config) (result, error) {
	if cfg.pid <= 0 {
		return result{}, errors.New("idle needs -pid")
	}
	raiseNoFile()
	before := rssOf(cfg.pid)
	conns, err := dialAll(cfg.addr, cfg.idle)
	defer closeAll(conns)
	if err != nil {
		return result{}, fmt.Errorf("after %d connections: %w", len(conns), err)
	}
	// RSS soon after the last connection and again once the server has been
	// idle for a while (a host may collect and return memory when idle).
	time.Sleep(500 * time.Millisecond)
	soon := rssOf(cfg.pid)
	time.Sleep(2 * time.Second)
	after := rssOf(cfg.pid)
	perConn := func(rss int64) float64 { return float64(rss-before) / float64(cfg.idle) / 1024 }
	return result{mode: "idle", values: []metric{
		{"per_conn", perConn(after), "KiB"},
		{"per_conn_0.5s", perConn(soon), "KiB"},
		{"rss", float64(after) / (1 << 20), "MiB"},
	}}, nil
}

// startup runs a server command until it prints marker, reporting the time
// taken and the process's peak RSS; it then kills it.
func startup(argv []string, marker string) (result, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return result{}, err
	}
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	found := make(chan time.Duration, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), marker) {
				found <- time.Since(start)
				io.Copy(io.Discard, out)
				return
			}
		}
		close(found)
	}()
	var took time.Duration
	select {
	case d, ok := <-found:
		if !ok {
			cmd.Wait()
			return result{}, fmt.Errorf("%s exited without printing %q", argv[0], marker)
		}
		took = d
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return result{}, errors.New("timed out waiting for the server")
	}
	time.Sleep(100 * time.Millisecond)
	// The child's own high-water mark, read before it dies. wait4's
	// ru_maxrss will not do: os/exec starts children with CLONE_VM, and
	// exec records the mm it leaves (netbench's own) in the child's
	// maxrss, so a child smaller than netbench reported netbench's peak.
	peak := statusKiB(cmd.Process.Pid, "VmHWM:") / 1024
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	return result{mode: "startup", values: []metric{
		{"time", float64(took.Microseconds()) / 1e3, "ms"},
		{"peak_rss", peak, "MiB"},
	}}, nil
}

// serverCPU returns the process's user+system CPU seconds.
func serverCPU(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	f := strings.Fields(s[i+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ
}

func rssOf(pid int) int64 {
	return int64(statusKiB(pid, "VmRSS:") * 1024)
}

// statusKiB reads a field of /proc/<pid>/status given in kB (VmRSS:,
// VmHWM:), 0 when it cannot.
func statusKiB(pid int, field string) float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field) {
			f := strings.Fields(line)
			if len(f) < 2 {
				return 0
			}
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb
		}
	}
	return 0
}

type peak struct {
	pid int
	max int64
}

func newPeak(pid int) *peak { return &peak{pid: pid} }

func (p *peak) sample(d time.Duration) {
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if p.pid > 0 {
			if r := rssOf(p.pid); r > p.max {
				p.max = r
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func raiseNoFile() {
	var lim unix.Rlimit
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &lim) == nil && lim.Cur < lim.Max {
		lim.Cur = lim.Max
		_ = unix.Setrlimit(unix.RLIMIT_NOFILE, &lim)
	}
}
