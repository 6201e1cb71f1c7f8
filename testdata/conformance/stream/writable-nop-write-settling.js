'use strict';
// Callback-less synchronous writes: when they settle (byte vs object mode).
const { Writable } = require('stream');
function t(label, om, n, cbs) {
  const w = new Writable({ objectMode: om, write(c, e, cb) { cb(); } });
  const out = [];
  for (let i = 0; i < n; i++) { if (cbs && cbs[i]) w.write('x', () => {}); else w.write('x'); out.push(w._writableState.pendingcb); }
  process.nextTick(() => console.log(label, out.join(','), 'after tick', w._writableState.pendingcb));
}
t('om nop x4', true, 4);
t('bytes nop x4', false, 4);
t('om cb,nop,nop', true, 3, [1, 0, 0]);
t('bytes cb,nop,nop', false, 3, [1, 0, 0]);
t('om nop,cb,nop', true, 3, [0, 1, 0]);
t('bytes nop,cb,nop', false, 3, [0, 1, 0]);
