// Implicit heads one after another on a keep-alive connection, where
// end() renders writeHead(statusCode)'s line itself when it is the last one
// rendered: codes that alternate and repeat (204 and 304 keep their no-body
// rule), a preset or default message, STATUS_CODES changed between
// responses, a writeHead a script put on the response (it sees the call),
// maxRequestsPerSocket changed between connections (the Keep-Alive line);
// and when 'finish' and 'close' come against ticks, microtasks and a
// 'finish' listener added after end().
const http = require('http');

const cases = [
  (res) => { res.end('a'); },
  (res) => { res.end('b'); },
  (res) => { res.statusCode = 404; res.end('c'); },
  (res) => { res.end('d'); },
  (res) => { res.statusCode = 204; res.end('e'); },
  (res) => { res.statusCode = 204; res.end('f'); },
  (res) => { res.statusCode = 304; res.end(); },
  (res) => { res.statusMessage = 'Fine'; res.end('g'); },
  (res) => { res.statusMessage = 'Fine'; res.end('h'); },
  (res) => { http.STATUS_CODES[200] = 'Okay'; res.end('i'); },
  (res) => { http.STATUS_CODES[200] = 'OK'; res.end('j'); },
  (res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      console.log('  own writeHead', JSON.stringify(args));
      return writeHead.apply(this, args);
    };
    res.end('k');
  },
  (res) => { res.statusCode = '200'; res.end('l'); },
  (res) => {
    process.nextTick(() => console.log('  tick before end'));
    Promise.resolve().then(() => console.log('  microtask before end'));
    res.on('finish', () => console.log('  finish (before end)', res.writableFinished, res.finished));
    res.end('m', () => console.log('  end callback'));
    res.on('finish', () => {
      console.log('  finish (after end)', res.writableFinished);
      process.nextTick(() => console.log('  tick from finish'));
    });
    res.on('close', () => console.log('  close', res.destroyed));
    process.nextTick(() => console.log('  tick after end', res.writableFinished, res.writableEnded));
    Promise.resolve().then(() => console.log('  microtask after end'));
    console.log('  after end', res.writableEnded, res.writableFinished, res.headersSent);
  },
  (res) => { res.end('n'); },
];

function show(res) {
  console.log('  statusCode', JSON.stringify(res.statusCode), 'statusMessage', JSON.stringify(res.statusMessage),
    'headersSent', res.headersSent);
  console.log('  head', JSON.stringify(res._header.split('\r\n').filter((l) => !l.startsWith('Date: '))));
}

let i = 0;
const server = http.createServer((req, res) => {
  const n = i++;
  console.log('case', n);
  cases[n](res);
  show(res);
});

function get(agent, done) {
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => {
      console.log('  client', res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(Buffer.concat(chunks).toString()));
      done();
    });
  });
}

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const next = () => {
    if (i >= cases.length) {
      agent.destroy();
      maxRequests();
      return;
    }
    get(agent, next);
  };
  next();
});

// The Keep-Alive line follows maxRequestsPerSocket as it is for each
// connection (a new agent: a new connection).
function maxRequests() {
  const maxes = [3, 3, 0, 5];
  let k = 0;
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    res.end('x');
    console.log('max', k, JSON.stringify(res._header.split('\r\n').filter((l) => l.startsWith('Keep-Alive') || l.startsWith('Connection'))));
  });
  const step = () => {
    if (k >= maxes.length) {
      server.close();
      return;
    }
    server.maxRequestsPerSocket = maxes[k];
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    get(agent, () => {
      agent.destroy();
      k++;
      setImmediate(step);
    });
  };
  step();
}
