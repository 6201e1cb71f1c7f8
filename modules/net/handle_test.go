package net_test

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// These tests drive the handle layer directly (process.binding('tcp_wrap')),
// independent of js/net.js, with real sockets.

func run(t *testing.T, src string) string {
	t.Helper()
	var out bytes.Buffer
	runTo(t, "handle_test.js", &out, src)
	return out.String()
}

// runTo runs src (as file name) with its stdout going to out and fails the
// test, showing stdout and stderr, unless it exits 0 within 30 s.
func runTo(t *testing.T, name string, out interface {
	io.Writer
	String() string
}, src string) {
	t.Helper()
	var errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, name, src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v\nstdout:\n%s\nstderr:\n%s", code, err, out.String(), errOut.String())
	}
}

const echoPair = `
const { TCP, constants } = process.binding('tcp_wrap');
function listen(onconn) {
  const srv = new TCP(constants.SERVER);
  if (srv.bind('127.0.0.1', 0, 0) !== 0 || srv.listen(511) !== 0) throw new Error('listen failed');
  srv.onconnection = onconn;
  const a = {}; srv.getsockname(a);
  return [srv, a.port];
}
function connect(port, cb) {
  const c = new TCP(constants.SOCKET);
  const err = c.connect({ oncomplete(status) { cb(status, c); } }, '127.0.0.1', port);
  if (err) throw new Error('connect ' + err);
  return c;
}
`

func TestEchoAndHalfClose(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	before := testutil.OpenFDs(t)
	out := run(t, echoPair+`
const [srv, port] = listen(function (err, client) {
  client.onread = function (n, buf) {
    if (n < 0) {
      console.log('server saw end', n === constants.UV_EOF);
      client.shutdown({ oncomplete(st) { console.log('server shutdown', st); client.close(() => srv.close()); } });
      return;
    }
    client.writeBuffer({ oncomplete() {} }, buf);
  };
  client.readStart();
});
connect(port, (status, c) => {
  console.log('connected', status);
  let got = '';
  c.onread = function (n, buf) {
    if (n < 0) { console.log('client got', JSON.stringify(got), 'then end'); c.close(); return; }
    got += buf.toString();
  };
  c.readStart();
  const req = {};
  console.log('write', c.writeUtf8String(req, 'ping'), 'async', req.async, 'bytes', req.bytes);
  c.shutdown({ oncomplete(st) { console.log('client shutdown', st); } });
});
`)
	want := "connected 0\nwrite 0 async false bytes 4\nclient shutdown 0\nserver saw end true\nserver shutdown 0\nclient got \"ping\" then end\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
	if after := testutil.OpenFDs(t); after != before {
		t.Fatalf("fd leak: %d before, %d after", before, after)
	}
}

func TestConnectRefused(t *testing.T) {
	port := testutil.FreePort(t) // nobody listens there
	out := run(t, echoPair+`connect(`+strconv.Itoa(port)+`, (status, c) => { console.log('status', status); c.close(); });`)
	if out != "status -111\n" {
		t.Fatalf("got %q", out)
	}
}

