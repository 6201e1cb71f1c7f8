'use strict';
// https server and client: a request over TLS with the test CA, keep-alive
// reuse through the agent, a URL string with rejectUnauthorized false, and
// a verification failure reaching the request's 'error'.
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca.pem');

const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => {
  console.log('server', req.method, req.url, req.socket.encrypted === true, req.headers.host.startsWith('localhost:'));
  res.setHeader('content-type', 'text/plain');
  res.end('hello ' + req.url);
});

function get(url, opts) {
  return new Promise((resolve) => {
    const onRes = (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('client', res.statusCode, res.headers['content-type'], JSON.stringify(body));
        resolve();
      });
    };
    const req = typeof url === 'string' ? https.get(url, opts, onRes) : https.get(url, onRes);
    req.on('error', (e) => { console.log('client error', e.code); resolve(); });
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, ca });
  console.log('agent', agent.defaultPort, agent.protocol, https.globalAgent instanceof https.Agent);
  await get(`https://localhost:${port}/one`, { agent });
  await get(`https://localhost:${port}/two`, { agent });
  await get({ host: 'localhost', port, path: '/three', ca });
  await get(`https://localhost:${port}/four`, { rejectUnauthorized: false });
  await get(`https://localhost:${port}/five`, {});
  agent.destroy();
  https.globalAgent.destroy();
  server.close(() => console.log('closed'));
});
