// http's command-line options and NODE_DEBUG=http, through child processes
// of the same runtime: --max-http-header-size sets http.maxHeaderSize and
// the parsers' limit, --insecure-http-parser makes parsers lenient, and
// NODE_DEBUG=http logs with node's warning about sensitive data (once).
const { spawnSync } = require('child_process');
const http = require('http');

console.log('default', http.maxHeaderSize);
const run = (args, env) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
console.log('flag', run(['--max-http-header-size=10', '-p', 'http.maxHeaderSize']).stdout.trim());
console.log('flag apart', run(['--max-http-header-size', '2048', '-p', 'http.maxHeaderSize']).stdout.trim());

// a server under a 100-byte limit answers 431 to a request with a longer header
const serverScript = `
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok:' + req.headers.x.length));
server.listen(0, '127.0.0.1', () => {
  const send = (n, cb) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end('GET / HTTP/1.1\\r\\nHost: a\\r\\nX: ' + 'y'.repeat(n) + '\\r\\n\\r\\n');
    });
    let out = '';
    c.on('data', (d) => out += d);
    c.on('close', () => { console.log(n, out.split('\\r\\n')[0], out.endsWith('ok:' + n)); cb(); });
  };
  send(10, () => send(200, () => server.close()));
});`;
console.log(run(['--max-http-header-size=100', '-e', serverScript]).stdout.trim());

// lenient parsing: a bare LF in a header line is refused unless lenient
const lenientScript = `
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('fine'));
server.on('clientError', (e, s) => { console.log('clientError', e.code); s.destroy(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('GET / HTTP/1.1\\r\\nHost: a\\r\\nX: a\\x01b\\r\\n\\r\\n');
  });
  let out = '';
  c.on('data', (d) => out += d);
  c.on('close', () => { console.log(JSON.stringify(out.split('\\r\\n')[0])); server.close(); });
});`;
console.log(run(['-e', lenientScript]).stdout.trim());
console.log(run(['--insecure-http-parser', '-e', lenientScript]).stdout.trim());

const dbg = run(['-e', `
const http = require('http');
const s = http.createServer((req, res) => res.end('x')).listen(0, '127.0.0.1', () => {
  http.get({ port: s.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => s.close());
  });
});`], { NODE_DEBUG: 'http' });
const warning = /Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data \(such as passwords, tokens and authentication headers\) in the resulting log\./g;
console.log('warnings', (dbg.stderr.match(warning) || []).length);
console.log('server log', /HTTP \d+: SERVER new http connection/.test(dbg.stderr));
console.log('end log', /HTTP \d+: outgoing message end\./.test(dbg.stderr));
