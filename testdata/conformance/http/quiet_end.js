// A request's end of stream when nobody reads it (the shortcut ticks of
// js/_http_incoming.js, "quiet" messages) against node's: the request's
// state at every tick from the handler to its 'close', and what a script
// that steps in along the way sees ('end', 'readable', 'resume' and 'close'
// listeners added late, destroy() and read() from a tick, a replaced
// emit), on the server and on a client's response.
const http = require('http');
const net = require('net');

const log = [];
function mark(s) { log.push(s); }

function st(req) {
  const p = req.socket && req.socket.parser;
  return `fl=${req.readableFlowing} e=${+req.readableEnded} d=${+req.destroyed} cl=${+req.closed} ` +
    `c=${+req.complete} ab=${+req.aborted} p=${+req.isPaused()} inc=${p ? +(p.incoming === req) : '-'}`;
}

// one mark per tick, eight ticks deep
function probe(tag, req, k) {
  mark(`${tag} t${k} ${st(req)}`);
  if (k < 8) process.nextTick(probe, tag, req, k + 1);
}

const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  mark(`${tag} request ${st(req)}`);
  process.nextTick(probe, tag, req, 0);
  res.on('finish', () => {
    mark(`${tag} finish ${st(req)}`);
    switch (tag) {
      case 'late-end':
        req.on('end', () => {
          mark(`${tag} end ${st(req)} n=${req.listenerCount('end')}`);
          process.nextTick(() => mark(`${tag} after end ${st(req)}`));
        });
        break;
      case 'late-readable':
        req.on('readable', () => mark(`${tag} readable ${st(req)} r=${req.read()}`));
        break;
      case 'late-resume':
        req.on('resume', () => mark(`${tag} resume ${st(req)}`));
        break;
      case 'late-close':
        req.on('close', () => mark(`${tag} close ${st(req)}`));
        break;
      case 'destroy':
        process.nextTick(() => { req.destroy(); mark(`${tag} destroyed ${st(req)}`); });
        break;
      case 'read':
        process.nextTick(() => mark(`${tag} read ${req.read()} ${st(req)}`));
        break;
      case 'emit': {
        const emit = req.emit;
        req.emit = function(ev, ...args) { mark(`${tag} emit ${ev}`); return emit.call(this, ev, ...args); };
        break;
      }
      case 'pause':
        process.nextTick(() => { req.pause(); mark(`${tag} paused ${st(req)}`); });
        break;
    }
  });
  req.on('close', () => mark(`${tag} req close ${st(req)}`));
  res.end(tag);
  mark(`${tag} after end ${st(req)}`);
});

function request(raw) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(raw));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

function clientGet(path, how) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path, agent: false }, (res) => {
      const tag = 'client ' + how;
      mark(`${tag} response ${st(res)}`);
      process.nextTick(probe, tag, res, 0);
      res.on('close', () => { mark(`${tag} close ${st(res)}`); setTimeout(resolve, 5); });
      if (how === 'resume') res.resume();
      else if (how === 'end') res.on('end', () => mark(`${tag} end ${st(res)}`)).resume();
      else if (how === 'data') res.on('data', (d) => mark(`${tag} data ${d.length}`));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const tags = ['quiet', 'late-end', 'late-readable', 'late-resume', 'late-close', 'destroy', 'read', 'emit', 'pause'];
  for (const tag of tags) {
    const got = await request(`GET /${tag} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log('--- ' + tag);
    for (const l of log) console.log(l);
    log.length = 0;
    console.log(JSON.stringify(got.split('\r\n')[0]));
  }
  const more = [
    ['post', 'POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'],
    ['head', 'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['pipelined', 'GET /quiet HTTP/1.1\r\nHost: x\r\n\r\nGET /late-end HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ];
  for (const [name, raw] of more) {
    const got = await request(raw);
    console.log('--- ' + name);
    for (const l of log) console.log(l);
    log.length = 0;
    console.log(JSON.stringify(got.split('\r\n')[0]));
  }
  for (const how of ['resume', 'end', 'data']) {
    await clientGet('/quiet', how);
    console.log('--- client ' + how);
    for (const l of log) console.log(l);
    log.length = 0;
  }
  server.close();
});
