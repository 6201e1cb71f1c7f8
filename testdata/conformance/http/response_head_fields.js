// What a response's head leaves a script to read: statusCode and
// statusMessage after an implicit head (a fractional or string code set by
// the script, a preset message, writeHead's reason), headersSent, the head's
// lines (Date left out), an invalid status message's error; and a
// net.Socket.prototype.write a script replaced sees the response's writes.
const http = require('http');
const net = require('net');

const cases = [
  (res) => { res.end('a'); },
  (res) => { res.statusCode = 201.5; res.end('b'); },
  (res) => { res.statusCode = '202'; res.end('c'); },
  (res) => { res.statusMessage = 'Fine'; res.end('d'); },
  (res) => { res.writeHead(404); res.end('e'); },
  (res) => { res.writeHead(200, 'Yes', ['X-A', '1']); res.end('f'); },
  (res) => { res.setHeader('X-B', '2'); res.writeHead(203, { 'X-C': '3' }); res.end('g'); },
  (res) => {
    try { res.writeHead(200, 'bad\nmessage'); } catch (e) { console.log('  threw', e.code, e.message); }
    console.log('  after throw', res.headersSent, JSON.stringify(res.statusMessage));
    res.statusMessage = 'OK';
    res.end('h');
  },
  (res) => { res.end(); },
  (res) => { res.statusCode = 304; res.end(); },
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
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const next = () => {
    if (i >= cases.length) {
      agent.destroy();
      replacedWrite();
      return;
    }
    http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        console.log('  client', res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(Buffer.concat(chunks).toString()));
        next();
      });
    });
  };
  next();
});

// A script's replacement of net.Socket.prototype.write sees the writes of a
// response (node's http writes through socket.write).
function replacedWrite() {
  const orig = net.Socket.prototype.write;
  let log = [];
  net.Socket.prototype.write = function (data, ...rest) {
    if (this.server) log.push(typeof data === 'string' ? `string ${data.endsWith('whole') ? 'head+body' : JSON.stringify(data)}` : 'buffer ' + data.length);
    return orig.call(this, data, ...rest);
  };
  const s2 = http.createServer((req, res) => {
    res.on('finish', () => log.push('finish'));
    res.end('whole');
  });
  s2.listen(0, '127.0.0.1', () => {
    http.get({ port: s2.address().port, host: '127.0.0.1' }, (res) => {
      res.resume();
      res.on('end', () => {
        net.Socket.prototype.write = orig;
        console.log('replaced write', JSON.stringify(log));
        server.close();
        s2.close();
      });
    });
  });
}
