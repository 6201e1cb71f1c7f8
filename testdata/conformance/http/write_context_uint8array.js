// A response body written as another realm's Uint8Array (a vm context's):
// node's write checks the brand, not instanceof (Next.js pipes its
// middleware's edge-runtime Response bodies so).
const http = require('http');
const vm = require('vm');
const ctx = vm.createContext({});
const chunks = vm.runInContext('[new Uint8Array([102, 114, 111, 109, 32]), new Uint8Array([99, 116, 120])]', ctx);
const server = http.createServer((req, res) => {
  console.log('instanceof Uint8Array:', chunks[0] instanceof Uint8Array);
  res.write(chunks[0]);
  res.end(chunks[1]);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(res.statusCode, res.headers['transfer-encoding'], JSON.stringify(body));
      try {
        http.ServerResponse.prototype.write.call(new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 }), vm.runInContext('({ length: 1 })', ctx));
      } catch (e) {
        console.log(e.code);
      }
      server.close();
    });
  });
});
