// server.listen() argument validation: node's classes, codes and messages.
const net = require('net');
function attempt(label, fn) {
  const server = new net.Server();
  server.on('error', () => {});
  try {
    fn(server);
    console.log(label, 'ok', server.listening);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
  server.close();
}
attempt('{}', (s) => s.listen({}));
attempt('{ foo: 1 }', (s) => s.listen({ foo: 1 }));
attempt('port -1', (s) => s.listen(-1));
attempt('port 65536', (s) => s.listen(65536));
attempt('options.port 70000', (s) => s.listen({ port: 70000 }));
attempt('port NaN', (s) => s.listen({ port: NaN }));
attempt('port true', (s) => s.listen(true));
attempt('options.port true', (s) => s.listen({ port: true }));
attempt('port 1.5', (s) => s.listen(1.5));
attempt('port "  "', (s) => s.listen({ port: '  ' }));
attempt('path number', (s) => s.listen({ path: 5 }));
attempt('fd negative', (s) => s.listen({ fd: -5 }));
attempt('signal not a signal', (s) => s.listen({ port: 0, signal: 5 }));
attempt('host number', (s) => s.listen({ port: 0, host: 5 }));
attempt('port 0', (s) => s.listen(0));
attempt('port "0"', (s) => s.listen('0'));
attempt('no arguments', (s) => s.listen());
attempt('null', (s) => s.listen(null));
attempt('{ port: undefined }', (s) => s.listen({ port: undefined }));
attempt('twice', (s) => { s.listen(0); s.listen(0); });
