// An onticketkeycallback answer whose reading throws (an index getter): the
// error is uncaught, as the callback's own throw, and the handshake fails
// (the client gets an error and both sides close) instead of hanging.
const tls = require('tls'), fs = require('fs'), path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'), maxVersion: 'TLSv1.2' }, (s) => s.end('x'));
server._sharedCreds.context.enableTicketKeyCallback();
server._sharedCreds.context.onticketkeycallback = function () {
  const a = [1, Buffer.alloc(16), Buffer.alloc(16), Buffer.alloc(16), Buffer.alloc(16)];
  Object.defineProperty(a, '1', { get() { throw new Error('getter boom'); } });
  return a;
};
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, rejectUnauthorized: false });
  let failed = false;
  c.on('error', () => { failed = true; });
  c.on('data', () => {});
  c.on('close', () => { console.log('client failed:', failed); server.close(); });
});
