'use strict';
const util = require('util');
const o = (x) => console.log(util.inspect(x, { showHidden: true }));
const e = new Error('x'); e.stack = 'Error: x'; o(e);
o(new Map([[1, 2]])); o(new Set([1])); o(Object.create(null, { h: { value: 1 } }));
o(new Uint8Array(2)); o(Buffer.from('a'));
class A { constructor() { Object.defineProperty(this, 'hidden', { value: 1 }); this.v = 2; } }
o(new A());
o([1, 2, 3]);
o({ a: { b: [1] } });
o(function f(a, b) {});
o(Symbol('x'));
o(new ArrayBuffer(1));
o(new Date(0));
o(/x/g);
