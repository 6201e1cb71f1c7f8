// Requests on one keep-alive connection that nobody reads, whose end the
// server runs in place when the response finishes (js/_http_incoming.js
// quietFinish), between ones whose fields a handler changed from their
// defaults (aborted, the state's autoDestroy, emitClose, errored, a
// 'close' listener, a body): the host leaves the reads of those defaults
// out for requests of the shape it checked once (js/_http_server.js
// finishHeld). What each request ends as, and its events against ticks,
// must be node's.
const http = require('http');
const net = require('net');

const log = [];
const steps = {
  aborted(req) { req.aborted = false; },
  autoDestroy(req) { req._readableState.autoDestroy = false; },
  emitClose(req) { req._readableState.emitClose = false; req.on('close', () => log.push('close (emitClose false)')); },
  closeListener(req) { req.on('close', () => log.push('req close')); },
  writable(req) { req.writable = true; },
  body(req) {},
};
const server = http.createServer((req, res) => {
  const name = req.url.slice(1);
  if (steps[name]) steps[name](req, res);
  res.on('finish', () => log.push('res finish'));
  res.on('close', () => {
    log.push('res close');
    setImmediate(() => {
      log.push(`after: destroyed=${req.destroyed} complete=${req.complete} ended=${req.readableEnded} ` +
        `ends=${req.listenerCount('end')} closed=${req._readableState.closed} closeEmitted=${req._readableState.closeEmitted}`);
    });
  });
  process.nextTick(() => log.push('tick'));
  res.end(name);
});

const order = ['p1', 'p2', 'aborted', 'p3', 'autoDestroy', 'p4', 'emitClose', 'p5', 'closeListener', 'p6', 'writable', 'p7', 'body', 'p8', 'p9'];
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('latin1');
  let buf = '';
  let i = 0;
  const send = () => {
    const name = order[i];
    if (name === 'body') c.write('POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd');
    else c.write(`GET /${name} HTTP/1.1\r\nHost: x\r\n\r\n`);
  };
  c.on('data', (d) => {
    buf += d;
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const cl = /content-length: (\d+)/i.exec(buf.slice(0, end));
    if (buf.length < end + 4 + Number(cl[1])) return;
    const body = buf.slice(end + 4);
    buf = '';
    // (the server's steps after the response's close run by then)
    setTimeout(() => {
      console.log(`${order[i]}: ${body}`);
      console.log(`  ${log.splice(0).join(', ')}`);
      if (++i < order.length) send();
      else {
        c.end();
        server.close();
      }
    }, 20);
  });
  send();
});
