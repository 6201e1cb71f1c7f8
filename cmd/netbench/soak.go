package main

// soak: a long run of mixed faults against one echo server (the fault
// suite's testdata/faults/echo.js), watching the server for growth.
//
//	netbench soak -d 1h -every 1m              # gojanet, embedded in a child process
//	netbench soak -d 1h -server "node testdata/faults/echo.js"
//
// The server runs in a child process: by default `netbench soak-server`, a
// gojanet runtime embedded in a tiny Go program that reports its own RSS,
// descriptors and goroutines; with -server, any command (the CLI, node),
// whose goroutines are then unknown (its threads are shown). Load, all at
// once: streaming connections whose every byte is checked, connect/echo/
// close churn, peers that reset mid-write, idle peers that come and go.
// Every interval it prints the server's figures and the load's totals; it
// fails (exit 1) if descriptors, goroutines or RSS at the end are above
// the figures after the first interval (the warm-up) by more than noise,
// or if any echo was wrong.

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

type soakConfig struct {
	duration, every time.Duration
	server          string // a command; "" runs soak-server
	script          string
	streams, churn  int // concurrent streaming connections, churn workers
	rate            int // churn cycles per second, all workers together (0: as fast as possible)
	streamMB        int // streamed MB/s, all streams together (0: as fast as possible)
}

// soakSample is one reading of the server.
type soakSample struct {
	rss, fds, goroutines, threads int64
}

