// write()/end() with values a socket does not take, and an unknown encoding.
const net = require('net');
const s = new net.Socket();
s.on('error', () => {});
for (const v of [undefined, null, {}, 5, true, [1, 2], new ArrayBuffer(2)]) {
  try { s.write(v); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { s.end(5); } catch (e) { console.log('end', e.name, e.code, e.message); }
try { s.write('x', 'bogus'); } catch (e) { console.log('enc', e.name, e.code, e.message); }
s.destroy();
