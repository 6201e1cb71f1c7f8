const log = [];
const t = new EventTarget();
t.addEventListener('x', () => { log.push('a'); t.addEventListener('x', () => log.push('b')); }, { once: true });
t.dispatchEvent(new Event('x'));
log.push('|');
const t2 = new EventTarget();
function self() { log.push('s'); t2.removeEventListener('y', self); t2.addEventListener('y', () => log.push('n')); }
t2.addEventListener('y', self);
t2.dispatchEvent(new Event('y'));
log.push('|');
const t3 = new EventTarget();
const f1 = () => { log.push('f1'); t3.removeEventListener('z', f2); t3.addEventListener('z', f3); };
const f2 = () => log.push('f2');
const f3 = () => log.push('f3');
t3.addEventListener('z', f1); t3.addEventListener('z', f2);
t3.dispatchEvent(new Event('z'));
log.push('|');
// remove tail then add: is the new one reached?
const t4 = new EventTarget();
const g2 = () => log.push('g2');
t4.addEventListener('w', () => { log.push('g1'); t4.removeEventListener('w', g2); t4.addEventListener('w', () => log.push('g3')); });
t4.addEventListener('w', g2);
t4.dispatchEvent(new Event('w'));
console.log(log.join(' '));

const tt = new EventTarget();
tt.addEventListener('x', (e) => { console.log('1'); e.stopImmediatePropagation(); });
tt.addEventListener('x', () => console.log('passive 2'), { passive: true });
tt.addEventListener('x', () => console.log('3'));
tt.addEventListener('x', () => console.log('passive 4'), { passive: true });
tt.dispatchEvent(new Event('x'));
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { console.log('s1'); e.stopImmediatePropagation(); });
ac.signal.addEventListener('abort', () => console.log('s2'));
ac.signal.onabort = () => console.log('onabort');
require('events').addAbortListener(ac.signal, () => console.log('resist'));
ac.abort();
