'use strict';
// The global console writes to process.stdout/stderr as they are: a stream
// defined before the console first used it takes console.error's lines, and
// a patched write (as test runners capture output) is heard on the next
// console.log, also after console.log went straight to the host.
const captured = [];
const EventEmitter = require('events');
const fake = (tag) => Object.assign(new EventEmitter(), {
  write(chunk, cb) { captured.push(tag + ':' + chunk); if (typeof cb === 'function') cb(); return true; },
});

console.log('first, straight');
console.info('info, straight');

// stderr defined before console.error ever ran.
Object.defineProperty(process, 'stderr', { value: fake('err'), configurable: true, writable: true, enumerable: true });
console.error('to the defined stderr');
console.warn('warn too');
console.log('log still straight');

// stdout read, then its write patched, then unpatched.
const out = process.stdout;
console.log('after the read, straight');
out.write = function (chunk) { captured.push('patched:' + chunk); return true; };
console.log('through the patched write');
console.log('%s and %d', 'formatted', 42);
delete out.write;
console.log('unpatched again');

for (const line of captured) console.log('captured', JSON.stringify(line));
