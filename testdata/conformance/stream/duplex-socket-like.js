'use strict';
// A socket-like Duplex: reads arrive from timers, writes complete async,
// _final shuts down the write side; half-close and destroy orders.
const { Duplex } = require('stream');
const log = (s) => console.log(s);
const steps = [];
function step(fn) { steps.push(fn); }
// Each step returns its socket; the next step starts after that socket's 'close'.
function run() { const fn = steps.shift(); if (fn) fn().on('close', () => setTimeout(run, 1)); }
function sock(name, opts) {
  const s = new Duplex(Object.assign({
    read() { log(name + ' _read'); },
    write(c, e, cb) { log(name + ' _write ' + c); setTimeout(cb, 1); },
    final(cb) { log(name + ' _final'); setTimeout(cb, 1); },
    destroy(err, cb) { log(name + ' _destroy ' + (err && err.message)); cb(err); },
  }, opts));
  ['end', 'finish', 'close', 'error'].forEach((ev) => s.on(ev, (e) => log(name + ' ' + ev + (e ? ' ' + e.message : '') +
    ' r=' + s.readable + ' w=' + s.writable + ' d=' + s.destroyed)));
  return s;
}
step(() => {
  const a = sock('halfopen');
  a.on('data', (d) => log('halfopen data ' + d));
  a.push('hi');
  a.end('bye');
  a.once('finish', () => setTimeout(() => { log('peer ends'); a.push(null); }, 1));
  return a;
});
step(() => {
  const b = sock('noHalfOpen', { allowHalfOpen: false });
  b.resume();
  b.push(null);
  return b;
});
step(() => {
  const c = sock('destroyErr');
  c.write('pending');
  c.destroy(new Error('reset'));
  log('destroyErr after destroy r=' + c.readable + ' w=' + c.writable + ' errored=' + (c.errored && c.errored.message));
  return c;
});
step(() => {
  const d = sock('finalErr', { final(cb) { log('finalErr _final'); setTimeout(() => cb(new Error('shutdown failed')), 1); } });
  d.resume();
  d.end();
  return d;
});
step(() => {
  const e = sock('echo', { allowHalfOpen: false });
  e.pipe(e);
  e.push('ping');
  setTimeout(() => e.push(null), 2);
  return e;
});
run();
