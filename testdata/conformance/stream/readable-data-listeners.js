'use strict';
// 'data' delivery with one listener, several listeners, once(), a patched
// emit(), and captureRejections with an async listener.
const { Readable, PassThrough } = require('stream');
const EE = require('events');
const log = (s) => console.log(s);
const r = new Readable({ read() {} });
r.on('data', function (c) { log('first ' + c + ' this=' + (this === r) + ' args=' + arguments.length); });
r.push('a');
setTimeout(() => {
  r.on('data', (c) => log('second ' + c));
  r.push('b');
  setTimeout(() => {
    r.once('data', (c) => log('once ' + c));
    r.push('c');
    setTimeout(() => {
      const p = new PassThrough();
      const orig = p.emit;
      p.emit = function (ev, ...args) { if (ev === 'data') log('patched emit sees ' + args[0]); return orig.call(this, ev, ...args); };
      p.on('data', (c) => log('p data ' + c));
      p.write('x');
      setTimeout(() => {
        const cr = new Readable({ read() {}, captureRejections: true });
        cr.on('data', async (c) => { throw new Error('async listener failed on ' + c); });
        cr.on('error', (e) => log('captured ' + e.message));
        cr.on('close', () => log('cr close'));
        cr.push('z');
      }, 1);
    }, 1);
  }, 1);
}, 1);
