// ES modules: named, default and namespace imports of a local .mjs, CommonJS
// and builtins; live bindings; import.meta.
import Thing, { answer, greet, counter, increment, metaUrlEnd } from './fixtures/esm_lib.mjs';
import * as ns from './fixtures/esm_lib.mjs';
import cjs, { named } from './fixtures/cjs_for_esm.js';
import EventEmitter, { once } from 'node:events';
import { setTimeout as sleep } from 'timers/promises';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

console.log(answer, greet('esm'), new Thing().kind());
console.log(counter);
increment();
console.log('live binding', counter, ns.counter);
console.log(Object.keys(ns).sort().join(','));
console.log(typeof ns.default, ns.answer === answer);
console.log(cjs.fromCjs, named);
console.log(typeof EventEmitter, typeof once);
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/host/esm_import.mjs'));
console.log(metaUrlEnd);
console.log(fileURLToPath(import.meta.url).endsWith('/host/esm_import.mjs'));
const require = createRequire(import.meta.url);
console.log(require('./fixtures/data.json').name);
const e = new EventEmitter();
setTimeout(() => e.emit('go', 'emitted'), 1);
const [v] = await once(e, 'go');
console.log(v, await sleep(1, 'after await'));
