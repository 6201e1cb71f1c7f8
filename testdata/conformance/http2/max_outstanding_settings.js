// maxOutstandingSettings: the SETTINGS past it (the initial ones count)
// destroy the session with ERR_HTTP2_MAX_PENDING_SETTINGS_ACK instead of
// going out; the peer sees GOAWAY(INTERNAL_ERROR).
const h2 = require('http2');
const server = h2.createServer({ maxOutstandingSettings: 2 });
server.on('session', (session) => {
  session.on('error', (e) => console.log('server session error', e.code, e.message, session.destroyed));
  session.on('close', () => console.log('server session close'));
  for (let n = 0; n < 3; n++) {
    try {
      session.settings({ enablePush: false });
      console.log('settings', n, session.pendingSettingsAck, session.destroyed);
    } catch (e) { console.log('threw', n, e.code); }
  }
});
server.listen(0, () => {
  const client = h2.connect(`http://localhost:${server.address().port}`);
  client.on('error', (e) => console.log('client error', e.code, e.message));
  client.on('close', () => { console.log('client close'); server.close(); });
});
