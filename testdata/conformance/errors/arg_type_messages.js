'use strict';
const util = require('util');
class Foo {}
const received = [
  42, -0, NaN, 1.5, 10n, true, 'str', 'x'.repeat(40), '', Symbol('sym'), Symbol(),
  null, undefined, {}, [], [1, 2], new Foo(), new Map(), Object.create(null), () => {},
  function named() {}, class Bar {}, new Date(0), /re/, new Error('e'), Promise.resolve(), Buffer.from('x'), new Uint8Array(1),
];
for (const v of received) {
  try { util.promisify(v); } catch (e) { console.log(e.code, e.message); }
}
for (const v of [1, 'x', null, {}]) {
  try { util.callbackify(v); } catch (e) { console.log(e.code, e.message); }
}
function Ctor() {}
for (const [a, b] of [[null, Ctor], [Ctor, undefined], [Ctor, Object.assign(function () {}, { prototype: undefined })]]) {
  try { util.inherits(a, b); } catch (e) { console.log(e.code, e.message); }
}
try { util.formatWithOptions('x'); } catch (e) { console.log(e.code, e.message); }
try { util.stripVTControlCharacters([]); } catch (e) { console.log(e.code, e.message); }
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
