// A session's unacknowledged settings() callback is never called once the
// session is destroyed or closed (node drops it; a ping's gets
// ERR_HTTP2_PING_CANCEL). The two variants run one after the other.
'use strict';
const http2 = require('http2');

function variant(how, next) {
  const server = http2.createServer();
  server.on('session', (session) => {
    session.on('error', () => {});
    session.settings({ enablePush: false }, (err) => console.log(how, 'settings callback', err && err.code));
    session.ping((err) => console.log(how, 'ping callback', err && err.code));
    session.on('close', () => {
      console.log(how, 'session closed');
      server.close(next);
    });
    if (how === 'destroy') session.destroy();
    else session.close();
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    client.on('error', () => {});
  });
}

variant('destroy', () => variant('close', () => console.log('done')));
