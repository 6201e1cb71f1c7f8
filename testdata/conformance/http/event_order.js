// The order of a server request's and response's events against ticks,
// microtasks and immediates: a request nobody reads, one whose body is
// read, one ended from a later tick, keep-alive and Connection: close,
// pipelined requests, and the state flags at each step. (The request's
// end-of-stream sequence and the response's finish/close are the parts
// http's per-request cost work reshapes; this keeps their order node's.)
const http = require('http');
const net = require('net');

const log = [];
function mark(s) { log.push(s); }

function flags(req, res) {
  return `req(c=${+req.complete} e=${+req.readableEnded} d=${+req.destroyed} cl=${+req.closed}) ` +
    `res(f=${+res.writableFinished} e=${+res.writableEnded} d=${+res.destroyed} cl=${+res.closed} hs=${+res.headersSent})`;
}

function watch(tag, req, res) {
  for (const ev of ['end', 'close', 'aborted', 'resume']) {
    req.on(ev, () => mark(`${tag} req ${ev} ${flags(req, res)}`));
  }
  for (const ev of ['finish', 'close', 'prefinish']) {
    res.on(ev, () => mark(`${tag} res ${ev} ${flags(req, res)}`));
  }
  process.nextTick(() => mark(`${tag} tick1 ${flags(req, res)}`));
  Promise.resolve().then(() => mark(`${tag} micro1 ${flags(req, res)}`));
  setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
}

const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  mark(`${tag} request ${req.method} ${flags(req, res)}`);
  switch (tag) {
    case 'plain':
      watch(tag, req, res);
      res.setHeader('Content-Type', 'text/plain');
      res.end('hello\n', () => mark(`${tag} end-cb ${flags(req, res)}`));
      mark(`${tag} after end ${flags(req, res)}`);
      break;
    case 'quiet': // nothing listens on req: only ticks watch the state
      process.nextTick(() => mark(`${tag} tick1 ${flags(req, res)}`));
      process.nextTick(() => process.nextTick(() => mark(`${tag} tick2 ${flags(req, res)}`)));
      setImmediate(() => mark(`${tag} immediate ${flags(req, res)}`));
      res.end('quiet');
      res.on('close', () => mark(`${tag} res close ${flags(req, res)}`));
      break;
    case 'body': {
      watch(tag, req, res);
      let n = 0;
      req.on('data', (d) => { n += d.length; mark(`${tag} data ${d.length}`); });
      req.on('end', () => res.end(`got ${n}`));
      break;
    }
    case 'later':
      watch(tag, req, res);
      process.nextTick(() => {
        res.writeHead(201, { 'X-A': 'b' });
        res.end();
        mark(`${tag} ended in tick ${flags(req, res)}`);
      });
      break;
    case 'write':
      watch(tag, req, res);
      res.write('a');
      res.end('b');
      break;
    default:
      res.end(tag);
  }
});

let conn = null; // the server's side of the connection now in use
server.on('connection', (s) => { conn = s; });

function request(raw) {
  return new Promise((resolve) => {
    // a '|' splits what is sent into two writes (a body after its headers:
    // node runs ticks between its parser's callbacks, and the two then
    // arrive as two reads under both); the second waits until the server
    // has read the first, whatever the load
    const [first, second] = raw.split('|');
    conn = null;
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write(first);
      const sent = Buffer.byteLength(first, 'latin1');
      const more = () => (conn !== null && conn.bytesRead >= sent ? c.write(second) : setTimeout(more, 5));
      if (second !== undefined) setTimeout(more, 30);
    });
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('end', () => { c.end(); });
    c.on('close', () => resolve(got.replace(/Date: [^\r]*\r\n/g, '')));
    // keep-alive: the client ends once it has what it waited for
    c.on('data', () => {
      const want = (raw.match(/GET|POST/g) || []).length;
      if ((got.match(/HTTP\/1\.1 /g) || []).length === want && /\r\n\r\n[^]*$/.test(got) && !raw.includes('close')) {
        setTimeout(() => c.end(), 20);
      }
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const cases = [
    'GET /plain HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /quiet HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n|hello',
    'GET /later HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /write HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /plain HTTP/1.1\r\nHost: x\r\n\r\nGET /quiet HTTP/1.1\r\nHost: x\r\n\r\n',
  ];
  for (const raw of cases) {
    const got = await request(raw);
    console.log('--- ' + JSON.stringify(raw.replace('|', '')));
    for (const l of log) console.log(l);
    log.length = 0;
    console.log(JSON.stringify(got));
  }
  server.close();
});
