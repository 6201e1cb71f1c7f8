'use strict';
// The global console keeps the stream process.stdout (stderr) was at its
// first write, as node's does: a script's own getter is read once, at that
// write, and its stream takes every line after; later replacements are not
// heard, a patched write of the kept stream is.
const EventEmitter = require('events');
const captured = [];
const fake = (tag) => Object.assign(new EventEmitter(), {
  write(chunk, cb) { captured.push(tag + ':' + chunk); if (typeof cb === 'function') cb(); return true; },
});

// stderr: a getter of the script's own, before the console's first use.
let reads = 0;
const first = fake('first');
Object.defineProperty(process, 'stderr', { get() { reads++; return first; }, configurable: true, enumerable: true });
captured.push('read before: ' + (reads > 0));
console.error('one');
const once = reads; // (node's util colors read it too, when they load)
console.warn('two');
captured.push('read by the first write: ' + (once > 0) + ', not again: ' + (reads === once));
Object.defineProperty(process, 'stderr', { value: fake('second'), configurable: true, writable: true });
console.error('three: still the first');
first.write = function (chunk) { captured.push('patched first:' + chunk); return true; };
console.error('four: its patched write');

// stdout: the host's at the first console.log; a stream put in its place
// later is not heard, a patched write of the host's stream is.
console.log('straight');
const host = process.stdout;
Object.defineProperty(process, 'stdout', { value: fake('late'), configurable: true, writable: true });
console.log('still straight');
host.write = function (chunk) { captured.push('patched host:' + chunk); return true; };
console.log('through the host stream');
delete host.write;
console.log('straight again');

for (const line of captured) console.log(JSON.stringify(line));
