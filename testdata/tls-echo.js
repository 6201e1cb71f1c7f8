// The docs' echo server over TLS, for netbench's -tls measures (node and
// gojanet run this same file): greets with "hello\r\n" and echoes. The
// certificate and key come from TLS_CERT / TLS_KEY (netbench compare -tls
// writes them). PORT (netbench compare -addr) moves it off 8124.
const tls = require('tls');
const fs = require('fs');

const server = tls.createServer({
  cert: fs.readFileSync(process.env.TLS_CERT),
  key: fs.readFileSync(process.env.TLS_KEY),
}, (c) => {
  c.on('error', () => {});
  c.write('hello\r\n');
  c.pipe(c);
});

server.listen(Number(process.env.PORT || 8124), () => {
  console.log('server bound');
});
