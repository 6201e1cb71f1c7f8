// Parsers are pooled as node pools them: requests that take turns on one
// keep-alive socket get the same parser (the one the last response gave back),
// and the pool hands parsers to new connections too.
const http = require('http');
const server = http.createServer((req, res) => res.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  const seen = [];
  let done = 0;
  for (let i = 0; i < 4; i++) {
    http.get({ port, host: '127.0.0.1', agent }, (res) => {
      seen.push(res.req.parser);
      console.log('response', i, res.statusCode, typeof res.req.parser);
      res.resume();
      res.on('end', () => {
        if (++done === 4) {
          console.log('one parser:', seen.every((p) => p === seen[0]));
          agent.destroy();
          server.close(() => console.log('closed'));
        }
      });
    });
  }
});
