// TLSSocket over a Duplex that is not a net.Socket: its handle shows the
// JSStreamSocket carrying it (_parentWrap), whose class http2-wrapper (got)
// takes to make sockets of streams; two of them over a duplex pair talk.
const tls = require('tls'), stream = require('stream');
const JSStreamSocket = (new tls.TLSSocket(new stream.PassThrough()))._handle._parentWrap.constructor;
console.log(JSStreamSocket.name, typeof JSStreamSocket);
const { Duplex } = stream;
// A loopback duplex pair: what one side writes the other reads.
function pair() {
  let a, b;
  a = new Duplex({ read() {}, write(c, e, cb) { b.push(c); cb(); }, final(cb) { b.push(null); cb(); } });
  b = new Duplex({ read() {}, write(c, e, cb) { a.push(c); cb(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}
const [x, y] = pair();
const sx = new JSStreamSocket(x), sy = new JSStreamSocket(y);
sy.setEncoding('utf8');
sy.on('data', (d) => { console.log('y got', d); sy.write(d.toUpperCase()); sy.end(); });
sy.on('end', () => console.log('y end'));
sx.on('data', (d) => console.log('x got', String(d)));
sx.on('end', () => { console.log('x end'); });
sx.on('close', () => console.log('x close'));
sx.write('hello', () => console.log('x write cb'));
sx.end();
console.log(sx instanceof require('net').Socket, sx.readyState);
