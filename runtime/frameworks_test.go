package runtime_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// expressApp is an Express hello world with a route parameter, a JSON body
// (express.json()) and the 404 page, driven by node's http client from the
// same script.
const expressApp = `
const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
app.get('/', (req, res) => res.send('Hello World!'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query }));
app.post('/echo', (req, res) => res.status(201).json(req.body));
const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (path, opts = {}, body) => new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path, ...opts }, (res) => {
      let t = ''; res.setEncoding('utf8'); res.on('data', (d) => t += d);
      res.on('end', () => resolve(res.statusCode + ' ' + res.headers['content-type'] + ' ' + t.length + ' ' + t.slice(0, 40)));
    });
    req.end(body);
  });
  console.log(await get('/'));
  console.log(await get('/users/42?x=1'));
  console.log(await get('/missing'));
  console.log(await get('/echo', { method: 'POST', headers: { 'content-type': 'application/json' } }, JSON.stringify({ a: [1, 'two', null] })));
  server.close();
  http.globalAgent.destroy();
});
`

// TestExpress installs express 4 from the npm registry (never committed) and
// runs expressApp under gojanet and under node; the outputs must match.
func TestExpress(t *testing.T) {
	runPackageApp(t, expressApp, "express@4")
}

// wsApp is a WebSocket echo server and client from the ws package, with
// permessage-deflate: text, binary and a 100 kB message, then the closing
// handshake (whose 'close' needs a Writable ended inside its own _write to
// finish, as ws's Receiver is).
const wsApp = `
const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: true });
wss.on('connection', (ws, req) => {
  console.log('server: connection', req.url);
  ws.on('message', (data, isBinary) => ws.send(isBinary ? data : 'echo:' + data));
  ws.on('close', (code, reason) => console.log('server: close', code, String(reason)));
});
wss.on('listening', () => {
  const ws = new WebSocket('ws://127.0.0.1:' + wss.address().port + '/path?q=1', { perMessageDeflate: true });
  const got = [];
  ws.on('open', () => { ws.send('hello'); ws.send(Buffer.from([1, 2, 3])); ws.send('x'.repeat(100000)); });
  ws.on('message', (d, bin) => {
    got.push(bin ? [...d] : String(d).slice(0, 20) + ' ' + String(d).length);
    if (got.length === 3) { console.log(JSON.stringify(got)); ws.close(1000, 'bye'); }
  });
  ws.on('close', (code, reason) => { console.log('client: close', code, String(reason)); wss.close(() => console.log('closed')); });
});
`

// TestWebSocketWS runs wsApp (ws 8 from the npm registry) under gojanet
// and node; the outputs must match.
func TestWebSocketWS(t *testing.T) {
	runPackageApp(t, wsApp, "ws@8")
}

// koaApp is a Koa 3 app (its response code checks bodies against the
// global ReadableStream) with a middleware that runs after the handler.
const koaApp = `
const Koa = require('koa');
const http = require('http');
const app = new Koa();
app.use(async (ctx, next) => { await next(); ctx.set('X-After', 'yes'); });
app.use(async (ctx) => {
  if (ctx.path === '/stream') ctx.body = new Blob(['from ', 'a blob']).stream();
  else ctx.body = { path: ctx.path, q: ctx.query };
});
const server = app.listen(0, '127.0.0.1', async () => {
  for (const path of ['/a/b?c=1', '/stream']) {
    await new Promise((resolve) => http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let t = ''; res.on('data', (d) => t += d);
      res.on('end', () => { console.log(res.statusCode, res.headers['x-after'], res.headers['content-type'], t); resolve(); });
    }));
  }
  server.close();
});
`

// TestKoa runs koaApp (koa 3 from the npm registry) under gojanet and node.
func TestKoa(t *testing.T) {
	runPackageApp(t, koaApp, "koa@3")
}

