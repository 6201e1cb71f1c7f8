package runtime_test

import (
	"bytes"
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// Hot-path benchmarks: each runs a script that repeats the operation
// b.N times (N arrives as process.argv[2]); ns/op is per operation.

func benchScript(b *testing.B, src string) {
	b.Helper()
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Args: []string{"bench", strconv.Itoa(b.N)}})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	b.ResetTimer()
	code, err := rt.RunScript(ctx, "bench.js", src)
	b.StopTimer()
	if err != nil || code != 0 {
		b.Fatalf("exit %d err %v\n%s%s", code, err, out.String(), errOut.String())
	}
}

func BenchmarkEventEmitterEmit(b *testing.B) {
	benchScript(b, `
const EventEmitter = require('events');
const e = new EventEmitter();
let n = 0;
e.on('data', (x) => { n += x; });
const N = +process.argv[2];
for (let i = 0; i < N; i++) e.emit('data', 1);
if (n !== N) throw new Error('lost events');
`)
}

func BenchmarkReadablePipeWritable(b *testing.B) {
	benchScript(b, `
const { Readable, Writable } = require('stream');
const N = +process.argv[2];
const chunk = Buffer.alloc(64, 1);
let sent = 0, got = 0;
const r = new Readable({ read() {
  while (sent < N) { sent++; if (!this.push(chunk)) return; }
  this.push(null);
} });
const w = new Writable({ write(c, enc, cb) { got++; cb(); } });
w.on('finish', () => { if (got !== N) throw new Error('lost chunks ' + got); });
r.pipe(w);
`)
}

func BenchmarkBufferFrom(b *testing.B) {
	benchScript(b, `
const N = +process.argv[2];
const src = 'x'.repeat(64);
let total = 0;
for (let i = 0; i < N; i++) total += Buffer.from(src).length;
if (total !== N * 64) throw new Error('bad');
`)
}

// BenchmarkSocketEcho is the doc's echo path end to end on loopback: a
// client writes 64 bytes and waits for the echo; the server is
// net.createServer + c.pipe(c). One op is one round trip.
func BenchmarkSocketEcho(b *testing.B) {
	benchScript(b, `
const net = require('net');
const N = +process.argv[2];
const server = net.createServer((c) => { c.write('hello\r\n'); c.pipe(c); });
server.listen(0, '127.0.0.1', () => {
  const msg = Buffer.alloc(64, 97);
  const client = net.connect(server.address().port, '127.0.0.1');
  let got = 0, greeted = false, trips = 0;
  client.on('data', (d) => {
    got += d.length;
    if (!greeted) { if (got < 7) return; greeted = true; got -= 7; }
    while (got >= 64) { got -= 64; trips++; }
    if (trips >= N) { client.destroy(); server.close(); return; }
    if (got === 0) client.write(msg);
  });
});
`)
}
