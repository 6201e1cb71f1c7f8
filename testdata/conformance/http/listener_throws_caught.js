'use strict';
// A 'request' listener's throw that a script catches (the read was a
// script's socket.emit('data') inside try): node's parser fails all the
// same, so the connection's next request is a clientError; and once that
// connection's parser is freed, an unrelated uncaught exception while
// another connection's request waits for its body fails nothing.
const http = require('http');
const net = require('net');

let onUncaught = () => {};
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message);
  onUncaught();
});
const clean = (d) => JSON.stringify(String(d).replace(/Date: .*\r\n/g, ''));

function caughtThenNext(next) {
  let n = 0;
  const server = http.createServer((req, res) => {
    n++;
    console.log('request', req.url);
    if (n === 1) {
      res.end('one');
      throw new Error('boom1');
    }
    res.end('r' + n);
  });
  server.on('clientError', (e, s) => {
    console.log('clientError', e.code);
    s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  server.on('connection', (s) => setImmediate(() => {
    try {
      s.emit('data', Buffer.from('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'));
    } catch (e) {
      console.log('caught', e.message);
    }
  }));
  server.listen(0, () => {
    const c = net.connect(server.address().port);
    let got = '';
    let sent = false;
    c.on('data', (d) => {
      got += d;
      if (!sent && got.includes('one')) {
        sent = true;
        c.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
      }
    });
    c.on('close', () => {
      console.log(clean(got));
      server.close(next);
    });
  });
}

function otherConnection(next) {
  let n = 0;
  const server = http.createServer((req, res) => {
    n++;
    console.log('request', req.url);
    if (n === 1) {
      res.end('one');
      throw new Error('boom1');
    }
    req.resume();
    req.on('end', () => res.end('r' + n));
    setImmediate(() => {
      throw new Error('unrelated');
    });
  });
  server.on('clientError', (e, s) => {
    console.log('clientError', e.code);
    s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  server.on('connection', (s) => {
    if (n === 0) {
      setImmediate(() => {
        try {
          s.emit('data', Buffer.from('GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
        } catch (e) {
          console.log('caught', e.message);
        }
      });
    }
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port);
    c.resume();
    c.on('close', () => {
      console.log('conn1 closed');
      const c2 = net.connect(server.address().port, () => {
        c2.write('POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n');
      });
      onUncaught = () => c2.end('hello');
      let got = '';
      c2.on('data', (d) => got += d);
      c2.on('close', () => {
        console.log(clean(got));
        server.close(next);
      });
    });
  });
}

caughtThenNext(() => otherConnection(() => console.log('done')));
