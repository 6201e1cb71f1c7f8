// 'http' performance entries: one HttpClient per response head, one
// HttpRequest per finished response, with node's detail fields.
const http = require('http');
const { PerformanceObserver } = require('perf_hooks');
console.log(PerformanceObserver.supportedEntryTypes.includes('http'));
const entries = [];
const obs = new PerformanceObserver((list) => entries.push(...list.getEntries()));
obs.observe({ type: 'http' });
const server = http.createServer((req, res) => {
  res.setHeader('x-a', 'b');
  res.end('hi');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', path: '/p?q=1', method: 'PUT', headers: { 'x-c': 'd' } }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close();
      setTimeout(() => {
        obs.disconnect();
        entries.sort((a, b) => a.name < b.name ? -1 : 1);
        for (const e of entries) {
          const d = e.detail;
          console.log(e.name, e.entryType, typeof e.startTime, e.duration >= 0, d.req.method, d.req.url,
            JSON.stringify(d.req.headers['x-c']), d.res.statusCode, d.res.statusMessage, JSON.stringify(d.res.headers['x-a'] || d.res.headers['content-length']));
        }
        // nothing more once disconnected
        http.get({ port: 1, host: '127.0.0.1' }).on('error', () => console.log('count', entries.length));
      }, 50);
    });
  });
  req.end('body');
});
