package main

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// udpEcho measures a UDP echo server (testdata/bench/udp-echo.js): -c
// client sockets, each keeping a window of 8 datagrams of -size bytes in
// flight (a datagram lost is sent again after 200 ms); the figure is echoed
// datagrams per second.
func udpEcho(cfg config) (result, error) {
	raddr, err := net.ResolveUDPAddr("udp", cfg.addr)
	if err != nil {
		return result{}, err
	}
	const window = 8
	var measuring, stop atomic.Bool
	var count atomic.Int64
	var wg sync.WaitGroup
	errc := make(chan error, cfg.conns)
	for range cfg.conns {
		c, err := net.DialUDP("udp", nil, raddr)
		if err != nil {
			return result{}, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.Close()
			msg := make([]byte, cfg.size)
			for j := range msg {
				msg[j] = 'a' + byte(j%26)
			}
			in := make([]byte, 65536)
			for range window {
				if _, err := c.Write(msg); err != nil {
					errc <- err
					return
				}
			}
			for !stop.Load() {
				_ = c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
				if _, err := c.Read(in); err != nil {
					if ne, ok := err.(net.Error); ok && ne.Timeout() {
						_, _ = c.Write(msg) // lost: send again
						continue
					}
					errc <- err
					return
				}
				if measuring.Load() {
					count.Add(1)
				}
				if _, err := c.Write(msg); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	elapsed, cores, err := measureWindow(cfg, &measuring, &stop, &wg, errc)
	if err != nil {
		return result{}, err
	}
	r := result{mode: "udpecho", values: []metric{{"dps", float64(count.Load()) / elapsed.Seconds(), "/s"}}}
	if cfg.pid > 0 {
		r.values = append(r.values, metric{"server_cpu", cores, "cores"})
	}
	return r, nil
}