// pinoApp logs through pino (which loads worker_threads for its transports
// at require time): levels, child bindings, serializers, an error object,
// into a stream the script prints (pino's default destination writes fd 1
// directly, outside the runtime's Stdout). Transports (pino.transport) do
// not run yet: thread-stream's worker loads real-require, whose
// new Function('return import(...)') goja cannot parse.
const pinoApp = `
const pino = require('pino');
const { Writable } = require('stream');
const lines = [];
const sink = new Writable({ write(chunk, enc, cb) { lines.push(String(chunk).trim()); cb(); } });
const logger = pino({ base: null, timestamp: false, level: 'debug' }, sink);
logger.info({ a: 1, nested: { b: [1, 2] } }, 'hello %s', 'world');
logger.debug('debug line');
logger.trace('not shown');
const child = logger.child({ req: 7 }, { msgPrefix: '[child] ' });
child.warn('from child');
const err = new Error('boom');
err.stack = 'Error: boom (stack elided)';
logger.error({ err }, 'failed');
setImmediate(() => console.log(lines.join('\n')));
`

// TestPino runs pinoApp (pino 9 from the npm registry) under gojanet and node.
func TestPino(t *testing.T) {
	runPackageApp(t, pinoApp, "pino@9")
}

// pinoTransportApp logs through a pino transport: thread-stream runs the
// target in a worker (loaded with import() from a Function body), shares a
// SharedArrayBuffer with it and waits with Atomics.waitAsync.
const pinoTransportApp = `
const pino = require('pino');
const fs = require('fs');
const path = require('path');
const dest = path.join(require('os').tmpdir(), 'pino-transport-' + process.pid + '.log');
const transport = pino.transport({ targets: [{ target: 'pino/file', options: { destination: dest }, level: 'info' }] });
const logger = pino({ base: null, timestamp: false }, transport);
logger.info({ a: 1 }, 'hello');
logger.warn('second');
logger.debug('not shown');
transport.on('ready', () => console.log('transport ready'));
setTimeout(() => {
  transport.end();
  setTimeout(() => {
    console.log(fs.readFileSync(dest, 'utf8').trim());
    fs.unlinkSync(dest);
  }, 500);
}, 300);
`

func TestPinoTransport(t *testing.T) {
	runPackageApp(t, pinoTransportApp, "pino@9")
}

const fastifyApp = `
const fastify = require('fastify')();
fastify.get('/', async (req, reply) => ({ hello: 'world', url: req.url }));
fastify.listen({ port: 0, host: '127.0.0.1' }, (err, address) => {
  if (err) throw err;
  require('http').get(address + '/?a=1', (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(res.statusCode, res.headers['content-type'], body); fastify.close(); });
  });
});
`

// TestFastify runs fastifyApp (fastify 4, HTTP/1 by default; it requires
// http2 at load) under gojanet and node.
func TestFastify(t *testing.T) {
	runPackageApp(t, fastifyApp, "fastify@4")
}

// gotApp requests a local server through got 14 (ES module only, loaded
// with import(); its @sindresorhus/is builds an Intl.ListFormat at load):
// JSON, a POST with a JSON body, a hook's error.
const gotApp = `
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ method: req.method, path: req.url, body })); });
});
server.listen(0, '127.0.0.1', async () => {
  const { default: got } = await import('got');
  const base = 'http://127.0.0.1:' + server.address().port;
  console.log(await got(base + '/hello').json());
  const r = await got.post(base + '/p', { json: { a: 1 } });
  console.log(r.statusCode, r.headers['content-type'], r.body);
  try {
    await got(base + '/x', { retry: { limit: 0 }, hooks: { beforeRequest: [() => { throw new Error('hooked'); }] } });
  } catch (e) { console.log(e.name, e.message); }
  server.close();
});
`

// TestGot runs gotApp (got 14 from the npm registry) under gojanet and node.
func TestGot(t *testing.T) {
	runPackageApp(t, gotApp, "got@14")
}

// runPackageApp installs packages with npm into a scratch directory (never
// committed), runs app there under gojanet and, when node is on PATH, under
// node: the outputs must match. It skips without npm or the registry, and
// while a builtin the packages load is still missing (it names the builtin).
func runPackageApp(t *testing.T, app string, packages ...string) {
	t.Helper()
	runPackageAppWithin(t, 60*time.Second, app, packages...)
}

