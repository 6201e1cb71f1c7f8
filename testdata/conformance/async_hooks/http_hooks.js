// HTTP resources: a server request runs in an HTTPINCOMINGMESSAGE resource
// triggered by its socket's TCPWRAP, a client response in the request's
// HTTPCLIENTREQUEST; body events run in the ticks the streams schedule.
// An AsyncLocalStorage store set around http.request is seen in the
// response and its body events; executionAsyncResource() carries what a
// request handler stores on it to the timer it starts.
const ah = require('async_hooks');
const http = require('http');

const types = new Map([[1, 'top']]);
const lines = [];
const sym = Symbol('state');
ah.createHook({
  init(id, type, trigger, resource) {
    types.set(id, type);
    resource[sym] = ah.executionAsyncResource()[sym];
    if (type !== 'TickObject' && type !== 'PROMISE' && type !== 'DNSCHANNEL' && type !== 'Timeout') {
      lines.push(`init ${type} <- ${types.get(trigger)}`);
    }
  },
}).enable();
const als = new ah.AsyncLocalStorage();
const where = () => types.get(ah.executionAsyncId());

const server = http.createServer((req, res) => {
  lines.push(`request ${req.url} in ${where()}`);
  ah.executionAsyncResource()[sym] = req.url;
  setTimeout(() => {
    res.end(`state ${ah.executionAsyncResource()[sym]}`);
  }, 5);
});
server.listen(0, '127.0.0.1', () => {
  als.run('client store', () => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/one' }, (res) => {
      lines.push(`response in ${where()} store=${als.getStore()}`);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        lines.push(`end store=${als.getStore()} body=${body}`);
        server.close();
      });
    });
  });
});
process.on('exit', () => console.log(lines.join('\n')));
