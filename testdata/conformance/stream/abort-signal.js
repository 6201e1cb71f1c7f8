'use strict';
const { addAbortSignal, Readable, Writable, finished } = require('stream');
const log = (s) => console.log(s);
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => log('error ' + e.name + ' ' + e.code + ' ' + e.message));
r.on('close', () => log('close'));
ac.abort();
log('destroyed ' + r.destroyed);
const ac2 = new AbortController();
const w = new Writable({ signal: ac2.signal, write(c, e, cb) { cb(); } });
w.on('error', (e) => log('w error ' + e.name));
w.on('close', () => log('w close'));
setTimeout(() => ac2.abort(), 1);
try { addAbortSignal({}, r); } catch (e) { log('bad signal ' + e.code); }
try { addAbortSignal(ac.signal, {}); } catch (e) { log('bad stream ' + e.code); }
const ac3 = new AbortController();
const r3 = new Readable({ read() {} });
finished(r3, { signal: ac3.signal }, (err) => log('finished aborted ' + (err && err.name)));
ac3.abort();
