package runtime_test

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// A script's UDP socket talks to a Go peer (net.ListenUDP): the peer sees
// the script's datagrams and the script gets the peer's replies with rinfo.
func TestDgramGoPeer(t *testing.T) {
	pc, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	go func() {
		buf := make([]byte, 2048)
		for {
			n, from, err := pc.ReadFromUDP(buf)
			if err != nil {
				return
			}
			pc.WriteToUDP(append([]byte("echo:"), buf[:n]...), from)
		}
	}()
	port := pc.LocalAddr().(*net.UDPAddr).Port
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	code, err := rt.RunScript(context.Background(), "peer.js", fmt.Sprintf(`
		const dgram = require('dgram');
		const s = dgram.createSocket('udp4');
		let n = 0;
		s.on('message', (msg, rinfo) => {
			console.log(msg.toString(), rinfo.address, rinfo.port === %[1]d, rinfo.size);
			if (++n === 2) s.close();
		});
		s.send('one', %[1]d, '127.0.0.1', (err, bytes) => {
			console.log('sent', err, bytes);
			s.connect(%[1]d, '127.0.0.1', () => s.send(['tw', 'o']));
		});
	`, port))
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	want := "sent null 3\necho:one 127.0.0.1 true 8\necho:two 127.0.0.1 true 8\n"
	if out.String() != want {
		t.Fatalf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}

// The embedder's AllowNet applies to UDP: binding and sending elsewhere
// fail with EACCES, as for TCP.
func TestDgramAllowNet(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, AllowNet: []string{"127.0.0.1:*"}})
	code, err := rt.RunScript(context.Background(), "allow.js", `
		const dgram = require('dgram');
		const denied = dgram.createSocket('udp4');
		denied.on('error', (e) => {
			console.log('bind denied', e.code, e.syscall);
			denied.close();
			const s = dgram.createSocket('udp4');
			s.bind(0, '127.0.0.1', () => {
				console.log('bind allowed');
				s.send('x', 9, '10.0.0.1', (err) => {
					console.log('send denied', err.code, err.syscall);
					s.on('message', (m) => { console.log('got', m.toString()); s.close(); });
					s.send('y', s.address().port, '127.0.0.1');
				});
			});
		});
		denied.bind(0, '0.0.0.0');
	`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
	want := "bind denied EACCES bind\nbind allowed\nsend denied EACCES send\ngot y\n"
	if !strings.EqualFold(out.String(), want) {
		t.Fatalf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}

// The UDP handle's methods survive hostile arguments (undefined, NaN,
// ±Infinity, wrong types, a foreign `this`): JS errors, never a Go panic.
func TestDgramHandleHostileArgs(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	code, err := rt.RunScript(context.Background(), "hostile.js", `
		const dgram = require('dgram');
		const s = dgram.createSocket('udp4');
		const h = s[Object.getOwnPropertySymbols(s).find((x) => String(x) === 'Symbol(state)')].handle;
		const vals = [undefined, null, NaN, Infinity, -Infinity, 1e300, -1, 'x', {}, [], () => {}, Symbol('s')];
		for (const name of Object.keys(Object.getPrototypeOf(h))) {
			if (name === 'close' || typeof h[name] !== 'function') continue;
			for (const a of vals) for (const b of vals) {
				try { h[name](a, b, a, b, a); } catch (e) {}
				try { h[name].call({}, a, b); } catch (e) {}
			}
		}
		h.recvStop();
		s.close(() => console.log('done'));
	`)
	if err != nil || code != 0 || out.String() != "done\n" {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
}

// send()'s fast path in the handle (sendFast and the flush function it
// returns) on a bound socket survives hostile arguments too, and a flush
// after close does nothing.
func TestDgramFastSendHostile(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	code, err := rt.RunScript(context.Background(), "hostile.js", `
		const dgram = require('dgram');
		const s = dgram.createSocket('udp4');
		s.bind(0, '127.0.0.1', () => {
			const h = s[Object.getOwnPropertySymbols(s).find((x) => String(x) === 'Symbol(state)')].handle;
			const port = s.address().port;
			const vals = [undefined, null, NaN, Infinity, -Infinity, 1e300, -1, 2 ** 31, 'x', '127.0.0.1', {}, [],
				Buffer.from('ab'), port, Symbol('s')];
			const flushes = [];
			for (const a of vals) for (const b of vals) for (const c of vals) {
				try { const f = h.sendFast(a, b, c, a, b); if (f) flushes.push(f); } catch (e) {}
				try { const f = h.sendFast(Buffer.from('xy'), port, '127.0.0.1', a, b); if (f) flushes.push(f); } catch (e) {}
			}
			for (const f of flushes.slice(0, 50)) f(1, 2);
			s.close(() => {
				for (const f of flushes) f();
				console.log('done', flushes.length > 0);
			});
		});
	`)
	if err != nil || code != 0 || out.String() != "done true\n" {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
}

// Datagrams delivered in one batch (loop.Batch) are still separate
// callbacks for the embedder's MaxCallbackTime: many slow ones in a burst
// are not one runaway callback.
func TestDgramBurstCallbackTime(t *testing.T) {
	var out bytes.Buffer
	rt, _ := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, MaxCallbackTime: 200 * time.Millisecond})
	code, err := rt.RunScript(context.Background(), "burst.js", `
		const dgram = require('dgram');
		const rx = dgram.createSocket('udp4');
		let n = 0;
		rx.on('message', () => {
			const end = Date.now() + 60;
			while (Date.now() < end);
			if (++n === 8) { console.log('all', n); rx.close(); tx.close(); }
		});
		const tx = dgram.createSocket('udp4');
		rx.bind(0, '127.0.0.1', () => {
			for (let i = 0; i < 8; i++) tx.send(Buffer.from('x'), rx.address().port, '127.0.0.1');
		});
	`)
	if err != nil || code != 0 || out.String() != "all 8\n" {
		t.Fatalf("exit %d, %v\n%s", code, err, out.String())
	}
}
