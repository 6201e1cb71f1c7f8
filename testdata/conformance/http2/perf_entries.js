// 'http2' performance entries: an Http2Stream entry per destroyed stream and
// an Http2Session entry per destroyed session, with node's detail fields
// (also readable, deprecated, on the entry); the client receives the
// server's SETTINGS, its ACK, a PING and the ACK of its own, HEADERS and two
// DATA frames, the last write carrying END_STREAM (no empty DATA after it).
const h2 = require('http2');
const { PerformanceObserver } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes.includes('http2'));
const seen = [];
const obs = new PerformanceObserver((items) => {
  for (const e of items.getEntries()) seen.push(e);
});
obs.observe({ type: 'http2' });
const server = h2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  stream.write('0123456789');
  stream.end('abcdefghij');
});
server.on('session', (s) => s.ping(() => {}));
server.listen(0, () => {
  const client = h2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => client.ping(() => {}));
  const req = client.request();
  req.resume();
  req.on('close', () => {
    client.close();
    server.close(() => setTimeout(report, 20));
  });
});

function report() {
  obs.disconnect();
  const rows = seen.map((e) => {
    const d = e.detail;
    const keys = Object.keys(d).join(',');
    if (e.name === 'Http2Session') {
      return `${e.name} ${d.type} ${keys} streams=${d.streamCount} max=${d.maxConcurrentStreams}` +
        (d.type === 'client' ? ` framesReceived=${d.framesReceived}` : ` framesReceived>=3 ${d.framesReceived >= 3}`) +
        ` rtt=${typeof d.pingRTT} avg=${typeof d.streamAverageDuration} bytes=${d.bytesRead > 0 && d.bytesWritten > 0}` +
        ` own=${Object.keys(e).join(',') === keys} same=${e.streamCount === d.streamCount}`;
    }
    return `${e.name} id=${d.id} ${keys} read=${d.bytesRead} written=${d.bytesWritten} ` +
      `${typeof d.timeToFirstByte} ${typeof d.timeToFirstByteSent} ${typeof d.timeToFirstHeader}`;
  });
  rows.sort();
  for (const r of rows) console.log(r);
}
