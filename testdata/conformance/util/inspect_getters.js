'use strict';
const util = require('util');
const o = { get a() { return 1; }, get b() { return { c: 1 }; }, set b(v) {}, get e() { throw new Error('boom'); }, get n() { return null; }, set s(v) {} };
for (const g of [true, 'get', 'set', false]) console.log(util.inspect(o, { getters: g }));
class C { get x() { return 1; } }
console.log(util.inspect(new C(), { getters: true }));
