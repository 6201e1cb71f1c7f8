package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// httpHello: each of cfg.conns keep-alive connections sends GET / and reads
// the whole response before the next (no pipelining), against an HTTP
// hello-world server such as testdata/http-hello.js.
//
//	netbench http -addr 127.0.0.1:8124 -c 50 -d 5s -pid <server pid>
func httpHello(cfg config) (result, error) {
	type client struct {
		c  net.Conn
		br *bufio.Reader
	}
	clients := make([]client, 0, cfg.conns)
	defer func() {
		for _, cl := range clients {
			cl.c.Close()
		}
	}()
	for i := 0; i < cfg.conns; i++ {
		c, err := net.DialTimeout("tcp", cfg.addr, 5*time.Second)
		if err != nil {
			return result{}, err
		}
		clients = append(clients, client{c, bufio.NewReader(c)})
	}
	req := []byte("GET / HTTP/1.1\r\nHost: bench\r\n\r\n")
	var measuring, stop atomic.Bool
	var count atomic.Int64
	lat := make([][]time.Duration, len(clients))
	var wg sync.WaitGroup
	errc := make(chan error, len(clients))
	for i, cl := range clients {
		wg.Add(1)
		go func(i int, cl client) {
			defer wg.Done()
			for !stop.Load() {
				_ = cl.c.SetDeadline(time.Now().Add(5 * time.Second))
				t0 := time.Now()
				if _, err := cl.c.Write(req); err != nil {
					errc <- err
					return
				}
				res, err := http.ReadResponse(cl.br, nil)
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
				}
				if err != nil {
					errc <- err
					return
				}
				if res.StatusCode != 200 {
					errc <- fmt.Errorf("status %d", res.StatusCode)
					return
				}
				if measuring.Load() {
					count.Add(1)
					lat[i] = append(lat[i], time.Since(t0))
				}
			}
		}(i, cl)
	}
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
		return result{}, err
	default:
	}
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	r := result{mode: "http", values: []metric{
		{"rps", float64(count.Load()) / elapsed.Seconds(), "/s"},
		{"p50", pct(all, 0.50), "µs"},
		{"p99", pct(all, 0.99), "µs"},
	}}
	if cfg.pid > 0 {
		r.values = append(r.values, metric{"server_cpu", (cpu1 - cpu0) / elapsed.Seconds(), "cores"})
	}
	return r, nil
}
