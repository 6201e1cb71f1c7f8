// new Function converts each argument once, parameters first, as V8's
// CreateDynamicFunction (a toString answering differently the second time
// is never asked again; it once made the host slice out of range), and
// parameters that only parse with the body after them are a SyntaxError.
try { new Function('/*', '*/){'); console.log('no throw'); } catch (e) { console.log(e.name, e.message); }
let n = 0;
const body = { toString() { n++; return n === 1 ? 'return 5' : 'x'.repeat(2000); } };
console.log(new Function('a', body)(), n);
const shrinking = { toString() { n++; return n === 2 ? 'return "long body ' + 'y'.repeat(500) + '"' : ''; } };
console.log(new Function('a', 'b', shrinking)().length, n);
let m = 0;
const p = { toString() { m++; return 'a'; } };
console.log(new Function(p, 'b', 'return a + b')(1, 2), m);
const order = [];
new Function({ toString() { order.push('p'); return 'a'; } }, { toString() { order.push('b'); return 'return a'; } });
console.log(order.join());
try { new Function(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
try { new Function('return 1 })(); (function () {'); console.log('no'); } catch (e) { console.log(e.name, e.message); }
console.log(new Function('a, b', 'return a * b')(3, 4));
