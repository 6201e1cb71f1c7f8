// HTTP hello world for `netbench http` (the same file runs under node).
const http = require('http');
const port = Number(process.env.PORT || 8124);
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World\n');
}).listen(port, '127.0.0.1', () => console.log('server bound'));
