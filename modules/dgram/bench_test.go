package dgram_test

import (
	"bytes"
	"context"
	gonet "net"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime"
)

// BenchmarkUDPEcho is the per-datagram cost of testdata/bench/udp-echo.js's
// server (a 'message' listener that sends every datagram back with
// send(msg, rinfo.port, rinfo.address)) in a runtime, fed by a Go client
// over loopback that keeps a window of datagrams in flight. One op is one
// 64-byte datagram echoed; allocs/op counts the whole process (the client's
// few included), so it tracks what the server allocates per datagram.
func BenchmarkUDPEcho(b *testing.B) {
	benchEcho(b, `s.on('message', (msg, rinfo) => s.send(msg, rinfo.port, rinfo.address));`)
}

// BenchmarkUDPEchoOffset is the same server with the five-argument form
// send(buf, offset, length, port, address).
func BenchmarkUDPEchoOffset(b *testing.B) {
	benchEcho(b, `s.on('message', (msg, rinfo) => s.send(msg, 0, msg.length, rinfo.port, rinfo.address));`)
}

func benchEcho(b *testing.B, listener string) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		b.Fatal(err)
	}
	portCh := make(chan int, 1)
	rt.RegisterModule("bench", func(vm *goja.Runtime, module *goja.Object) {
		module.Get("exports").ToObject(vm).Set("ready", func(port int) { portCh <- port })
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		rt.RunScript(ctx, "echo.js", `
const s = require('dgram').createSocket('udp4');
`+listener+`
s.bind(0, '127.0.0.1', () => require('bench').ready(s.address().port));
`)
	}()
	var port int
	select {
	case port = <-portCh:
	case <-done:
		b.Fatalf("server ended: %s", out.String())
	}
	conn, err := gonet.DialUDP("udp4", nil, &gonet.UDPAddr{IP: gonet.IPv4(127, 0, 0, 1), Port: port})
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	msg := bytes.Repeat([]byte("x"), 64)
	in := make([]byte, 2048)
	const window = 8
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	sent, got := 0, 0
	for sent < b.N && sent < window {
		conn.Write(msg)
		sent++
	}
	for got < b.N {
		// A datagram lost (a full receive buffer) is sent again.
		conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		if _, err := conn.Read(in); err != nil {
			conn.Write(msg)
			continue
		}
		got++
		if sent < b.N {
			conn.Write(msg)
			sent++
		}
	}
	b.StopTimer()
	// CPU time (the process's, client included) is steadier than wall
	// time on a loaded machine.
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
	cancel() // the server runs until stopped
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		b.Fatal("server did not stop")
	}
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