// runPackageAppWithin is runPackageApp with its own bound on each run (a
// tool that compiles its whole self, as TypeScript or jest's Babel, takes
// minutes under -race).
func runPackageAppWithin(t *testing.T, limit time.Duration, app string, packages ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm not installed")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	args := append([]string{"install", "--no-audit", "--no-fund", "--silent", "--prefix", dir}, packages...)
	install := exec.CommandContext(ctx, npm, args...)
	install.Env = append(os.Environ(), "npm_config_update_notifier=false")
	if out, err := install.CombinedOutput(); err != nil {
		t.Skipf("npm install %v failed (registry unreachable?): %v\n%s", packages, err, out)
	}
	script := filepath.Join(dir, "app.js")
	if err := os.WriteFile(script, []byte(app), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, Dir: dir, Args: []string{script}})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, runCancel := context.WithTimeout(context.Background(), limit)
	defer runCancel()
	code, err := rt.RunFile(runCtx, script)
	if m := regexp.MustCompile(`Cannot find module '([a-z_]+)'`).FindStringSubmatch(errOut.String()); m != nil {
		t.Skipf("%v needs the builtin %q, not yet in gojanet", packages, m[1])
	}
	if err != nil || code != 0 {
		t.Fatalf("exit %d %v\nstdout:\n%s\nstderr:\n%s", code, err, out.String(), errOut.String())
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Logf("node not on PATH; gojanet printed:\n%s", out.String())
		return
	}
	cmd := exec.CommandContext(runCtx, node, script)
	cmd.Dir = dir
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	if out.String() != string(want) {
		t.Fatalf("gojanet differs from node\n--- node\n%s\n--- gojanet\n%s", want, out.String())
	}
}

// restifyApp is restify 11 (which loads spdy: process.binding('stream_wrap'),
// 'uv' and 'http_parser' at require time) with a route and a JSON body, and
// spdy 4 serving HTTP/2 to curl over TLS: handle-thing's JS stream handle
// reports reads through streamBaseState, and http-deceiver hands each
// stream's request to the socket's HTTP parser through node's callback slots.
const restifyApp = `
const restify = require('restify');
const spdy = require('spdy');
const http = require('http');
const fs = require('fs');
const { execFile } = require('child_process');
const fixtures = process.env.GOJANET_TLS_FIXTURES;
const server = restify.createServer();
server.use(restify.plugins.queryParser());
server.use(restify.plugins.bodyParser());
server.get('/echo/:name', (req, res, next) => { res.send({ name: req.params.name, q: req.query }); next(); });
server.post('/b', (req, res, next) => { res.send(201, req.body); next(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get('http://127.0.0.1:' + port + '/echo/al?z=9', (r) => {
    let t = '';
    r.on('data', (d) => t += d);
    r.on('end', () => {
      console.log(r.statusCode, t);
      const q = http.request({ port, host: '127.0.0.1', path: '/b', method: 'POST', headers: { 'content-type': 'application/json' } }, (r2) => {
        let t2 = '';
        r2.on('data', (d) => t2 += d);
        r2.on('end', () => { console.log(r2.statusCode, t2); server.close(h2); });
      });
      q.end('{"k":[1,2]}');
    });
  });
});
function h2() {
  const s = spdy.createServer({ key: fs.readFileSync(fixtures + '/server-key.pem'), cert: fs.readFileSync(fixtures + '/server-cert.pem') }, (req, res) => {
    let b = '';
    req.on('data', (d) => b += d);
    req.on('end', () => {
      res.setHeader('x-proto', req.isSpdy ? 'spdy:' + req.spdyVersion : 'http1');
      res.end('hello ' + req.method + ' ' + req.url + ' ' + b + '\n');
    });
  });
  s.listen(0, '127.0.0.1', () => {
    const url = 'https://127.0.0.1:' + s.address().port + '/p?q=1';
    execFile('curl', ['-sk', '--http2', '-D', '-', '-d', 'body', url], (err, out) => {
      console.log(err, out.replace(/date: .*\r\n/, '').replace(/\r/g, ''));
      execFile('curl', ['-sk', '--http1.1', url], (err2, out2) => {
        console.log(err2, out2);
        s.close();
        process.exit(0);
      });
    });
  });
}
`

// TestRestifySpdy runs restifyApp (restify 11, spdy 4, curl's HTTP/2)
// under gojanet and node.
func TestRestifySpdy(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl not installed")
	}
	fixtures, err := filepath.Abs("../testdata/conformance/tls/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOJANET_TLS_FIXTURES", fixtures)
	runPackageApp(t, restifyApp, "restify@11", "spdy@4")
}

