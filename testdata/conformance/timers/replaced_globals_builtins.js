'use strict';
// Builtins take their own timer functions, queueMicrotask and
// AbortController, not the globals a script replaced: fs.watchFile's polls,
// fs.watch, readline's escape-key timeout, a worker and a transferred
// port's close, perf_hooks' observer and event-loop delay monitor, an http
// server's connection checks, a WritableStream and
// util.transferableAbortController still work with them all null.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const http = require('http');
const { PassThrough } = require('stream');
const { Worker, MessageChannel } = require('worker_threads');
const { performance, PerformanceObserver, monitorEventLoopDelay } = require('perf_hooks');
const { WritableStream } = require('stream/web');
const util = require('util');
// (this script's own timers: the module's)
const timers = require('timers');

for (const k of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval',
  'queueMicrotask', 'AbortController']) {
  globalThis[k] = null;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replaced-globals-'));

function watchFileCase(next) {
  const f = path.join(dir, 'polled');
  fs.writeFileSync(f, 'a');
  let size = 1;
  let done = false;
  // (the file grows until a poll sees it change: no guess of when the
  // first poll took its baseline)
  const grow = timers.setInterval(() => fs.writeFileSync(f, 'a'.repeat(++size)), 20);
  fs.watchFile(f, { interval: 10 }, (cur, prev) => {
    if (done) return;
    done = true;
    timers.clearInterval(grow);
    fs.unwatchFile(f);
    console.log('watchFile change', cur.size > prev.size);
    next();
  });
}

function watchCase(next) {
  const w = fs.watch(dir, (event, name) => {
    if (name !== 'watched') return;
    w.close();
    console.log('watch event for', name);
    next();
  });
  fs.writeFileSync(path.join(dir, 'watched'), 'x');
}

function readlineCase(next) {
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const names = [];
  input.on('keypress', (s, key) => {
    names.push(key.name);
    // (a lone ESC is a key once the escape-code timeout passes)
    if (key.name === 'escape') {
      console.log('keypress', names.join(' '));
      next();
    }
  });
  input.write('a');
  input.write('\x1b');
}

function workerCase(next) {
  const w = new Worker("require('worker_threads').parentPort.postMessage('from worker')", { eval: true });
  w.on('message', (m) => console.log('worker message', m));
  w.on('exit', (code) => {
    console.log('worker exit', code);
    // a port transferred away, then closed here: 'close' still comes
    const { port1, port2 } = new MessageChannel();
    const other = new MessageChannel();
    other.port1.postMessage(port1, [port1]);
    port1.on('close', () => {
      console.log('transferred port close');
      other.port1.close();
      port2.close();
      next();
    });
    port1.close();
  });
}

function perfCase(next) {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const obs = new PerformanceObserver((list) => {
    obs.disconnect();
    h.disable();
    console.log('observed', list.getEntries().map((e) => e.name).join(','));
    next();
  });
  obs.observe({ entryTypes: ['mark'] });
  performance.mark('m1');
}

function httpCase(next) {
  const srv = http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => res.end('ok'));
  srv.listen(0, '127.0.0.1', () => {
    http.get({ port: srv.address().port, host: '127.0.0.1' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('http', res.statusCode, body);
        srv.close(next);
      });
    });
  });
}

function webCase(next) {
  const got = [];
  const ws = new WritableStream({ write(chunk) { got.push(chunk); } });
  const writer = ws.getWriter();
  writer.write('w1').then(() => writer.close()).then(() => {
    console.log('WritableStream', got.join());
    const ac = util.transferableAbortController();
    ac.signal.addEventListener('abort', () => {
      console.log('transferable controller aborted');
      next();
    });
    ac.abort();
  });
}

const cases = [watchFileCase, watchCase, readlineCase, workerCase, perfCase, httpCase, webCase];
(function run() {
  const c = cases.shift();
  if (c) c(run);
  else {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }
})();
