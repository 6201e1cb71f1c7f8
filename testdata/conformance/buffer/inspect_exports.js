// util.inspect of Buffers (INSPECT_MAX_BYTES, extra properties, nesting),
// console.log of Buffers, and the module's other exports: isUtf8, isAscii,
// transcode, atob/btoa, SlowBuffer, constants.
'use strict';
const util = require('util');
const buffer = require('buffer');
const r = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const b = Buffer.from('hello world, this is a longer buffer to see how inspect cuts it off at fifty bytes');
console.log(b);
console.log(util.inspect(b));
console.log([Buffer.from('ab'), { x: Buffer.alloc(0) }]);
console.log(util.inspect(Buffer.alloc(51)));
const e = Buffer.from('xy');
e.foo = 'bar';
e[Symbol('s')] = 1;
console.log(e, util.inspect(e, { showHidden: true }));
buffer.INSPECT_MAX_BYTES = 4;
console.log(b, Buffer.from('abcde'), Buffer.from('abcd'));
r('INSPECT_MAX_BYTES bad', () => { buffer.INSPECT_MAX_BYTES = -1; });
r('INSPECT_MAX_BYTES str', () => { buffer.INSPECT_MAX_BYTES = '3'; });
buffer.INSPECT_MAX_BYTES = 50;
console.log(util.format('%s %o', Buffer.from('ab'), Buffer.from('c')));
console.log(String(Buffer.from('str')), `${Buffer.from('tpl')}`);
console.log(Object.keys(buffer).sort().filter((k) => !['Blob', 'File', 'resolveObjectURL'].includes(k)).join());
for (const x of [Buffer.from('héllo'), Buffer.from([0xff]), Buffer.from([0xed, 0xa0, 0x80]), new Uint16Array([0x41]),
  new ArrayBuffer(2), Buffer.alloc(0)]) {
  r('isUtf8/isAscii', () => [buffer.isUtf8(x), buffer.isAscii(x)]);
}
r('isUtf8 bad', () => buffer.isUtf8('x'));
r('isAscii bad', () => buffer.isAscii([]));
r('transcode', () => buffer.transcode(Buffer.from('€a'), 'utf8', 'ucs2').toString('hex'));
r('transcode back', () => buffer.transcode(Buffer.from('€a', 'ucs2'), 'ucs2', 'utf8').toString());
r('transcode latin1', () => buffer.transcode(Buffer.from('é'), 'utf8', 'latin1').toString('hex'));
r('transcode ascii', () => buffer.transcode(Buffer.from('é€a'), 'utf8', 'ascii').toString());
r('transcode bad', () => buffer.transcode('x', 'utf8', 'ucs2'));
r('transcode bad enc', () => buffer.transcode(Buffer.from('x'), 'utf8', 'hex'));
r('btoa', () => buffer.btoa('hello'));
r('atob', () => buffer.atob('aGVsbG8='));
r('atob bad', () => buffer.atob('a'));
r('btoa none', () => buffer.btoa());
r('SlowBuffer', () => buffer.SlowBuffer(3));
r('SlowBuffer new', () => new buffer.SlowBuffer(2) instanceof Buffer);
r('SlowBuffer bad', () => buffer.SlowBuffer(-1));
r('constants', () => Object.getOwnPropertyDescriptor(buffer.constants, 'MAX_LENGTH'));
r('kMaxLength', () => [buffer.kMaxLength, buffer.kStringMaxLength]);
