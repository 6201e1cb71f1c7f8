// session.socket: a proxy whose setTimeout/ref/unref are the session's,
// whose methods that would disturb the session throw
// ERR_HTTP2_NO_SOCKET_MANIPULATION (on get and on set), and whose other
// properties read and write the socket's.
const h2 = require('http2');
const net = require('net');
const server = h2.createServer();
server.on('session', (session) => {
  const s = session.socket;
  console.log('instance', s instanceof net.Socket);
  for (const m of ['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write', 'setEncoding', 'setKeepAlive', 'setNoDelay']) {
    let code = 'none';
    try { s[m]; } catch (e) { code = e.code; }
    let setCode = 'none';
    try { s[m] = () => {}; } catch (e) { setCode = e.code; }
    console.log(m, code, setCode);
  }
  s.ref = function myRef() {};
  console.log('ref set on session', session.ref.name);
  s.custom = 42;
  console.log('custom on socket', session[Object.getOwnPropertySymbols(session).find((k) => String(k) === 'Symbol(socket)')]?.custom ?? s.custom);
  console.log('remotePort', typeof s.remotePort);
  session.close();
  server.close();
});
server.listen(0, () => {
  const client = h2.connect(`http://localhost:${server.address().port}`);
  client.on('error', () => {});
  client.on('close', () => console.log('client closed'));
});
