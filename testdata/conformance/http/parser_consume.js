// A parser that consumes a socket's handle (parser.consume, as node's
// http code and some packages use it): the socket's reads go to the parser,
// which calls node's callbacks or onIncoming and then kOnExecute with what
// it parsed; unconsume() gives the reads back to the socket.
const net = require('net');
const { HTTPParser } = process.binding('http_parser');
const httpCommon = require('_http_common');

const steps = [];
function step(fn) { steps.push(fn); }
function run() { const f = steps.shift(); if (f) f(run); }

step((done) => {
  // node's callbacks, a chunked body in two later writes (each 50 ms after
  // the client's parser has executed the one before, so that under load
  // they are not one read)
  let executes = 0; // (one per read)
  const after = (n, fn) => (executes >= n ? setTimeout(fn, 50) : setTimeout(after, 5, n, fn));
  const server = net.createServer((s) => {
    s.write('HTTP/1.1 200 OK\r\nX-A: 1\r\nTransfer-Encoding: chunked\r\n\r\n');
    after(1, () => {
      s.write('3\r\nabc\r\n');
      after(2, () => s.end('0\r\n\r\n'));
    });
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    const parser = new HTTPParser(HTTPParser.RESPONSE, false);
    parser.initialize(HTTPParser.RESPONSE, {}, 0, 0);
    parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status, message, upgrade, keepAlive) => {
      console.log('A headers', major, minor, JSON.stringify(headers), status, message, upgrade, keepAlive);
    };
    parser[HTTPParser.kOnBody] = (b) => console.log('A body', JSON.stringify(b.toString()));
    parser[HTTPParser.kOnMessageComplete] = () => console.log('A complete');
    parser[HTTPParser.kOnExecute] = (ret) => { if (typeof ret === 'number') executes++; };
    parser.consume(socket._handle);
    socket.on('end', () => {
      console.log('A socket end, kOnExecute called', executes >= 2);
      server.close(done);
    });
    socket.resume();
  });
});

step((done) => {
  // _http_common's parser with onIncoming, then unconsume: the socket reads again
  const server = net.createServer((s) => {
    s.write('HTTP/1.1 204 No Content\r\n\r\n');
    s.on('data', (d) => {
      s.end('after: ' + d);
    });
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    const parser = httpCommon.parsers.alloc();
    parser.initialize(HTTPParser.RESPONSE, {});
    parser.consume(socket._handle);
    parser.onIncoming = (res) => {
      console.log('B incoming', res.statusCode, res.statusMessage, 'data listeners', socket.listenerCount('data'));
      parser.unconsume();
      httpCommon.freeParser(parser);
      socket.on('data', (d) => console.log('B socket data', JSON.stringify(d.toString())));
      socket.on('end', () => {
        console.log('B socket end');
        server.close(done);
      });
      socket.write('ping');
    };
  });
});

step((done) => {
  // node's callbacks for two responses with bodies in one read: ticks and
  // microtasks run after each onBody, not after headers or completion
  const server = net.createServer((s) => {
    s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n' +
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz');
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    const parser = new HTTPParser(HTTPParser.RESPONSE, false);
    parser.initialize(HTTPParser.RESPONSE, {}, 0, 0);
    const later = (s) => {
      process.nextTick(() => console.log('  C tick', s));
      Promise.resolve().then(() => console.log('  C micro', s));
    };
    parser[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, status) => {
      console.log('C headers', status);
      later('headers');
    };
    parser[HTTPParser.kOnBody] = (b) => { console.log('C body', String(b)); later('body ' + b); };
    parser[HTTPParser.kOnMessageComplete] = () => { console.log('C complete'); later('complete'); };
    parser[HTTPParser.kOnExecute] = (ret) => {
      console.log('C execute', ret);
      later('execute');
      setTimeout(() => {
        socket.destroy();
        server.close(done);
      }, 50);
    };
    parser.consume(socket._handle);
    socket.resume();
  });
});

step((done) => {
  // _http_common's parser with onIncoming: a body in the head's read
  const server = net.createServer((s) => {
    s.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody');
  });
  server.listen(0, () => {
    const socket = net.connect(server.address().port);
    const parser = httpCommon.parsers.alloc();
    parser.initialize(HTTPParser.RESPONSE, {});
    let res = null;
    parser[HTTPParser.kOnExecute] = (ret) => {
      console.log('D execute', ret);
      setTimeout(() => {
        console.log('D later: complete', res.complete);
        parser.unconsume();
        httpCommon.freeParser(parser);
        socket.destroy();
        server.close(done);
      }, 50);
    };
    parser.consume(socket._handle);
    parser.onIncoming = (r) => {
      res = r;
      console.log('D incoming', res.statusCode, 'complete', res.complete);
      process.nextTick(() => console.log('  D tick complete', res.complete, 'readableLength', res.readableLength));
      Promise.resolve().then(() => console.log('  D micro complete', res.complete));
      res.on('data', (d) => console.log('  D data', String(d), 'complete', res.complete));
    };
  });
});

run();
