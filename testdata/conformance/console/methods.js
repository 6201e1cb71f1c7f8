'use strict';
// console methods are not constructors; Console checks its streams; a
// subclass's overrides are what instances bind; clear() writes only to TTYs.
const { Console } = require('console');
const { Writable } = require('stream');
for (const m of ['log', 'error', 'table', 'group']) {
  try {
    new console[m]();
  } catch (e) {
    console.log(m, e.name);
  }
}
for (const args of [[], [{ write() {} }, {}]]) {
  try {
    new Console(...args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
class Mine extends Console { log() { return 'overridden'; } }
const out = new Writable({ write(c, e, cb) { cb(); } });
console.log(new Mine(out).log());
let buf = '';
const tty = new Writable({ write(c, e, cb) { buf += c; cb(); } });
tty.isTTY = true;
new Console(tty).clear();
const notty = new Writable({ write(c, e, cb) { buf += '!'; cb(); } });
new Console(notty).clear();
setImmediate(() => console.log(JSON.stringify(buf)));
