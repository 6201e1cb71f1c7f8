'use strict';
// Accepted sockets, whether copies of a template or made by the constructor
// (a watched prototype changed before each connection: after 16 templates
// net makes them by the constructor), have the same states, own keys and
// reading handle at 'connection': the count of distinct descriptions is 1.
const net = require('net');
const seen = [];
function dump(c) {
  const rs = c._readableState, ws = c._writableState;
  const pick = (o) => Object.keys(o).map((k) => k + '=' + (typeof o[k] === 'object' && o[k] !== null ? (o[k].constructor ? o[k].constructor.name : 'obj') : typeof o[k] === 'function' ? 'fn' : String(o[k]))).join(',');
  return pick(rs) + ' | ' + pick(ws) + ' | ' + Object.keys(c).join(',') + ' | ' + c._handle.reading;
}
let i = 0;
const server = net.createServer((c) => {
  seen.push(dump(c));
  c.end();
});
server.listen(0, '127.0.0.1', () => {
  const one = () => {
    net.Socket.prototype['m' + i] = i; // a watched change: a new template, after 16 the constructor
    const s = net.connect(server.address().port, '127.0.0.1');
    s.resume();
    s.on('close', () => { if (++i < 20) one(); else { server.close(); const u = [...new Set(seen)]; console.log(u.length); if (u.length > 1) console.log(u.join('\n')); } });
  };
  one();
});
