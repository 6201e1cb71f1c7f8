'use strict';
const t = new EventTarget();
const log = [];
function f3() { log.push('f3'); }
t.addEventListener('a', function f1(ev) {
  log.push(`f1 this=${this === t} target=${ev.target === t} current=${ev.currentTarget === t} phase=${ev.eventPhase}`);
  t.addEventListener('a', () => log.push('added during dispatch'));
  t.removeEventListener('a', f3);
});
t.addEventListener('a', { handleEvent(ev) { log.push(`obj this=${this !== t} type=${ev.type}`); } });
t.addEventListener('a', f3);
const e = new Event('a');
log.push(`dispatch -> ${t.dispatchEvent(e)}`);
log.push(`after: target=${e.target === t} current=${e.currentTarget} phase=${e.eventPhase}`);
log.push('--- second');
t.dispatchEvent(new Event('a'));

// Duplicates are ignored; capture is part of the identity.
const t5 = new EventTarget();
const dup = () => log.push('dup');
t5.addEventListener('d', dup);
t5.addEventListener('d', dup);
t5.addEventListener('d', dup, true);
t5.addEventListener('d', dup, { capture: true });
t5.dispatchEvent(new Event('d'));
t5.removeEventListener('d', dup);
log.push('--- after removing non-capture');
t5.dispatchEvent(new Event('d'));
t5.removeEventListener('d', dup, { capture: true });
log.push(`--- all removed: ${t5.dispatchEvent(new Event('d'))}`);

// once
const t6 = new EventTarget();
t6.addEventListener('o', () => log.push('once'), { once: true });
t6.dispatchEvent(new Event('o'));
t6.dispatchEvent(new Event('o'));

// signal option
const ac = new AbortController();
t6.addEventListener('s', () => log.push('sig'), { signal: ac.signal });
t6.dispatchEvent(new Event('s'));
ac.abort();
t6.dispatchEvent(new Event('s'));
t6.addEventListener('s', () => log.push('never: aborted signal'), { signal: ac.signal });
t6.dispatchEvent(new Event('s'));

// Object listener without handleEvent is ignored at dispatch time; handleEvent looked up late.
const late = {};
t6.addEventListener('late', late);
t6.dispatchEvent(new Event('late'));
late.handleEvent = () => log.push('late handleEvent');
t6.dispatchEvent(new Event('late'));

// Symbol and non-string types are stringified
t6.addEventListener(42, () => log.push('numeric type'));
t6.dispatchEvent(new Event('42'));

// Subclassing EventTarget
class MyTarget extends EventTarget {
  ping() { return this.dispatchEvent(new Event('ping')); }
}
const mt = new MyTarget();
mt.addEventListener('ping', (ev) => log.push(`MyTarget ping ${ev.target instanceof MyTarget}`));
mt.ping();
log.push(`toString ${Object.prototype.toString.call(mt)} ${Object.prototype.toString.call(t)}`);
console.log(log.join('\n'));
