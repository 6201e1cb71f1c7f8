'use strict';
// A script's definitions of globalThis.process and Buffer apply to node's
// accessor: a partial one keeps the other function, a generic one keeps
// both, a data one takes the accessor's flags (writable false unless
// given); the accessor's functions keep their own value once the property
// is no longer theirs; a Proxy of globalThis describes them as node does.
const show = (d) => d === undefined ? 'none' : 'value' in d ?
  `data ${typeof d.value} w=${d.writable} e=${d.enumerable} c=${d.configurable}` :
  `accessor get=${typeof d.get}:${d.get && d.get.name} set=${typeof d.set}:${d.set && d.set.name} e=${d.enumerable} c=${d.configurable}`;
const desc = (o, n) => Object.getOwnPropertyDescriptor(o, n);
const real = process, B = Buffer;
const pd = desc(globalThis, 'process'), bd = desc(globalThis, 'Buffer');

// through a Proxy
const px = new Proxy(globalThis, {});
console.log('proxy', show(desc(px, 'process')), show(desc(px, 'Buffer')));
console.log('proxy all', show(Object.getOwnPropertyDescriptors(px).process), show(Reflect.getOwnPropertyDescriptor(px, 'Buffer')));
console.log('proxy URL', show(desc(px, 'URL')), desc(px, 'process').get === pd.get);
const trapped = new Proxy(globalThis, { getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(t, k) });
console.log('trapped', show(desc(trapped, 'process')));

// partial: get only
console.log(Reflect.defineProperty(globalThis, 'process', { get() { return 'mine'; } }));
let d = desc(globalThis, 'process');
console.log(show(d), d.set === pd.set, d.get === pd.get, globalThis.process);
globalThis.process = 7; // node's setter: its own variable
console.log(globalThis.process, pd.get() === 7, show(desc(globalThis, 'process')));
pd.set(real);
console.log(pd.get() === real);

// generic: flags only
Object.defineProperty(globalThis, 'process', { get: pd.get });
Object.defineProperty(globalThis, 'Buffer', { enumerable: true });
d = desc(globalThis, 'Buffer');
console.log(show(d), d.get === bd.get, d.set === bd.set, Buffer === B);

// partial: set only, on Buffer
let seen;
Object.defineProperty(globalThis, 'Buffer', { set(v) { seen = v; } });
d = desc(globalThis, 'Buffer');
console.log(show(d), d.get === bd.get, Buffer === B);
Buffer = 9;
console.log(seen, Buffer === B);
Object.defineProperty(globalThis, 'Buffer', { value: B, writable: true, enumerable: false, configurable: true });

// data: the accessor's flags, writable false unless given
const saved = process;
Object.defineProperty(globalThis, 'process', { value: 1 });
console.log(show(desc(globalThis, 'process')), globalThis.process, pd.get() === saved);
pd.set(2);
console.log(globalThis.process, pd.get());
Object.defineProperty(globalThis, 'process', { value: saved, writable: true });

// delete: the accessor's functions keep their value, the global stays gone
console.log(show(desc(globalThis, 'Buffer')));
const bd2 = desc(globalThis, 'Buffer');
delete globalThis.Buffer;
console.log(typeof globalThis.Buffer, bd2.get === undefined ? 'data' : bd2.get() === B);
console.log('Buffer' in globalThis);
globalThis.Buffer = B;
console.log(typeof Buffer.from, typeof require('buffer').Buffer.alloc, real.pid > 0);