func TestBackpressureQueuesAndDrains(t *testing.T) {
	// The server writes 8 MiB to a client that reads nothing at first: the
	// kernel buffers fill, writes go async and writeQueueSize grows; once the
	// client reads, every write completes and every byte arrives.
	out := run(t, echoPair+`
const total = 8 * 1024 * 1024, chunk = Buffer.alloc(64 * 1024, 120);
const [srv, port] = listen(function (err, client) {
  let sent = 0, async = 0, maxQueue = 0, done = 0;
  function more() {
    while (sent < total) {
      const req = { oncomplete(st) { done++; if (st) console.log('write error', st); more(); } };
      client.writeBuffer(req, chunk);
      sent += chunk.length;
      maxQueue = Math.max(maxQueue, client.writeQueueSize);
      if (req.async) { async++; return; }
    }
    if (sent >= total && client.writeQueueSize === 0) {
      console.log('server wrote all; some writes async:', async > 0, 'queue grew:', maxQueue > 0);
      client.shutdown({ oncomplete() { client.close(() => srv.close()); } });
      sent = Infinity;
    }
  }
  more();
});
connect(port, (status, c) => {
  let got = 0;
  c.onread = function (n) {
    if (n < 0) { console.log('client got', got === total ? 'everything' : got); c.close(); return; }
    got += n;
  };
  setTimeout(() => c.readStart(), 200);
});
`)
	want := "server wrote all; some writes async: true queue grew: true\nclient got everything\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestPipeToForwardsInGo(t *testing.T) {
	// An echo server whose socket is piped to itself in Go: bytes come back,
	// JS sees no chunks, and the counters stay exact.
	out := run(t, echoPair+`
let jsChunks = 0;
const [srv, port] = listen(function (err, client) {
  client.onread = function (n) {
    if (n < 0) {
      console.log('js chunks', jsChunks, 'bytesRead', client.bytesRead, 'bytesWritten', client.bytesWritten);
      client.close(() => srv.close());
      return;
    }
    jsChunks++;
  };
  console.log('pipeTo', client.pipeTo(client));
  client.readStart();
});
connect(port, (status, c) => {
  let got = 0;
  const total = 3 * 1024 * 1024;
  c.onread = function (n) {
    if (n < 0) return;
    got += n;
    if (got === total) { console.log('echoed', got); c.close(); }
  };
  c.readStart();
  c.writeBuffer({ oncomplete() {} }, Buffer.alloc(total, 97));
});
`)
	want := "pipeTo true\nechoed 3145728\njs chunks 0 bytesRead 3145728 bytesWritten 3145728\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestGoListenerAndMemConn(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	ml := runtime.NewMemListener("mem")
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	rt.Listen("main", ml)
	done := make(chan string, 1)
	go func() {
		c, err := ml.Dial()
		if err != nil {
			done <- err.Error()
			return
		}
		defer c.Close()
		c.Write([]byte("hi"))
		buf := make([]byte, 5)
		_, err = io.ReadFull(c, buf)
		if err != nil {
			done <- err.Error()
			return
		}
		done <- string(buf)
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	code, err := rt.RunScript(ctx, "mem.js", `
const h = require('gojanet').listener('main');
h.onconnection = function (err, client) {
  const a = {}; client.getsockname(a);
  client.onread = function (n, buf) {
    if (n < 0) { client.close(() => h.close()); return; }
    console.log('read', buf.toString());
    client.writeUtf8String({ oncomplete(st) { client.close(() => h.close()); } }, buf.toString() + '!!!');
  };
  client.readStart();
};
h.listen(511);
`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d err %v", code, err)
	}
	if got := <-done; got != "hi!!!" {
		t.Fatalf("client got %q", got)
	}
	if out.String() != "read hi\n" {
		t.Fatalf("stdout %q", out.String())
	}
}

// A write of something that is not a buffer throws node's stream_base
// TypeError, found without exporting the argument (an array of length
// 2^32-1 once made Go allocate for every element).
func TestWriteBufferRefusesNonBuffers(t *testing.T) {
	out := run(t, echoPair+`
const [srv, port] = listen(function (err, client) { client.close(() => srv.close()); });
connect(port, (status, c) => {
  const sparse = []; sparse.length = 2 ** 32 - 1;
  for (const v of [sparse, 'text', new Map(), {}]) {
    try { c.writeBuffer({}, v); console.log('wrote'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { c.writev({}, [sparse], true); } catch (e) { console.log('writev', e.code); }
  c.close();
});
`)
	line := "TypeError ERR_INVALID_ARG_TYPE Second argument must be a buffer\n"
	want := strings.Repeat(line, 4) + "writev ERR_INVALID_ARG_TYPE\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
}
