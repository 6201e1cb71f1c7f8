'use strict';
// An https.Agent's TLS sessions and key logs: a resumed connection holds the
// session it resumed (getSession() unchanged, no 'session'), another cipher
// list is another cache entry, new ticket keys on the server mean a full
// handshake; 'keylog' on the agent forwards its sockets' lines once someone
// listens.
const https = require('https');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca.pem');

const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => {
  if (req.url === '/drop-key') server.setTicketKeys(crypto.randomBytes(48));
  res.end('ok');
});

function get(agent, name, opts) {
  return new Promise((resolve) => {
    let sessions = 0;
    const req = https.request({ port: server.address().port, host: 'localhost', ca, agent, ...opts }, (res) => {
      const s = res.socket;
      const session = s.getSession();
      res.resume();
      res.on('end', () => {
        console.log('%s: reused=%s session events=%s', name, s.isSessionReused(), sessions > 0);
        resolve(session.toString('hex'));
      });
    });
    req.on('socket', (s) => s.on('session', () => { sessions++; }));
    req.end();
  });
}

server.listen(0, 'localhost', async () => {
  const agent = new https.Agent({ maxCachedSessions: 1 });
  const first = await get(agent, 'first');
  const reuse = await get(agent, 'first-reuse');
  console.log('same session on reuse:', first === reuse);
  const cipher = await get(agent, 'cipher-change', { ciphers: 'AES256-SHA' });
  console.log('cipher change is another session:', cipher !== first);
  const before = await get(agent, 'before-drop', { path: '/drop-key' });
  const after = await get(agent, 'after-drop');
  const afterReuse = await get(agent, 'after-drop-reuse');
  console.log('new keys mean a new session:', before !== after, 'then reused:', after === afterReuse);

  const logging = new https.Agent({ maxVersion: 'TLSv1.2' });
  console.log('newListener before keylog:', logging.listenerCount('newListener'));
  const lines = [];
  logging.on('keylog', (line, socket) => lines.push([line.toString().split(' ')[0], socket.encrypted === true]));
  console.log('newListener after keylog:', logging.listenerCount('newListener'));
  await get(logging, 'keylog', {});
  await get(new https.Agent({ maxVersion: 'TLSv1.2' }), 'other agent', {});
  console.log('agent keylog lines:', JSON.stringify(lines));
  server.close();
});
