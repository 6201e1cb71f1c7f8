'use strict';
const util = require('util');
const EventEmitter = require('events');
const { Readable, Writable } = require('stream');
function describe(label, fn) {
  let err;
  try { fn(); } catch (e) { err = e; }
  if (!err) { console.log(label, 'did not throw'); return; }
  console.log(label);
  console.log('  name:', err.name, '| code:', err.code);
  console.log('  message:', err.message);
  console.log('  toString:', String(err));
  console.log('  stack[0]:', err.stack.split('\n')[0]);
  console.log('  keys:', Object.keys(err).join(','), '| own:', Object.getOwnPropertyNames(err).sort().join(','));
  console.log('  instanceof:', err instanceof Error, err instanceof TypeError, err instanceof RangeError,
    '| own name:', Object.prototype.hasOwnProperty.call(err, 'name'));
  err.stack = err.stack.split('\n')[0];
  console.log('  inspect:', util.inspect(err));
}
describe('promisify', () => util.promisify(42));
describe('getSystemErrorName', () => util.getSystemErrorName(5));
describe('emit error', () => new EventEmitter().emit('error', 'boom'));
describe('listener type', () => new EventEmitter().on('x', 'notfn'));
describe('readable _read', () => {
  const r = new Readable();
  r._read();
});
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('error event', e.code, e.message));
w.end();
w.write('x', (e) => console.log('write cb', e.name, e.code, e.message, String(e)));
