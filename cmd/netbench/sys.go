package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// sysCount makes a fixed number of exchanges (after a fifth as many to warm
// up) and reports the server's side of exactly those: user and system CPU,
// minor faults and context switches per exchange from /proc, and with -perf
// each system call's count from `perf stat -e 'syscalls:sys_enter_*'`
// switched on for those exchanges only (tracing slows every system call,
// so take CPU figures from a run without it). Unlike the timed modes its
// counts do not depend on how fast either side ran, which makes them
// comparable on a loaded machine.
//
//	netbench sys -of http -count 200000 -c 50 -pid <server pid> [-perf]
//
// -of is http (keep-alive GET /), httpclose (Connection: close, 8 at a
// time), pingpong (the echo server, -size bytes) or connect (the echo
// server's greeting, FIN, close; 8 at a time).
func sysCount(cfg config) (result, error) {
	if cfg.pid <= 0 {
		return result{}, errors.New("sys needs -pid")
	}
	workers, err := sysWorkers(cfg)
	if err != nil {
		return result{}, err
	}
	defer workers.close()
	if err := workers.run(max(cfg.count/5, 1)); err != nil {
		return result{}, fmt.Errorf("warm-up: %w", err)
	}
	var perf *perfStat
	if cfg.perf {
		if perf, err = startPerf(cfg.pid); err != nil {
			return result{}, err
		}
		defer perf.stop()
		if err := perf.ctl("enable"); err != nil {
			return result{}, err
		}
	}
	before := readProc(cfg.pid)
	start := time.Now()
	err = workers.run(cfg.count)
	elapsed := time.Since(start)
	after := readProc(cfg.pid)
	if err != nil {
		return result{}, err
	}
	n := float64(cfg.count)
	r := result{mode: "sys", values: []metric{
		{"rate", n / elapsed.Seconds(), "/s"},
		{"user", float64(after.utime-before.utime) * 1e4 / n, "µs"}, // USER_HZ ticks
		{"sys", float64(after.stime-before.stime) * 1e4 / n, "µs"},
		{"minflt", float64(after.minflt-before.minflt) / n, ""},
		{"ctxsw_vol", float64(after.vol-before.vol) / n, ""},
		{"ctxsw_nonvol", float64(after.nonvol-before.nonvol) / n, ""},
	}}
	if perf != nil {
		if err := perf.ctl("disable"); err != nil {
			return result{}, err
		}
		counts, err := perf.stop()
		if err != nil {
			return result{}, err
		}
		for _, c := range counts {
			r.values = append(r.values, metric{c.name, c.value / n, ""})
		}
	}
	return r, nil
}

// sysLoad is a fixed-count workload: run(k) makes k exchanges in all,
// spread over its workers.
type sysLoad struct {
	workers []func(k int) error
	conns   []net.Conn
}

func (l *sysLoad) close() { closeAll(l.conns) }

func (l *sysLoad) run(total int) error {
	var wg sync.WaitGroup
	errc := make(chan error, len(l.workers))
	for i, w := range l.workers {
		k := total / len(l.workers)
		if i < total%len(l.workers) {
			k++
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w(k); err != nil {
				errc <- err
			}
		}()
	}
	wg.Wait()
	select {
	case err := <-errc:
		return err
	default:
		return nil
	}
}

