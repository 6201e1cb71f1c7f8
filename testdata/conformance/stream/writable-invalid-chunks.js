'use strict';
const { Writable } = require('stream');
const log = (s) => console.log(s);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('error event ' + e.code));
for (const v of [null, 1, {}, true, undefined]) {
  try { w.write(v); log('no throw for ' + String(v)); } catch (e) { log('throw ' + String(v) + ' ' + e.code + ' ' + e.name); }
}
try { w.end(null); log('end(null) ok'); } catch (e) { log('end(null) ' + e.code); }
const o = new Writable({ objectMode: true, write(c, e, cb) { log('obj ' + String(c)); cb(); } });
for (const v of [null, 1, false, undefined]) {
  try { o.write(v); } catch (e) { log('objectMode throw ' + String(v) + ' ' + e.code); }
}
