package net_test

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gojanet/gojanet/internal/testutil"
)

// pipeCount counts the pipes this process holds open.
func pipeCount(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	n := 0
	for _, e := range ents {
		if l, err := os.Readlink("/proc/self/fd/" + e.Name()); err == nil && strings.HasPrefix(l, "pipe:") {
			n++
		}
	}
	return n
}

// probeOut is a script's stdout that, when the script prints "probe", records
// how many pipes are open at that moment (console.log runs on the loop
// goroutine, so forwarding is paused while we look).
type probeOut struct {
	t      *testing.T
	mu     sync.Mutex
	buf    bytes.Buffer
	probes []int
}

func (p *probeOut) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if strings.HasPrefix(string(b), "probe") {
		p.probes = append(p.probes, pipeCount(p.t))
		return len(b), nil
	}
	return p.buf.Write(b)
}

func (p *probeOut) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.buf.String()
}

func runProbed(t *testing.T, src string) (string, []int) {
	t.Helper()
	out := &probeOut{t: t}
	runTo(t, "splice_test.js", out, src)
	return out.String(), out.probes
}

// patterned bytes, so a reader can tell a lost, repeated or foreign byte.
const pattern = `
const seed = Buffer.alloc(251);
for (let i = 0; i < 251; i++) seed[i] = (i * 7) % 251;
// pattern(n)[i] === (i * 7) % 251
function pattern(total) { return Buffer.alloc(total, seed); }
function checker(total) {
  const want = pattern(total);
  let at = 0, ok = true;
  return {
    feed(buf) {
      if (at + buf.length > total || !buf.equals(want.subarray(at, at + buf.length))) ok = false;
      at += buf.length;
    },
    get count() { return at; },
    get ok() { return ok; },
  };
}
`

// One socket forwarded into another whose reader starts late: the
// destination backs up (what splice cannot place is queued), the source
// stops reading, and every byte still arrives once, in order, with exact
// counters. Forwarding uses a single loop-wide pipe, closed at shutdown.
func TestSpliceForwardBackpressure(t *testing.T) {
	fds, pipes := testutil.OpenFDs(t), pipeCount(t)
	out, probes := runProbed(t, echoPair+pattern+`
const total = 8 * 1024 * 1024;
let s1, s2, jsChunks = 0;
const [srv, port] = listen(function (err, client) {
  if (!s1) { s1 = client; return; }
  s2 = client;
  s1.onread = function (n) {
    if (n > 0) { jsChunks++; return; }
    console.log('source end; js chunks', jsChunks, 'bytesRead', s1.bytesRead,
      'dest bytesWritten+queued', s2.bytesWritten + s2.writeQueueSize, 'forwarded', s2.forwardedBytes);
    s2.shutdown({ oncomplete(st) {
      console.log('dest shutdown', st, 'bytesWritten', s2.bytesWritten);
      s1.close(); s2.close(() => srv.close());
    } });
  };
  console.log('pipeTo', s1.pipeTo(s2));
  s1.readStart();
});
connect(port, (st, c1) => {
  connect(port, (st, c2) => {
    c1.writeBuffer({ oncomplete() {} }, pattern(total));
    c1.shutdown({ oncomplete() {} });
    const check = checker(total);
    let first = true;
    c2.onread = function (n, buf) {
      if (n > 0) {
        if (first) { first = false; console.log('probe'); }
        check.feed(buf);
        return;
      }
      console.log('dest reader got', check.count, 'in order', check.ok);
      c1.close(); c2.close();
    };
    setTimeout(() => c2.readStart(), 300);
  });
});
`)
	want := "pipeTo true\n" +
		"source end; js chunks 0 bytesRead 8388608 dest bytesWritten+queued 8388608 forwarded 8388608\n" +
		"dest shutdown 0 bytesWritten 8388608\n" +
		"dest reader got 8388608 in order true\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
	if len(probes) != 1 || probes[0] != pipes+2 {
		t.Fatalf("pipes while forwarding: %v, want %d (one pipe pair)", probes, pipes+2)
	}
	if after := testutil.OpenFDs(t); after != fds {
		t.Fatalf("fd leak: %d before, %d after", fds, after)
	}
}

