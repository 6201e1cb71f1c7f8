package main

import (
	"errors"
	"fmt"
	"net"
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
		rr *respReader
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
		clients = append(clients, client{c, newRespReader(c)})
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
			// the deadline is moved once a second, not per request (each
			// move is a timer update: client CPU the server's share pays for)
			var deadline time.Time
			for !stop.Load() {
				t0 := time.Now()
				if t0.After(deadline.Add(-4 * time.Second)) {
					deadline = t0.Add(5 * time.Second)
					_ = cl.c.SetDeadline(deadline)
				}
				if _, err := cl.c.Write(req); err != nil {
					errc <- err
					return
				}
				status, err := cl.rr.read(false)
				if err != nil {
					errc <- err
					return
				}
				if status != 200 {
					errc <- fmt.Errorf("status %d", status)
					return
				}
				if measuring.Load() {
					count.Add(1)
					lat[i] = append(lat[i], time.Since(t0))
				}
			}
		}(i, cl)
	}
	elapsed, cores, err := measureWindow(cfg, &measuring, &stop, &wg, errc)
	if err != nil {
		return result{}, err
	}
	return latencyResult("http", cfg, count.Load(), elapsed, cores, lat), nil
}

// httpClose: one request per connection (Connection: close), from up to 8
// connections at a time: connect, GET /, read the response to the server's
// close. Reports requests per second and per server CPU-second, counted
// after the warm-up as http's are (node's JIT compiles the connection
// path in its first thousands of connections).
//
//	netbench httpclose -addr 127.0.0.1:8124 -c 8 -d 5s -pid <server pid>
func httpClose(cfg config) (result, error) {
	req := []byte("GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
	var count atomic.Int64
	var measuring, stop atomic.Bool
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	workers := min(max(cfg.conns, 1), 8)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if err := httpCloseOnce(cfg.addr, req); err != nil {
					select {
					case errc <- err:
					default:
					}
					return
				}
				if measuring.Load() {
					count.Add(1)
				}
			}
		}()
	}
	elapsed, cores, err := measureWindow(cfg, &measuring, &stop, &wg, errc)
	if err != nil {
		return result{}, err
	}
	n := float64(count.Load())
	r := result{mode: "httpclose", values: []metric{{"rps", n / elapsed.Seconds(), "/s"}}}
	if cfg.pid > 0 && cores > 0 {
		r.values = append(r.values, metric{"per_cpu_sec", n / elapsed.Seconds() / cores, "reqs"})
	}
	return r, nil
}

func httpCloseOnce(addr string, req []byte) error {
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Write(req); err != nil {
		return err
	}
	rr := newRespReader(c)
	status, err := rr.read(true)
	if err != nil {
		return err
	}
	if status != 200 {
		return fmt.Errorf("status %d", status)
	}
	// the server closes after the response: wait for its FIN
	return rr.drain()
}

// httpIdle opens cfg.idle keep-alive connections, each of which makes one
// request and then stays open and idle, and reports the server's RSS per
// connection (as idle does for the echo server).
//
//	netbench httpidle -addr 127.0.0.1:8124 -n 10000 -pid <server pid>
func httpIdle(cfg config) (result, error) {
	if cfg.pid <= 0 {
		return result{}, errors.New("httpidle needs -pid")
	}
	raiseNoFile()
	before := rssOf(cfg.pid)
	req := []byte("GET / HTTP/1.1\r\nHost: bench\r\n\r\n")
	conns := make([]net.Conn, 0, cfg.idle)
	defer closeAll(conns)
	for i := 0; i < cfg.idle; i++ {
		c, err := net.DialTimeout("tcp", cfg.addr, 5*time.Second)
		if err != nil {
			return result{}, fmt.Errorf("after %d connections: %w", len(conns), err)
		}
		conns = append(conns, c)
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Write(req); err != nil {
			return result{}, err
		}
		if _, err := newRespReader(c).read(false); err != nil {
			return result{}, fmt.Errorf("connection %d: %w", i, err)
		}
		_ = c.SetDeadline(time.Time{})
	}
	time.Sleep(500 * time.Millisecond)
	soon := rssOf(cfg.pid)
	time.Sleep(2 * time.Second)
	after := rssOf(cfg.pid)
	perConn := func(rss int64) float64 { return float64(rss-before) / float64(cfg.idle) / 1024 }
	return result{mode: "httpidle", values: []metric{
		{"per_conn", perConn(after), "KiB"},
		{"per_conn_0.5s", perConn(soon), "KiB"},
		{"rss", float64(after) / (1 << 20), "MiB"},
	}}, nil
}
