package net_test

import (
	"bytes"
	"context"
	"io"
	gonet "net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime"
)

// benchEcho runs a raw-handle echo server in a runtime and measures 64-byte
// round trips from a Go client over loopback. mode "js" hands every chunk to
// a JS onread that writes it back; "pipe" forwards in Go (pipeTo).
func benchEcho(b *testing.B, mode string) {
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
const { TCP, constants } = process.binding('tcp_wrap');
const srv = new TCP(constants.SERVER);
srv.bind('127.0.0.1', 0, 0); srv.listen(511);
const req = { oncomplete() {} };
srv.onconnection = function (err, c) {
  if ('`+mode+`' === 'pipe') c.pipeTo(c);
  c.onread = function (n, buf) { if (n < 0) { c.close(); srv.close(); return; } c.writeBuffer(req, buf); };
  c.readStart();
};
const a = {}; srv.getsockname(a);
require('bench').ready(a.port);
`)
	}()
	port := <-portCh
	conn, err := gonet.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		b.Fatal(err)
	}
	msg := []byte(strings.Repeat("x", 64))
	in := make([]byte, 64)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		conn.Write(msg)
		if _, err := io.ReadFull(conn, in); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	conn.Close()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		b.Fatal("server did not stop")
	}
}

func BenchmarkHandleEchoJS(b *testing.B)   { benchEcho(b, "js") }
func BenchmarkHandleEchoPipe(b *testing.B) { benchEcho(b, "pipe") }
