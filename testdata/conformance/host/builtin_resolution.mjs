// Builtins resolve to their own names, as asked for ('fs' or 'node:fs');
// 'node:' requests skip _resolveFilename and require.cache; bare ones look
// in require.cache first.
import fs from 'fs';
import Module, { createRequire } from 'module';
const require = createRequire(import.meta.url);

console.log(Module._resolveFilename('fs', null), Module._resolveFilename('node:fs', null));
console.log(Module._resolveFilename('fs/promises', null), require.resolve('fs'), require.resolve('node:test'));
console.log(import.meta.resolve('fs'), import.meta.resolve('node:fs'), typeof fs.readFileSync);
try { require('test'); } catch (e) { console.log('test:', e.code); }
try { require('node:nope'); } catch (e) { console.log('node:nope:', e.code); }

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const r = resolve.call(this, request, ...rest);
  console.log('resolve', request, '->', r);
  return r;
};
const load = Module._load;
Module._load = function (request) {
  console.log('load', request);
  return load.apply(this, arguments);
};
require('path');
require('node:path');
Module._resolveFilename = resolve;
Module._load = load;

require.cache.os = { exports: 'from require.cache', loaded: true };
console.log(require('os'), typeof require('node:os').platform);
delete require.cache.os;
console.log(typeof require('os').platform);
