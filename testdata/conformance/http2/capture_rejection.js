// events.captureRejections with http2: a rejected server 'stream' handler
// resets a stream that has answered (with the rejection) and answers 500 on
// one that has not; a rejected 'request' handler answers 500 without the
// headers it set; a rejected client 'stream' (push) handler destroys the
// pushed stream with the rejection. One case at a time, so the order of
// lines is fixed.
const events = require('events');
const h2 = require('http2');
events.captureRejections = true;

function run(setup, drive) {
  return new Promise((resolve) => {
    const server = h2.createServer();
    setup(server);
    server.listen(0, () => {
      const session = h2.connect(`http://localhost:${server.address().port}`);
      drive(session, () => {
        session.close();
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await run((server) => {
    server.on('stream', async (stream) => {
      stream.respond({ ':status': 200 });
      const err = new Error('after respond');
      stream.on('error', (e) => console.log('1 server stream error is the rejection:', e === err));
      throw err;
    });
  }, (session, done) => {
    const req = session.request();
    req.on('error', (e) => console.log('1 client error', e.code, e.message));
    req.on('close', () => { console.log('1 client close', req.rstCode); done(); });
  });

  await run((server) => {
    server.on('stream', async (stream) => {
      stream.on('error', () => console.log('2 unexpected error'));
      throw new Error('before respond');
    });
  }, (session, done) => {
    const req = session.request();
    req.on('response', (h) => console.log('2 status', h[':status']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => body += d);
    req.on('close', () => { console.log('2 body', JSON.stringify(body)); done(); });
  });

  await run((server) => {
    server.on('request', async (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-secret', 'leak');
      throw new Error('in request');
    });
  }, (session, done) => {
    const req = session.request();
    req.on('response', (h) => console.log('3 status', h[':status'], 'content-type' in h, 'x-secret' in h, h['content-length']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => body += d);
    req.on('close', () => { console.log('3 body', JSON.stringify(body)); done(); });
  });

  await run((server) => {
    server.on('stream', (stream) => {
      stream.pushStream({ ':path': '/pushed' }, (err, push) => {
        push.on('error', () => {});
        push.respond({ ':status': 200 });
        push.end('pushed');
        stream.end('main');
      });
      stream.respond({ ':status': 200 });
    });
  }, (session, done) => {
    // (which stream closes first is a matter of timing: printed in one order)
    const lines = [];
    const close = (line) => { lines.push(line); if (lines.length === 2) { console.log(lines.sort().join('\n')); done(); } };
    session.on('stream', async (stream, headers) => {
      const err = new Error('in push handler');
      stream.on('error', (e) => console.log('4 pushed stream error is the rejection:', e === err));
      stream.on('close', () => close('4 pushed close ' + headers[':path']));
      throw err;
    });
    const req = session.request();
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => body += d);
    req.on('close', () => close('4 main body ' + body));
    req.end();
  });
  console.log('done');
})();