// Many echo connections forwarding at once share the one pipe; TCP and
// Unix-domain sockets both forward every byte.
func TestSpliceManyEchoes(t *testing.T) {
	dir := t.TempDir()
	fds, pipes := testutil.OpenFDs(t), pipeCount(t)
	out, probes := runProbed(t, echoPair+pattern+`
const { Pipe } = process.binding('tcp_wrap');
const total = 1024 * 1024, conns = 8;
let done = 0, sum = 0;
function serve(err, client) {
  client.onread = function (n) {
    if (n > 0) { console.log('js saw a chunk'); return; }
    sum += client.bytesRead + client.bytesWritten;
    client.shutdown({ oncomplete() { client.close(); } });
  };
  client.pipeTo(client);
  client.readStart();
}
function drive(st, c) {
  const check = checker(total);
  let probed = false;
  c.onread = function (n, buf) {
    if (n < 0) {
      if (check.count !== total || !check.ok) console.log('bad echo', check.count, check.ok);
      c.close();
      if (++done === 2 * conns) {
        console.log('all echoed; server counters', sum === 2 * 2 * conns * total);
        srv.close(); usrv.close();
      }
      return;
    }
    check.feed(buf);
    if (!probed && check.count > total / 2) { probed = true; console.log('probe'); }
  };
  c.readStart();
  c.writeBuffer({ oncomplete() {} }, pattern(total));
  c.shutdown({ oncomplete() {} });
}
const [srv, port] = listen(serve);
const usrv = new Pipe(constants.SERVER);
const path = `+"`"+dir+"/s.sock`"+`;
if (usrv.bind(path) !== 0 || usrv.listen(511) !== 0) throw new Error('unix listen');
usrv.onconnection = serve;
for (let i = 0; i < conns; i++) {
  connect(port, drive);
  const u = new Pipe(constants.SOCKET);
  u.connect({ oncomplete(st) { drive(st, u); } }, path);
}
`)
	if out != "all echoed; server counters true\n" {
		t.Fatalf("got:\n%s", out)
	}
	for _, p := range probes {
		if p != pipes+2 {
			t.Fatalf("pipes while forwarding: %v, want %d each time", probes, pipes+2)
		}
	}
	if after := testutil.OpenFDs(t); after != fds {
		t.Fatalf("fd leak: %d before, %d after", fds, after)
	}
}

// When the destination fails (its peer reset), the chunk that could not be
// spliced reaches JS through onread, forwarding stops, and JS's own write
// meets the error. The pipe is left empty: a later echo gets only its own
// bytes.
func TestSpliceWriteErrorGoesToJS(t *testing.T) {
	fds := testutil.OpenFDs(t)
	out, _ := runProbed(t, echoPair+pattern+`
let s1, s2, reported = false;
const [srv, port] = listen(function (err, client) {
  if (!s1) { s1 = client; return; }
  if (!s2) {
    s2 = client;
    s1.onread = function (n, buf) {
      if (n < 0) return;
      if (reported) return;
      reported = true;
      const code = s2.writeBuffer({ oncomplete() {} }, buf);
      console.log('chunk reached js', n > 0, 'write error', code === -32 || code === -104);
      s1.close(); s2.close();
      echoCheck();
    };
    s1.pipeTo(s2);
    s1.readStart();
    return;
  }
  client.onread = function (n) { if (n < 0) client.shutdown({ oncomplete() { client.close(); } }); };
  client.pipeTo(client);
  client.readStart();
});
connect(port, (st, c1) => {
  connect(port, (st, c2) => {
    const chunk = Buffer.alloc(256 * 1024, 1);
    let stop = false;
    (function pump() {
      if (stop) return;
      const req = { oncomplete(st) { if (st === 0) setImmediate(pump); else stop = true; } };
      if (c1.writeBuffer(req, chunk) !== 0) { stop = true; return; }
      if (!req.async) setImmediate(pump);
    })();
    c2.onread = function (n) {
      if (n > 0 && !c2.gone) { c2.gone = true; c2.reset(); }
    };
    c2.readStart();
    echoCheck = function () {
      stop = true;
      c1.close();
      connect(port, (st, c3) => {
        const total = 2 * 1024 * 1024, check = checker(total);
        c3.onread = function (n, buf) {
          if (n < 0) { console.log('later echo', check.count === total, check.ok); c3.close(); srv.close(); return; }
          check.feed(buf);
        };
        c3.readStart();
        c3.writeBuffer({ oncomplete() {} }, pattern(total));
        c3.shutdown({ oncomplete() {} });
      });
    };
  });
});
let echoCheck;
`)
	want := "chunk reached js true write error true\nlater echo true true\n"
	if out != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out, want)
	}
	if after := testutil.OpenFDs(t); after != fds {
		t.Fatalf("fd leak: %d before, %d after", fds, after)
	}
}
