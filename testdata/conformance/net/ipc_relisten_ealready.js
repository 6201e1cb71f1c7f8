const net = require('net');
const path = '/tmp/gojanet-relisten-' + process.pid + '-' + Math.random().toString(36).slice(2) + '.sock';
const s = net.createServer((c) => c.end());
s.listen(path, () => {
  s.close(() => {
    const s2 = net.createServer();
    s2.listen(path, () => { console.log('relisten ok'); s2.close(() => console.log('closed again')); });
    s2.on('error', (e) => console.log('relisten error', e.code));
  });
});
const c = new net.Socket();
c.on('error', (e) => console.log('second connect error', e.code, e.syscall));
c.connect(1, '127.0.0.1');
try { c.connect(1, '127.0.0.1'); } catch (e) { console.log('threw', e.code); }
