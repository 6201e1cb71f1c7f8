// http's diagnostics channels, in order with the events around them: the
// server's request.start (before 'request') and response.finish (before
// the response's 'finish' listeners the script added), the client's
// request.start (when the request ends), response.finish (when the response
// head arrives, before 'response') and request.error (before 'error').
const http = require('http');
const dc = require('diagnostics_channel');

const log = (...a) => console.log(...a);
dc.subscribe('http.server.request.start', ({ request, response, socket, server }) => {
  log('dc server.request.start', request.url, response instanceof http.ServerResponse,
    socket === request.socket, server instanceof http.Server);
});
dc.subscribe('http.server.response.finish', ({ request, response, socket, server }) => {
  log('dc server.response.finish', request.url, response.statusCode,
    socket === request.socket, server instanceof http.Server);
});
dc.subscribe('http.client.request.start', ({ request }) => {
  log('dc client.request.start', request.path, request instanceof http.ClientRequest);
});
dc.subscribe('http.client.response.finish', ({ request, response }) => {
  log('dc client.response.finish', request.path, response.statusCode,
    response instanceof http.IncomingMessage);
});
dc.subscribe('http.client.request.error', ({ request, error }) => {
  log('dc client.request.error', request.path, error.code);
});

const server = http.createServer((req, res) => {
  log('server request', req.url);
  res.on('finish', () => log('server finish', req.url));
  if (req.url === '/hangup') {
    req.socket.destroy();
    return;
  }
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const req = http.request({ port, host: '127.0.0.1', path: '/a', method: 'POST' }, (res) => {
    log('client response', res.statusCode);
    res.resume();
    res.on('end', () => {
      log('client end');
      const r2 = http.get({ port, host: '127.0.0.1', path: '/hangup' });
      r2.on('error', (e) => {
        log('client error', e.code);
        server.close(() => {
          const r3 = http.get({ port, host: '127.0.0.1', path: '/refused', agent: false });
          r3.on('error', (e) => log('client error', e.code));
        });
      });
    });
  });
  log('request made');
  req.write('x');
  log('written');
  req.end();
  log('ended');
});
