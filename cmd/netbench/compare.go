package main

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"
)

type compareConfig struct {
	base    config
	rounds  int
	script  string
	gojanet string
	// nodeScript is the same program for node when script is TypeScript
	// that node 20 cannot run (URL imports, type annotations).
	nodeScript string
	node       string
	measures   string
	serverCPU  int
	// npm is a comma-separated list of packages the scripts need (see
	// npm.go), installed into a temporary directory for the run.
	npm string
}

type server struct {
	name string
	argv []string
}

// compare runs the same echo script under gojanet and node, alternating
// over rounds, and prints medians and gojanet/node ratios. On these shared
// machines only the ratios from one run mean anything.
func compare(cc compareConfig) error {
	raiseNoFile()
	if cc.serverCPU >= 0 {
		// The load runs on the other core.
		pinSelf(1 - cc.serverCPU%2)
	}
	jsScript := cc.nodeScript
	if jsScript == "" {
		jsScript = cc.script
	}
	if cc.npm != "" {
		copies, dir, err := npmInstall(cc.npm, cc.script, jsScript)
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cc.script, jsScript = copies[0], copies[1]
	}
	servers := []server{
		{"gojanet", []string{cc.gojanet, cc.script}},
		{"node", []string{cc.node, jsScript}},
	}
	measures := strings.Split(cc.measures, ",")
	results := map[string]map[string][]result{} // measure → server → rounds
	for round := 0; round < cc.rounds; round++ {
		for _, m := range measures {
			for _, s := range servers {
				r, err := measureOnce(cc, m, s)
				for try := 1; err != nil && try < 3; try++ {
					// Now and then a server (node's as well) dies of a reset
					// on one of thousands of fresh loopback connections, the
					// docs' script having no 'error' listener: retry the
					// round, saying so.
					fmt.Fprintf(os.Stderr, "round %d %-8s %s failed (%v), retrying\n", round+1, s.name, m, err)
					time.Sleep(time.Second)
					r, err = measureOnce(cc, m, s)
				}
				if err != nil {
					return fmt.Errorf("%s on %s: %w", m, s.name, err)
				}
				fmt.Fprintf(os.Stderr, "round %d %-8s %s\n", round+1, s.name, r)
				if results[m] == nil {
					results[m] = map[string][]result{}
				}
				results[m][s.name] = append(results[m][s.name], r)
			}
		}
	}
	fmt.Printf("%-10s %-12s %14s %14s %8s\n", "measure", "metric", "gojanet", "node", "ratio")
	for _, m := range measures {
		g, n := results[m]["gojanet"], results[m]["node"]
		if len(g) == 0 {
			continue
		}
		for _, met := range g[0].values {
			gv, nv := median(g, met.name), median(n, met.name)
			ratio := 0.0
			if nv != 0 {
				ratio = gv / nv
			}
			fmt.Printf("%-10s %-12s %12.4g%s %12.4g%s %7.2fx\n", m, met.name, gv, shortUnit(met.unit), nv, shortUnit(met.unit), ratio)
		}
	}
	return nil
}

func shortUnit(u string) string {
	if len(u) > 2 {
		return ""
	}
	return u
}

func median(rs []result, name string) float64 {
	var vs []float64
	for _, r := range rs {
		if m, ok := r.get(name); ok {
			vs = append(vs, m.value)
		}
	}
	if len(vs) == 0 {
		return 0
	}
	sort.Float64s(vs)
	return vs[len(vs)/2]
}

func measureOnce(cc compareConfig, measure string, s server) (result, error) {
	if measure == "startup" {
		return startup(s.argv, "server bound")
	}
	cmd, err := startServer(s.argv, cc.serverCPU, cc.base.addr)
	if err != nil {
		return result{}, err
	}
	defer stopServer(cmd, cc.base.addr)
	cfg := cc.base
	cfg.pid = cmd.Process.Pid
	switch measure {
	case "pingpong":
		cfg.conns = 50
		cfg.size = 64
		return pingpong(cfg)
	case "latency":
		cfg.conns = 1
		cfg.size = 64
		r, err := pingpong(cfg)
		r.mode = "latency"
		return r, err
	case "stream":
		cfg.conns = 4
		cfg.size = 64 * 1024
		return stream(cfg)
	case "connect":
		cfg.conns = 4
		return connectRate(cfg)
	case "idle":
		return idle(cfg)
	case "firstecho":
		return firstEcho(cfg)
	case "http":
		// keep-alive requests on 50 connections against an HTTP server
		// script (testdata/http-hello.js under both)
		cfg.conns = 50
		return httpHello(cfg)
	case "httpclose":
		// one request per connection (Connection: close), 8 at a time
		cfg.conns = 8
		return httpClose(cfg)
	case "httpidle":
		// RSS per idle keep-alive connection (one request made on each)
		return httpIdle(cfg)
	}
	return result{}, fmt.Errorf("unknown measure %q", measure)
}

// startServer runs a server script; scripts that read PORT (such as
// testdata/http-hello.js) listen on the port of addr.
func startServer(argv []string, cpu int, addr string) (*exec.Cmd, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	if _, port, err := net.SplitHostPort(addr); err == nil {
		cmd.Env = append(os.Environ(), "PORT="+port)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	if cpu >= 0 {
		// every thread: the server inherits the load's CPU from netbench
		// and may have started threads before this
		pinProcess(strconv.Itoa(cmd.Process.Pid), cpu)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "server bound") {
				ready <- true
				break
			}
		}
		for sc.Scan() {
		}
		close(ready)
	}()
	select {
	case ok := <-ready:
		if ok {
			return cmd, nil
		}
	case <-time.After(20 * time.Second):
	}
	stopServer(cmd, addr)
	return nil, errors.New("server did not print 'server bound'")
}

func stopServer(cmd *exec.Cmd, addr string) {
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	// Wait until the port is free for the next server.
	for i := 0; i < 100; i++ {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err != nil {
			return
		}
		c.Close()
		time.Sleep(20 * time.Millisecond)
	}
}