func soakMain(args []string) error {
	fs := flag.NewFlagSet("soak", flag.ExitOnError)
	cfg := soakConfig{}
	fs.DurationVar(&cfg.duration, "d", time.Hour, "how long to run")
	fs.DurationVar(&cfg.every, "every", time.Minute, "how often to print the server's figures")
	fs.StringVar(&cfg.server, "server", "", `server command (the script's port is appended); default: gojanet embedded in "netbench soak-server"`)
	fs.StringVar(&cfg.script, "script", "testdata/faults/echo.js", "echo script")
	fs.IntVar(&cfg.streams, "streams", 4, "streaming connections")
	fs.IntVar(&cfg.churn, "churn", 4, "connect/echo/close workers")
	fs.IntVar(&cfg.rate, "rate", 500, "churn cycles per second in all (0: unthrottled)")
	fs.IntVar(&cfg.streamMB, "stream-mb", 16, "streamed MB/s in all (0: unthrottled)")
	_ = fs.Parse(args)
	raiseNoFile()

	port, err := freePort()
	if err != nil {
		return err
	}
	var argv []string
	if cfg.server == "" {
		exe, _ := os.Executable()
		argv = []string{exe, "soak-server", "-every", cfg.every.String(), cfg.script, strconv.Itoa(port)}
	} else {
		argv = append(strings.Fields(cfg.server), strconv.Itoa(port))
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	samples := make(chan soakSample, 16)
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "listening":
				close(ready)
			case strings.HasPrefix(line, "stats "):
				var s soakSample
				fmt.Sscanf(line, "stats rss=%d fds=%d goroutines=%d", &s.rss, &s.fds, &s.goroutines)
				samples <- s
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		return errors.New("the server did not print 'listening'")
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	pid := cmd.Process.Pid

	ctx, cancel := context.WithTimeout(context.Background(), cfg.duration)
	defer cancel()
	stopSig := make(chan os.Signal, 1)
	signal.Notify(stopSig, os.Interrupt, syscall.SIGTERM)
	go func() { <-stopSig; cancel() }()

	var st soakStats
	var wg sync.WaitGroup
	run := func(n int, f func(ctx context.Context, id int, st *soakStats)) {
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(id int) { defer wg.Done(); f(ctx, id, &st) }(i)
		}
	}
	var chunkEvery time.Duration // pacing of each stream's 64 KiB chunks
	if cfg.streamMB > 0 && cfg.streams > 0 {
		chunkEvery = time.Duration(float64(time.Second) * float64(64<<10) * float64(cfg.streams) / float64(cfg.streamMB<<20))
	}
	run(cfg.streams, func(ctx context.Context, id int, st *soakStats) { soakStream(ctx, addr, id, chunkEvery, st) })
	var tick <-chan time.Time
	if cfg.rate > 0 {
		t := time.NewTicker(time.Second / time.Duration(cfg.rate))
		defer t.Stop()
		tick = t.C
	}
	run(cfg.churn, func(ctx context.Context, id int, st *soakStats) { soakChurn(ctx, addr, tick, st) })
	run(1, func(ctx context.Context, id int, st *soakStats) { soakResets(ctx, addr, st) })
	run(1, func(ctx context.Context, id int, st *soakStats) { soakIdle(ctx, addr, st) })

	start := time.Now()
	var first, last soakSample
	n := 0
	fmt.Printf("%8s %10s %6s %10s %7s %10s %9s %8s %8s %6s\n", "elapsed", "rss", "fds", "goroutines", "threads", "streamed", "cycles", "resets", "idle", "errors")
	report := func(s soakSample) {
		s.threads = threadsOf(pid)
		if s.rss == 0 {
			s.rss = rssOf(pid)
			s.fds = fdsOf(pid)
			s.goroutines = -1
		}
		n++
		if n == 1 {
			first = s
		}
		last = s
		g := strconv.FormatInt(s.goroutines, 10)
		if s.goroutines < 0 {
			g = "-"
		}
		fmt.Printf("%8s %8.1fMB %6d %10s %7d %8.0fMB %9d %8d %8d %6d\n", time.Since(start).Round(time.Second),
			float64(s.rss)/(1<<20), s.fds, g, s.threads, float64(st.streamed.Load())/(1<<20),
			st.cycles.Load(), st.resets.Load(), st.idle.Load(), st.errors.Load())
	}
	every := time.NewTicker(cfg.every)
	defer every.Stop()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case s := <-samples:
			report(s)
		case <-every.C:
			if cfg.server != "" {
				report(soakSample{})
			}
		}
	}
	wg.Wait()
	if st.bad.Load() > 0 {
		return fmt.Errorf("%d echoes came back wrong", st.bad.Load())
	}
	if n < 2 {
		fmt.Println("soak: too short to judge growth (fewer than two samples)")
		return nil
	}
	var grew []string
	if last.fds > first.fds+16 {
		grew = append(grew, fmt.Sprintf("descriptors %d → %d", first.fds, last.fds))
	}
	if first.goroutines >= 0 && last.goroutines > first.goroutines+16 {
		grew = append(grew, fmt.Sprintf("goroutines %d → %d", first.goroutines, last.goroutines))
	}
	if last.rss > first.rss+first.rss/4+16<<20 {
		grew = append(grew, fmt.Sprintf("RSS %.1f → %.1f MB", float64(first.rss)/(1<<20), float64(last.rss)/(1<<20)))
	}
	if len(grew) > 0 {
		return fmt.Errorf("growth under load: %s", strings.Join(grew, ", "))
	}
	fmt.Printf("soak: flat over %s (descriptors %d → %d, RSS %.1f → %.1f MB)\n", time.Since(start).Round(time.Second),
		first.fds, last.fds, float64(first.rss)/(1<<20), float64(last.rss)/(1<<20))
	return nil
}

type soakStats struct {
	streamed, cycles, resets, idle, errors, bad atomic.Int64
}

// soakStream keeps one connection streaming 64 KiB chunks of a seeded
// pseudo-random stream and checks every byte that comes back; it
// reconnects after errors.
func soakStream(ctx context.Context, addr string, id int, every time.Duration, st *soakStats) {
	for ctx.Err() == nil {
		c, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			st.errors.Add(1)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		seed := rand.Int63()
		done := make(chan struct{})
		go func() {
			defer close(done)
			w := rand.New(rand.NewSource(seed))
			buf := make([]byte, 64<<10)
			next := time.Now()
			for ctx.Err() == nil {
				if every > 0 {
					next = next.Add(every)
					time.Sleep(time.Until(next))
				}
				w.Read(buf)
				c.SetWriteDeadline(time.Now().Add(10 * time.Second))
				if _, err := c.Write(buf); err != nil {
					return
				}
			}
			c.(*net.TCPConn).CloseWrite()
		}()
		want := rand.New(rand.NewSource(seed))
		got := make([]byte, 64<<10)
		exp := make([]byte, 64<<10)
		for {
			c.SetReadDeadline(time.Now().Add(10 * time.Second))
			n, err := c.Read(got)
			if n > 0 {
				want.Read(exp[:n])
				if !bytes.Equal(got[:n], exp[:n]) {
					st.bad.Add(1)
					fmt.Fprintf(os.Stderr, "soak: stream %d: wrong bytes\n", id)
					break
				}
				st.streamed.Add(int64(n))
			}
			if err != nil {
				if err != io.EOF && ctx.Err() == nil {
					st.errors.Add(1)
				}
				break
			}
		}
		c.Close()
		<-done
	}
}