// mqttApp is an MQTT broker (aedes 1, an ES module package whose memory
// persistence must be an AsyncFunction) and an mqtt client: subscribe,
// publish with QoS 1, the message back, a clean shutdown.
const mqttApp = `
const net = require('net');
(async () => {
  const { Aedes } = require('aedes');
  const mqtt = require('mqtt');
  const broker = await Aedes.createBroker();
  const server = net.createServer(broker.handle);
  server.listen(0, '127.0.0.1', () => {
    const c = mqtt.connect('mqtt://127.0.0.1:' + server.address().port);
    c.on('connect', () => { console.log('connected'); c.subscribe('t/#', () => c.publish('t/a', 'hello', { qos: 1 })); });
    c.on('message', (topic, msg) => {
      console.log('message', topic, String(msg));
      c.end(() => broker.close(() => server.close(() => console.log('closed'))));
    });
  });
})();
`

// TestMQTTAedes runs mqttApp (aedes 1 and mqtt 5) under gojanet and node.
func TestMQTTAedes(t *testing.T) {
	runPackageApp(t, mqttApp, "aedes@1", "mqtt@5")
}

// terminalApp uses what command-line tools use: string-width (an ES module
// whose regex has the v flag and Unicode property escapes), emoji-regex
// (surrogate alternatives under global matching), strip-ansi and yargs 18
// (required as an ES module through its 'module.exports' export).
const terminalApp = `
(async () => {
  const { default: stringWidth } = await import('string-width');
  const { default: emojiRegex } = await import('emoji-regex');
  const { default: stripAnsi } = await import('strip-ansi');
  const yargs = require('yargs');
  console.log(['abc', '古池', '\u001B[1m古\u001B[22m', '👨‍👩‍👧‍👦', '🇫🇷', 'a\u0301', '\u200B'].map((s) => stringWidth(s)).join(' '));
  console.log(JSON.stringify('x 👍🏽 🇫🇷 👩🏿‍💻 ❤️ y'.match(emojiRegex())));
  console.log(stripAnsi('\u001B[4mUnicorn\u001B[0m'));
  const argv = yargs(['--name', 'bob', 'serve', '-p', '80']).command('serve', 'serve it', (y) => y.option('p', { type: 'number' })).parse();
  console.log(typeof yargs, argv.name, argv.p, argv._);
})();
`

// TestTerminalPackages runs terminalApp under gojanet and node.
func TestTerminalPackages(t *testing.T) {
	runPackageApp(t, terminalApp, "string-width@8", "emoji-regex@11", "strip-ansi@7", "yargs@18")
}

// honoApp serves a Hono app through @hono/node-server (web-standard
// Request/Response over node's http): a path parameter and query, JSON, a
// middleware passing a value with c.set/c.get (Context's `set` is an arrow
// class field), a POST body, the 404 and onError answers, fetched with the
// global fetch.
const honoApp = `
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const app = new Hono();
app.use('*', async (c, next) => { c.set('who', 'middleware'); await next(); c.header('x-seen', '1'); });
app.get('/h/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q'), who: c.get('who') }));
app.post('/echo', async (c) => c.text('got ' + (await c.req.text())));
app.get('/boom', () => { throw new Error('boom'); });
app.onError((err, c) => c.text('handled ' + err.message, 500));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
  const base = 'http://127.0.0.1:' + info.port;
  const r1 = await fetch(base + '/h/7?q=x');
  console.log(r1.status, r1.headers.get('content-type'), r1.headers.get('x-seen'), await r1.json());
  const r2 = await fetch(base + '/echo', { method: 'POST', body: 'body!' });
  console.log(r2.status, await r2.text());
  const r3 = await fetch(base + '/nope');
  console.log(r3.status, await r3.text());
  const r4 = await fetch(base + '/boom');
  console.log(r4.status, await r4.text());
  server.close(() => console.log('closed'));
});
`

// TestHono runs honoApp (hono 4 and @hono/node-server 1) under gojanet and node.
func TestHono(t *testing.T) {
	runPackageApp(t, honoApp, "hono@4", "@hono/node-server@1")
}

