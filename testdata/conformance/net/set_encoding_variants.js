// setEncoding with hex, base64 and latin1... as strings cross chunk boundaries.
const net = require('net');
const payload = Buffer.from([0xe2, 0x82, 0xac, 0x41, 0x42, 0xff, 0x00, 0x7f]);
const encodings = ['hex', 'base64', 'utf8', 'utf16le'];
let i = 0;
const server = net.createServer((c) => {
  let k = 0;
  (function drip() {
    if (k < payload.length) {
      c.write(payload.subarray(k, k + 1));
      k++;
      setTimeout(drip, 2);
    } else {
      c.end();
    }
  })();
});
server.listen(0, '127.0.0.1', next);
function next() {
  if (i === encodings.length) {
    server.close();
    return;
  }
  const enc = encodings[i++];
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding(enc);
  let text = '';
  c.on('data', (d) => { text += d; });
  c.on('end', () => {
    console.log(enc, JSON.stringify(text));
    next();
  });
}
