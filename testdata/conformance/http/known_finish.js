// Keep-alive requests whose responses end in the ways the host's shortcuts
// tell apart (js/_http_outgoing.js end() and _storeHeader's headPlain;
// js/_http_server.js resFinished running a quiet request's end in place
// with what it set and found itself, incomingOn's fresh response): plain
// ones between ones with a callback to end(), a Date, Connection or
// Content-Length header, a head written before, a Buffer body, listeners
// of the request's own ('end', 'close', 'resume', 'readable'), an instance's
// or the prototype's _storeHeader and a script's response class. What each
// request and response end as, and their events against ticks, must be
// node's.
const http = require('http');
const net = require('net');

const log = [];
const protoStore = http.ServerResponse.prototype._storeHeader;
const steps = {
  callback(req, res) { res.end('callback', () => log.push('end callback')); return true; },
  date(req, res) { res.setHeader('Date', 'Sun, 06 Dec 2026 00:00:00 GMT'); },
  connection(req, res) { res.setHeader('Connection', 'keep-alive'); },
  length(req, res) { res.setHeader('Content-Length', 6); },
  head(req, res) { res.writeHead(200, { 'X-Head': '1', 'Content-Length': 4 }); },
  buffer(req, res) { res.end(Buffer.from('buffer')); return true; },
  endListener(req) { req.on('end', () => log.push('req end')); },
  closeListener(req) { req.on('close', () => log.push('req close')); },
  resumeListener(req) { req.on('resume', () => log.push('req resume')); },
  ownStore(req, res) {
    res._storeHeader = function(firstLine, headers) {
      log.push('own _storeHeader');
      return protoStore.call(this, firstLine, headers);
    };
  },
  protoStore() {
    http.ServerResponse.prototype._storeHeader = function(firstLine, headers) {
      log.push('prototype _storeHeader');
      http.ServerResponse.prototype._storeHeader = protoStore;
      return protoStore.call(this, firstLine, headers);
    };
  },
  statusMessage(req, res) { res.statusMessage = 'Fine'; },
};
class MyResponse extends http.ServerResponse {}
let server;
function handler(req, res) {
  const name = req.url.slice(1);
  res.on('finish', () => log.push(`res finish headersSent=${res.headersSent} writableEnded=${res.writableEnded}`));
  res.on('close', () => {
    log.push('res close');
    setImmediate(() => {
      log.push(`after: destroyed=${req.destroyed} complete=${req.complete} ended=${req.readableEnded} ` +
        `ends=${req.listenerCount('end')} closes=${req.listenerCount('close')} flowing=${req.readableFlowing} ` +
        `socket=${res.socket === null} message=${res.statusMessage} finished=${res.finished} timeout=${req.socket.timeout}`);
    });
  });
  process.nextTick(() => log.push('tick'));
  if (steps[name] && steps[name](req, res)) return;
  res.end(name);
  log.push(`after end: ${res.headersSent} ${res.writableFinished} ${res.getHeader('content-length')} ${req.socket.timeout}`);
}

const order = ['p1', 'p2', 'callback', 'p3', 'date', 'p4', 'connection', 'p5', 'length', 'p6', 'head', 'p7', 'buffer',
  'p8', 'endListener', 'p9', 'closeListener', 'p10', 'resumeListener', 'p11', 'ownStore', 'p12', 'protoStore', 'p13',
  'statusMessage', 'p14', 'p15'];
function run(ServerResponse, done) {
  server = http.createServer(ServerResponse ? { ServerResponse } : {}, handler);
  server.listen(0, () => {
    const c = net.connect(server.address().port);
    c.setEncoding('latin1');
    let buf = '';
    let i = 0;
    const send = () => c.write(`GET /${order[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
    c.on('data', (d) => {
      buf += d;
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const cl = /content-length: (\d+)/i.exec(buf.slice(0, end));
      if (buf.length < end + 4 + Number(cl[1])) return;
      const head = buf.slice(0, end).split('\r\n').filter((l) => !/^date:/i.test(l) || / 00:00:00 /.test(l));
      const body = buf.slice(end + 4);
      buf = '';
      // (the server's steps after the response's close run by then)
      setTimeout(() => {
        console.log(`${order[i]}: ${body} | ${head.join(' | ')}`);
        console.log(`  ${log.splice(0).join(', ')}`);
        if (++i < order.length) send();
        else {
          c.end();
          server.close(done);
        }
      }, 20);
    });
    send();
  });
}
run(null, () => {
  console.log('-- a script\'s response class');
  run(MyResponse, () => console.log('done'));
});
