package net_test

import (
	"strconv"
	"testing"

	"go.uber.org/goleak"
	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/testutil"
)

// ipcPair makes a socketpair and returns the script prelude that opens
// each end as an IPC pipe (A and B); the runtime owns both descriptors.
func ipcPair(t *testing.T) string {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	return `
const { Pipe, TCP, constants, guessHandleType } = process.binding('tcp_wrap');
const A = new Pipe(2), B = new Pipe(2);
if (A.open(` + strconv.Itoa(fds[0]) + `) !== 0 || B.open(` + strconv.Itoa(fds[1]) + `) !== 0) throw new Error('open');
`
}

// A descriptor written with a line arrives with it, as a third argument of
// onread, and is a working copy of the sender's socket.
func TestIPCPassesDescriptor(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	before := testutil.OpenFDs(t)
	out := run(t, ipcPair(t)+`
const srv = new TCP(constants.SERVER);
srv.bind('127.0.0.1', 0, 0);
const mine = {}; srv.getsockname(mine);
const req = {};
console.log('write', A.writeUtf8String(req, 'server\n', srv.fd), req.async);
B.onread = (n, buf, fds) => {
  console.log('read', n, String(buf).trim(), Array.isArray(fds) && fds.length, guessHandleType(fds[0]));
  const got = new TCP(constants.SOCKET);
  console.log('open', got.open(fds[0]));
  const theirs = {}; got.getsockname(theirs);
  console.log('same port', theirs.port === mine.port, fds[0] !== srv.fd);
  got.close(); srv.close(); A.close(); B.close();
};
B.readStart();
`)
	want := "write 0 false\nread 7 server 1 TCP\nopen 0\nsame port true true\n"
	if out != want {
		t.Fatalf("got\n%s\nwant\n%s", out, want)
	}
	if after := testutil.OpenFDs(t); after != before {
		t.Fatalf("descriptors: %d before, %d after", before, after)
	}
}

// A write with a descriptor the kernel cannot take yet is queued with a
// duplicate: the sender may close its socket meanwhile, the right file
// still goes, and a queue dropped by close() closes its duplicates.
func TestIPCQueuedDescriptor(t *testing.T) {
	defer goleak.VerifyNone(t, testutil.WorkerPool)
	before := testutil.OpenFDs(t)
	out := run(t, ipcPair(t)+`
const big = Buffer.alloc(1 << 20, 'x');
let queued = 0;
while (true) {
  const req = { oncomplete() {} };
  A.writeBuffer(req, big);
  queued++;
  if (req.async) break;
}
const srv = new TCP(constants.SERVER);
srv.bind('127.0.0.1', 0, 0);
const mine = {}; srv.getsockname(mine);
const req = { oncomplete(status) { console.log('fd write completed', status); } };
console.log('write', A.writeUtf8String(req, '\nserver\n', srv.fd), req.async);
srv.close(); // the queued duplicate still refers to the socket
let got = 0, text = '';
B.onread = (n, buf, fds) => {
  if (n < 0) return;
  got += n;
  if (fds) {
    const h = new TCP(constants.SOCKET);
    h.open(fds[0]);
    const theirs = {}; h.getsockname(theirs);
    console.log('received the queued server', theirs.port === mine.port);
    h.close();
  }
  text = (text + String(buf)).slice(-8);
  if (text === '\nserver\n') {
    console.log('all bytes', got === queued * big.length + 8);
    // Now queue one more and drop it with the handle.
    while (true) {
      const r = { oncomplete() {} };
      A.writeBuffer(r, big);
      if (r.async) break;
    }
    const s2 = new TCP(constants.SERVER);
    s2.bind('127.0.0.1', 0, 0);
    A.writeUtf8String({ oncomplete(status) { console.log('dropped write', status); } }, 'x\n', s2.fd);
    s2.close();
    A.close(() => { B.close(); });
    B.readStop();
  }
};
B.readStart();
`)
	want := "write 0 true\nfd write completed 0\nreceived the queued server true\nall bytes true\ndropped write -125\n"
	if out != want {
		t.Fatalf("got\n%s\nwant\n%s", out, want)
	}
	if after := testutil.OpenFDs(t); after != before {
		t.Fatalf("descriptors: %d before, %d after", before, after)
	}
}