// socketIOApp is a socket.io server and its client over the websocket
// transport and over long-polling (then upgraded): an event with an
// acknowledgement, a broadcast to a room, disconnection.
const socketIOApp = `
const { Server } = require('socket.io');
const { io } = require('socket.io-client');
const server = new Server(0);
const port = server.httpServer.address().port;
server.on('connection', (s) => {
  s.join('room');
  s.on('hello', (m, ack) => ack('ack:' + m));
  s.on('shout', (m) => server.to('room').emit('heard', m));
});
function client(transports) {
  return new Promise((resolve) => {
    const c = io('http://127.0.0.1:' + port, { transports });
    c.on('connect_error', (e) => console.log('connect_error', e.message));
    c.on('connect', () => {
      c.emit('hello', transports.join('+'), (r) => {
        console.log(r);
        c.once('heard', (m) => { console.log('heard', m); c.close(); resolve(); });
        c.emit('shout', 'from ' + transports.join('+'));
      });
    });
  });
}
(async () => {
  await client(['websocket']);
  await client(['polling', 'websocket']);
  server.close(() => console.log('closed'));
})();
`

// TestSocketIO runs socketIOApp (socket.io 4 and its client) under gojanet
// and node: engine.io's HTTP long-polling and its upgrade to a WebSocket.
func TestSocketIO(t *testing.T) {
	runPackageApp(t, socketIOApp, "socket.io@4", "socket.io-client@4")
}

// nestApp is a NestJS application as TypeScript compiles it (decorators and
// design:paramtypes metadata through tslib-style helpers): a controller with
// a path parameter and a JSON body, a service injected by constructor type,
// Nest's 404 answer, over the Express platform, fetched with the global fetch.
const nestApp = `
"use strict";
var __decorate = function (decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = function (k, v) { return Reflect.metadata(k, v); };
var __param = function (i, decorator) { return function (target, key) { decorator(target, key, i); }; };
require("reflect-metadata");
const core = require("@nestjs/core");
const common = require("@nestjs/common");
let AppService = class AppService { hello(name) { return { hello: name }; } };
AppService = __decorate([common.Injectable()], AppService);
let AppController = class AppController {
  constructor(svc) { this.svc = svc; }
  get(name) { return this.svc.hello(name); }
  post(body) { return { got: body }; }
};
__decorate([common.Get(':name'), __param(0, common.Param('name')), __metadata("design:type", Function), __metadata("design:paramtypes", [String])], AppController.prototype, "get", null);
__decorate([common.Post(), __param(0, common.Body()), __metadata("design:type", Function), __metadata("design:paramtypes", [Object])], AppController.prototype, "post", null);
AppController = __decorate([common.Controller('hi'), __metadata("design:paramtypes", [AppService])], AppController);
let AppModule = class AppModule {};
AppModule = __decorate([common.Module({ controllers: [AppController], providers: [AppService] })], AppModule);
(async () => {
  const app = await core.NestFactory.create(AppModule, { logger: false });
  await app.listen(0);
  const base = 'http://127.0.0.1:' + app.getHttpServer().address().port;
  const r1 = await fetch(base + '/hi/bob');
  console.log(r1.status, await r1.text());
  const r2 = await fetch(base + '/hi', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
  console.log(r2.status, await r2.text());
  const r3 = await fetch(base + '/nope');
  console.log(r3.status, await r3.text());
  await app.close();
  console.log('closed');
})();
`

// TestNestJS runs nestApp (NestJS 10 on Express) under gojanet and node.
// Its packages import tslib's ES module entry, a .js file in a "type":
// "module" folder importing tslib's CommonJS file that sets __esModule.
func TestNestJS(t *testing.T) {
	runPackageApp(t, nestApp, "@nestjs/core@10", "@nestjs/common@10", "@nestjs/platform-express@10", "reflect-metadata@0.2", "rxjs@7")
}

