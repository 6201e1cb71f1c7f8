'use strict';
console.log(Object.keys(require('util')).sort().join(' '));
console.log(Object.keys(require('util').types).sort().join(' '));
const u = require('util');
console.log(Object.keys(u).join(' '));
for (const k of Object.keys(u)) { const d = Object.getOwnPropertyDescriptor(u, k); if ('get' in d) console.log('accessor', k, typeof d.set, d.configurable); }
console.log(typeof u.MIMEType, typeof u.parseArgs, u.TextDecoder === globalThis.TextDecoder, u.isDeepStrictEqual({ a: 1 }, { a: 1 }));
