// The client against our own server, both in one script: keep-alive reuse
// through an Agent with maxSockets 1 (queued requests), http.get with a URL,
// HEAD, chunked request bodies, 1xx 'information', 'upgrade' and 'connect'
// on both sides, request timeouts, and errors (ECONNREFUSED, socket hang up,
// invalid options).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/info') {
      res.writeProcessing();
      res.writeEarlyHints({ link: '</style.css>; rel=preload' });
    }
    if (req.url === '/hangup') {
      req.socket.destroy();
      return;
    }
    if (req.url === '/slow') {
      setTimeout(() => res.end('late'), 300);
      return;
    }
    res.setHeader('X-Echo-Length', String(body.length));
    res.end(`${req.method} ${req.url} te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']} body=${body}`);
  });
});
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.on('connect', (req, socket, head) => {
  console.log('server connect', req.url, JSON.stringify(String(head)));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

function fetchText(opts, body) {
  return new Promise((resolve) => {
    const req = http.request(opts, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.statusMessage} ${res.headers['x-echo-length']} ${text}`));
    });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, JSON.stringify(info.headers)));
    req.on('error', (e) => resolve(`error ${e.code} ${e.message}`));
    if (body) {
      for (const b of body) req.write(b);
    }
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const seen = new Set();
  const order = [];
  await Promise.all([0, 1, 2].map((i) => new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: `/ka${i}`, agent }, (res) => {
      seen.add(req.socket);
      order.push(`${i}:${res.statusCode}:reused=${req.reusedSocket}`);
      res.resume();
      res.on('end', resolve);
    });
  })));
  console.log('keep-alive', order.join(' '), 'sockets', seen.size);
  console.log('agent name', agent.getName({ host: '127.0.0.1', port }).replace(String(port), 'PORT'));
  agent.destroy();

  console.log(await fetchText(`http://127.0.0.1:${port}/url?x=1`));
  console.log(await fetchText({ port, host: '127.0.0.1', method: 'HEAD', path: '/head' }));
  console.log(await fetchText({ port, host: '127.0.0.1', method: 'POST', path: '/chunked' }, ['a', 'bc', 'def']));
  console.log(await fetchText({ port, host: '127.0.0.1', method: 'PUT', path: '/len', headers: { 'Content-Length': 5 } }, ['hello']));
  console.log(await fetchText({ port, host: '127.0.0.1', path: '/info' }));
  console.log(await fetchText({ port, host: '127.0.0.1', path: '/hangup' }));

  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/slow', timeout: 50 });
    req.on('timeout', () => { console.log('timeout event'); req.destroy(); });
    req.on('error', (e) => console.log('timeout error', e.code, e.message));
    req.on('close', resolve);
  });

  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
      socket.setEncoding('utf8');
      let got = '';
      socket.on('data', (d) => { got += d; });
      socket.on('end', () => { console.log('client upgraded stream', got); resolve(); });
      socket.write('ping');
    });
    req.end();
  });

  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(String(head)));
      socket.resume();
      socket.on('close', resolve);
    });
    req.end();
  });

  const closed = net.createServer().listen(0, '127.0.0.1', async () => {
    const deadPort = closed.address().port;
    closed.close(async () => {
      console.log((await fetchText({ port: deadPort, host: '127.0.0.1' })).replace(String(deadPort), 'PORT'));
      for (const bad of [{ method: 'BAD METHOD' }, { protocol: 'https:' }, { path: '/a b' }, { agent: 1 }, { headers: { 'X\n': 1 } }]) {
        try {
          http.request({ port, host: '127.0.0.1', ...bad });
        } catch (e) {
          console.log('throws', e.name, e.code, e.message);
        }
      }
      http.globalAgent.destroy();
      server.close(() => console.log('server closed'));
    });
  });
});
