package runtime_test

import "testing"

// ssh2App runs an ssh2 server and client in one script with
// chacha20-poly1305, whose Poly1305 ssh2 computes in WebAssembly
// (emscripten's output, instantiated with WebAssembly.instantiate).
const ssh2App = `
const { Server, Client, utils } = require('ssh2');
const hostKey = utils.generateKeyPairSync('ed25519').private;
const algorithms = { cipher: ['chacha20-poly1305@openssh.com'] };
const server = new Server({ hostKeys: [hostKey], algorithms }, (client) => {
  client.on('authentication', (ctx) => ctx.accept()).on('ready', () => {
    client.on('session', (accept) => {
      accept().once('exec', (accept, reject, info) => {
        const stream = accept();
        stream.write('ran: ' + info.command + '\n' + 'x'.repeat(100000).length + '\n');
        stream.exit(0);
        stream.end();
      });
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const conn = new Client();
  let out = '';
  conn.on('ready', () => {
    conn.exec('uptime', (err, stream) => {
      if (err) throw err;
      stream.on('close', (code) => { console.log(out.trim(), 'exit', code); conn.end(); server.close(); })
        .on('data', (d) => { out += d; });
    });
  }).on('handshake', (n) => console.log('cipher', n.cs.cipher))
    .connect({ host: '127.0.0.1', port: server.address().port, username: 'u', password: 'p', algorithms });
});
`

func TestSSH2WebAssembly(t *testing.T) {
	runPackageApp(t, ssh2App, "ssh2@1")
}

// mongoApp loads the mongodb driver (whatwg-url takes %AsyncIteratorPrototype%
// through an async generator function; bson's ObjectId class has a static
// arrow and block) and fails to reach a server that is not there, as node.
const mongoApp = `
const { MongoClient, ObjectId } = require('mongodb');
const id = new ObjectId('64b7f0c2a1b2c3d4e5f60718');
console.log(id.toHexString(), id.getTimestamp().toISOString(), ObjectId.isValid('zz'));
const client = new MongoClient('mongodb://127.0.0.1:1/db', { serverSelectionTimeoutMS: 300 });
client.connect().then(() => console.log('connected?'), (e) => console.log(e.name, e.message.split(' ')[0]));
`

func TestMongoDBLoads(t *testing.T) {
	runPackageApp(t, mongoApp, "mongodb@6")
}

// undiciApp drives undici's request and fetch against an http server in
// the same script: undici parses HTTP with llhttp compiled to WebAssembly,
// loads worker_threads, and its PoolBase has class fields goja
// miscompiles unless lowered.
const undiciApp = `
const http = require('http');
const { request, fetch } = require('undici');
const server = http.createServer((req, res) => { res.setHeader('x-a', 'b'); res.end('hello ' + req.url); });
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const r = await request('http://127.0.0.1:' + port + '/one');
  console.log(r.statusCode, r.headers['x-a'], await r.body.text());
  const f = await fetch('http://127.0.0.1:' + port + '/two', { method: 'POST', body: 'x' });
  console.log(f.status, f.headers.get('content-length'), await f.text());
  server.close();
  process.exit(0);
});
`

func TestUndici(t *testing.T) {
	runPackageApp(t, undiciApp, "undici@6")
}