// devToolsApp runs what a project's build runs: ESLint 9 through its API
// (it imports eslint.config.js by a file URL with ?mtime=, a query that
// makes another instance of an ES module), Prettier 3 and TypeScript 5's
// transpiler.
const devToolsApp = `
const fs = require('fs');
const path = require('path');
fs.mkdirSync(path.join(__dirname, 'src'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'eslint.config.js'),
  "module.exports = [{ rules: { 'no-unused-vars': 'error', semi: 'error', eqeqeq: 'warn' } }];\n");
fs.writeFileSync(path.join(__dirname, 'src', 'a.js'), 'const unused = 1\nif (globalThis.x == 1) console.log("x");\n');
(async () => {
  const { ESLint } = require('eslint');
  const eslint = new ESLint({ cwd: __dirname });
  const [result] = await eslint.lintFiles(['src/a.js']);
  for (const m of result.messages) console.log(m.line + ':' + m.column, m.severity, m.ruleId, m.message);
  const fixed = await new ESLint({ cwd: __dirname, fix: true }).lintText('let a = 1\nconsole.log(a)\n', { filePath: path.join(__dirname, 'src', 'b.js') });
  console.log(JSON.stringify(fixed[0].output));
  const prettier = await import('prettier');
  console.log(await prettier.format('const f=(a,b)=>{return {a,b}}', { parser: 'babel', semi: false }));
  const ts = require('typescript');
  console.log(ts.transpileModule('export const f = (p: { x: number }): number => p.x * 2;', { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText);
})();
`

// TestDevTools runs devToolsApp (eslint 9, prettier 3, typescript 5) under
// gojanet and node.
func TestDevTools(t *testing.T) {
	if underRace {
		t.Skip("a whole toolchain under -race takes minutes; the README's test command runs it without -race")
	}
	runPackageAppWithin(t, 5*time.Minute, devToolsApp, "eslint@9", "prettier@3", "typescript@5")
}

// jestApp runs a test file with jest 29 through its API: jest runs each
// test file in a vm context (V8's stack API there, classes inheriting from
// main-runtime ones through the context's membrane, its own
// async-generator helpers compiled by vm.Script), with mocks, fake timers,
// an http round trip and a failing assertion.
const jestApp = `
// As on a CI machine: with CI set, jest's failure messages go through
// @babel/code-frame's tokenizer in the test's vm context (a main-realm
// regexp's exec loop, which once looped forever under gojanet).
process.env.CI = '1';
const fs = require('fs');
const path = require('path');
fs.mkdirSync(path.join(__dirname, '__tests__'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '__tests__', 'a.test.js'), [
  "const http = require('http');",
  "const { Stream } = require('stream');",
  "const util = require('util');",
  "test('adds', () => { expect(1 + 1).toBe(2); });",
  "test('objects', () => { expect({ a: [1, { b: 2 }] }).toEqual({ a: [1, { b: 2 }] }); });",
  "test('mocks', () => { const f = jest.fn((x) => x * 2); f(2); expect(f).toHaveBeenCalledWith(2); expect(f.mock.results[0].value).toBe(4); });",
  "test('fake timers', () => { jest.useFakeTimers(); const cb = jest.fn(); setTimeout(cb, 1000); jest.advanceTimersByTime(1000); expect(cb).toHaveBeenCalled(); jest.useRealTimers(); });",
  "test('inherits', () => { function R() { Stream.call(this); } util.inherits(R, Stream); R.prototype.timeout = 1; expect(Stream.prototype.timeout).toBeUndefined(); });",
  "test('captureStackTrace', () => { const o = {}; Error.captureStackTrace(o); expect(typeof o.stack).toBe('string'); });",
  "test('http', (done) => { const s = http.createServer((q, r) => r.end('hi')).listen(0, '127.0.0.1', () => { http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => { let t = ''; res.on('data', (d) => t += d); res.on('end', () => { expect(t).toBe('hi'); s.close(done); }); }); }); });",
  "test('fails', () => { expect([1, 2, 3]).toContain(4); });",
].join('\n'));
(async () => {
  const { runCLI } = require('jest');
  const { results } = await runCLI({ _: [], $0: 'jest', ci: true, runInBand: true, silent: true, cache: false }, [__dirname]);
  for (const file of results.testResults) {
    for (const t of file.testResults) console.log(t.status, t.title, t.failureMessages.map((m) => m.split('\n')[0]).join(' '));
  }
  console.log(results.numPassedTests, 'passed', results.numFailedTests, 'failed');
  // a suite that failed to run has no tests: never a match worth having
  if (results.numTotalTests !== 8) process.exitCode = 1;
})();
`

// TestJest runs jestApp (jest 29) under gojanet and node.
func TestJest(t *testing.T) {
	if underRace {
		t.Skip("a whole toolchain under -race takes minutes; the README's test command runs it without -race")
	}
	runPackageAppWithin(t, 5*time.Minute, jestApp, "jest@29")
}
