'use strict';
// The builtins hold their own Buffer: a script's `Buffer = 5` does not
// reach stdout, streams, net or the decoders, as in node.
Buffer = 5;
console.log(Buffer, Object.getOwnPropertyDescriptor(globalThis, 'Buffer').value);

const net = require('net');
const { Writable } = require('stream');
const { StringDecoder } = require('string_decoder');

process.stdout.write('stdout string\n');
const w = new Writable({ write(c, e, cb) { console.log('writable', c.constructor.name, e, c.length); cb(); } });
w.write('héllo', 'latin1');
console.log('decoder', new StringDecoder('utf8').write(new Uint8Array([0xe2, 0x82])) === '');
try {
  require('assert').strictEqual(1, require('buffer').Buffer.from('a'));
} catch (e) {
  console.log(e.message.split('\n')[0]);
}
try {
  require('fs').readFileSync({});
} catch (e) {
  console.log(e.code, e.message);
}

const server = net.createServer((c) => {
  c.setEncoding('latin1');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('server got', got);
    c.end();
    server.close();
  });
}).listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.write('héllo ', 'latin1');
    c.end(new Uint8Array([0x77, 0x6f, 0x72, 0x6c, 0x64]));
  });
});