// soakChurn connects, echoes 64 bytes, checks them and closes, in a loop.
func soakChurn(ctx context.Context, addr string, tick <-chan time.Time, st *soakStats) {
	p := make([]byte, 64)
	got := make([]byte, 64)
	for ctx.Err() == nil {
		if tick != nil {
			select {
			case <-tick:
			case <-ctx.Done():
				return
			}
		}
		rand.Read(p)
		c, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			st.errors.Add(1)
			continue
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		_, err = c.Write(p)
		if err == nil {
			_, err = io.ReadFull(c, got)
		}
		c.Close()
		switch {
		case err != nil:
			st.errors.Add(1)
		case !bytes.Equal(got, p):
			st.bad.Add(1)
		default:
			st.cycles.Add(1)
		}
	}
}

// soakResets: peers that send 128 KiB and reset (SO_LINGER 0) at once,
// ten a second.
func soakResets(ctx context.Context, addr string, st *soakStats) {
	p := make([]byte, 128<<10)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		c, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			st.errors.Add(1)
			continue
		}
		c.SetDeadline(time.Now().Add(5 * time.Second))
		c.Write(p)
		c.(*net.TCPConn).SetLinger(0)
		c.Close()
		st.resets.Add(1)
	}
}

// soakIdle holds 200 idle connections and replaces them every 10 s.
func soakIdle(ctx context.Context, addr string, st *soakStats) {
	for ctx.Err() == nil {
		var conns []net.Conn
		for i := 0; i < 200; i++ {
			c, err := net.DialTimeout("tcp", addr, 5*time.Second)
			if err != nil {
				st.errors.Add(1)
				break
			}
			conns = append(conns, c)
		}
		st.idle.Add(int64(len(conns)))
		select {
		case <-ctx.Done():
		case <-time.After(10 * time.Second):
		}
		for _, c := range conns {
			c.Close()
		}
	}
}

// soakServer is `netbench soak-server [-every d] script port`: the script in
// an embedded gojanet runtime, printing the process's figures every d.
func soakServer(args []string) error {
	fs := flag.NewFlagSet("soak-server", flag.ExitOnError)
	every := fs.Duration("every", time.Minute, "how often to print figures")
	_ = fs.Parse(args)
	if fs.NArg() < 1 {
		return errors.New("soak-server: script required")
	}
	raiseNoFile()
	script, err := filepath.Abs(fs.Arg(0))
	if err != nil {
		return err
	}
	rt, err := runtime.New(runtime.Options{Args: append([]string{script}, fs.Args()[1:]...), HandleSignals: true})
	if err != nil {
		return err
	}
	go func() {
		pid := os.Getpid()
		for range time.Tick(*every) {
			fmt.Printf("stats rss=%d fds=%d goroutines=%d\n", rssOf(pid), fdsOf(pid), goruntime.NumGoroutine())
		}
	}()
	code, err := rt.RunFile(context.Background(), script)
	if err != nil {
		return err
	}
	if code != 0 {
		return fmt.Errorf("the script exited with %d", code)
	}
	return nil
}

func fdsOf(pid int) int64 {
	ents, _ := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/fd")
	return int64(len(ents))
}

func threadsOf(pid int) int64 {
	ents, _ := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/task")
	return int64(len(ents))
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