func sysWorkers(cfg config) (*sysLoad, error) {
	l := &sysLoad{}
	churn := func(once func() error) {
		for i := 0; i < min(max(cfg.conns, 1), 8); i++ {
			l.workers = append(l.workers, func(k int) error {
				for j := 0; j < k; j++ {
					if err := once(); err != nil {
						return err
					}
				}
				return nil
			})
		}
	}
	switch cfg.of {
	case "http":
		req := []byte("GET / HTTP/1.1\r\nHost: bench\r\n\r\n")
		for i := 0; i < cfg.conns; i++ {
			c, err := net.DialTimeout("tcp", cfg.addr, 5*time.Second)
			if err != nil {
				l.close()
				return nil, err
			}
			l.conns = append(l.conns, c)
			rr := newRespReader(c)
			l.workers = append(l.workers, func(k int) error {
				for j := 0; j < k; j++ {
					if _, err := c.Write(req); err != nil {
						return err
					}
					if status, err := rr.read(false); err != nil || status != 200 {
						return fmt.Errorf("status %d: %v", status, err)
					}
				}
				return nil
			})
		}
	case "httpclose":
		req := []byte("GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
		churn(func() error { return httpCloseOnce(cfg.addr, req) })
	case "pingpong":
		conns, err := dialAll(cfg.addr, cfg.conns)
		l.conns = conns
		if err != nil {
			l.close()
			return nil, err
		}
		for _, c := range conns {
			msg := bytes.Repeat([]byte{'a'}, cfg.size)
			in := make([]byte, cfg.size)
			l.workers = append(l.workers, func(k int) error {
				for j := 0; j < k; j++ {
					if _, err := c.Write(msg); err != nil {
						return err
					}
					if _, err := io.ReadFull(c, in); err != nil {
						return err
					}
				}
				return nil
			})
		}
	case "connect":
		churn(func() error {
			c, err := dial(cfg.addr)
			if err != nil {
				return err
			}
			defer c.Close()
			// a polite close, as connect's: FIN, the server's FIN, close
			_ = c.(*net.TCPConn).CloseWrite()
			_, err = io.Copy(io.Discard, c)
			return err
		})
	default:
		return nil, fmt.Errorf("sys: -of %q: want http, httpclose, pingpong or connect", cfg.of)
	}
	return l, nil
}

// procCounts are a process's figures from /proc: CPU in USER_HZ ticks,
// minor faults, and its threads' context switches summed.
type procCounts struct {
	utime, stime, minflt, vol, nonvol int64
}

func readProc(pid int) procCounts {
	var p procCounts
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) > 12 {
			p.minflt, _ = strconv.ParseInt(f[7], 10, 64)
			p.utime, _ = strconv.ParseInt(f[11], 10, 64)
			p.stime, _ = strconv.ParseInt(f[12], 10, 64)
		}
	}
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/status", pid))
	for _, t := range tasks {
		b, err := os.ReadFile(t)
		if err != nil {
			continue // the thread exited
		}
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			n, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			switch k {
			case "voluntary_ctxt_switches":
				p.vol += n
			case "nonvoluntary_ctxt_switches":
				p.nonvol += n
			}
		}
	}
	return p
}

// perfStat is `perf stat` attached to the server with its events off until
// told (its --control descriptors).
type perfStat struct {
	cmd        *exec.Cmd
	ctlW, ackR *os.File
	out        string
	done       bool
}

type perfCount struct {
	name  string
	value float64
}

func startPerf(pid int) (*perfStat, error) {
	ctlR, ctlW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	ackR, ackW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	out, err := os.CreateTemp("", "netbench-perf-*.csv")
	if err != nil {
		return nil, err
	}
	out.Close()
	p := &perfStat{ctlW: ctlW, ackR: ackR, out: out.Name()}
	p.cmd = exec.Command("perf", "stat", "-x,", "-o", p.out, "-D", "-1", "--control", "fd:3,4",
		"-e", "syscalls:sys_enter_*", "-e", "context-switches", "-p", strconv.Itoa(pid))
	p.cmd.ExtraFiles = []*os.File{ctlR, ackW}
	p.cmd.Stderr = os.Stderr
	if err := p.cmd.Start(); err != nil {
		os.Remove(p.out)
		return nil, fmt.Errorf("perf: %w", err)
	}
	ctlR.Close()
	ackW.Close()
	return p, nil
}

// ctl sends perf a command and waits for its acknowledgement (perf reads
// its control fd once it has attached to the server's threads).
func (p *perfStat) ctl(cmd string) error {
	if _, err := p.ctlW.WriteString(cmd + "\n"); err != nil {
		return fmt.Errorf("perf %s: %w", cmd, err)
	}
	buf := make([]byte, 16)
	_ = p.ackR.SetReadDeadline(time.Now().Add(30 * time.Second))
	if _, err := p.ackR.Read(buf); err != nil {
		return fmt.Errorf("perf %s: %w", cmd, err)
	}
	return nil
}

// stop ends perf and returns the events that counted anything, most
// frequent first.
func (p *perfStat) stop() ([]perfCount, error) {
	if p.done {
		return nil, nil
	}
	p.done = true
	defer os.Remove(p.out)
	p.ctlW.Close()
	_ = p.cmd.Process.Signal(syscall.SIGINT)
	_ = p.cmd.Wait()
	p.ackR.Close()
	b, err := os.ReadFile(p.out)
	if err != nil {
		return nil, err
	}
	var counts []perfCount
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ",")
		if len(f) < 3 {
			continue
		}
		v, err := strconv.ParseFloat(f[0], 64)
		if err != nil || v == 0 {
			continue
		}
		counts = append(counts, perfCount{strings.TrimPrefix(f[2], "syscalls:sys_enter_"), v})
	}
	sort.SliceStable(counts, func(i, j int) bool { return counts[i].value > counts[j].value })
	return counts, nil
}
