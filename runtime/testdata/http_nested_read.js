// A read on one socket that a handler of another's request runs (the
// handle's onread, nested in that socket's read after its response ended).
const http = require('http'); const net = require('net');
let s2, res2, s1, got1 = false, got2 = false;
const server = http.createServer((req, res) => {
  const u = req.url;
  console.log('request ' + u + ' on ' + (req.socket === s2 ? 's2' : 's1'));
  res.on('finish', () => console.log(u + ' finish'));
  if (u === '/w') { res.end('w'); return; }
  if (u === '/b') { res2 = res; return; }
  s1 = req.socket;
  res.end('a');
  const b = Buffer.from('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
  s2._handle.onread(b.length, b);
  console.log('after onread');
  process.nextTick(() => { console.log('tick after /a'); res2.end('b'); });
});
server.on('connection', (s) => { if (!s2) s2 = s; });
function done() {
  if (!got1 || !got2) return;
  setImmediate(() => {
    console.log(`pendingcb s1 ${s1._writableState.pendingcb} s2 ${s2._writableState.pendingcb}`);
    server.close(); c1.destroy(); c2.destroy();
  });
}
let c1, c2, all2 = '';
server.listen(0, () => {
  c2 = net.connect(server.address().port, () => c2.write('GET /w HTTP/1.1\r\nHost: x\r\n\r\n'));
  c2.on('data', (d) => {
    all2 += d;
    if (c1 === undefined) {
      c1 = net.connect(server.address().port, () => c1.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'));
      c1.on('data', () => { got1 = true; done(); });
    } else if (all2.endsWith('\r\n\r\nb')) { got2 = true; done(); }
  });
});
