// An accessor made data without a value has no getter left for a later
// accessor define, and a data property made an accessor keeps no value.
const o = {};
Object.defineProperty(o, 'p', { get() { return 'old getter'; }, configurable: true });
Object.defineProperty(o, 'p', { writable: true });
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'p')), o.p);
Object.defineProperty(o, 'p', { set(v) {} });
const d = Object.getOwnPropertyDescriptor(o, 'p');
console.log(typeof d.get, typeof d.set, o.p);
const q = { v: 5 };
Object.defineProperty(q, 'v', { set(x) {} });
Object.defineProperty(q, 'v', { writable: false });
console.log(Object.getOwnPropertyDescriptor(q, 'v'), q.v);
const r = {};
Object.defineProperty(r, 's', { set(x) { this.t = x; }, get() { return 1; }, configurable: true });
Object.defineProperty(r, 's', { enumerable: true });
r.s = 7;
console.log(Object.getOwnPropertyDescriptor(r, 's').enumerable, r.t, r.s);
