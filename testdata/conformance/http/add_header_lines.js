// IncomingMessage._addHeaderLines adds lines to a headers or trailers object
// that is already there (set by a script, or read before), and leaves one not
// yet made to be made from the raw lines.
const http = require('http');

const a = new http.IncomingMessage();
a.headers = { key1: 'value1' };
a._addHeaderLines(['Key2', 'value2', 'key1', 'again'], 4);
console.log('set then added', JSON.stringify(a.headers), JSON.stringify(a.rawHeaders));

const b = new http.IncomingMessage();
b._addHeaderLines(['Host', 'x', 'Accept', 'a', 'accept', 'b'], 6);
console.log('lazy', JSON.stringify(b.headers));

const c = new http.IncomingMessage();
console.log('read first', JSON.stringify(c.trailers));
c.complete = true;
c._addHeaderLines(['X-T', '1'], 2);
console.log('trailers after read', JSON.stringify(c.trailers), JSON.stringify(c.rawTrailers));

const d = new http.IncomingMessage();
d.trailers = { t: 'set' };
d.complete = true;
d._addHeaderLines([], 0);
console.log('empty lines', JSON.stringify(d.trailers), JSON.stringify(d.rawTrailers));

// A server's request whose headers a script replaced in 'request'
const server = http.createServer((req, res) => {
  req.headers = { replaced: 'yes' };
  req.on('end', () => {
    console.log('request', JSON.stringify(req.headers), JSON.stringify(req.trailers));
    res.end('ok');
  });
  req.resume();
});
server.listen(0, '127.0.0.1', () => {
  const r = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', headers: { 'Transfer-Encoding': 'chunked', Trailer: 'x-tr' } }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  r.addTrailers({ 'x-tr': 'v' });
  r.end('body');
});
