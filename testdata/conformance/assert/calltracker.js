// assert.CallTracker: counts, node 20's report/verify messages, argument
// checks, getCalls/reset, a tracked function keeps name, length and own
// properties, and handler traps are not looked up on Object.prototype.
const assert = require('assert');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const t = new assert.CallTracker();
new assert.CallTracker();
function foo(a, b) { return a + b; }
foo.extra = 'x';
const f = t.calls(foo, 2);
console.log(f(1, 2), f.name, f.length, f.extra);
const g = t.calls();
const h = t.calls(3);
console.log(t.report().map((e) => [e.message, e.actual, e.expected, e.operator, typeof e.stack]));
for (const v of [0, -1, '1', 0.1, 2 ** 32, null, true]) {
  try { t.calls(foo, v); console.log('ok', v); } catch (e) { console.log(e.code, e.message); }
}
try { t.getCalls(foo); } catch (e) { console.log(e.code, e.message); }
f.call('self', 3, 4);
console.log(t.getCalls(f));
try { t.verify(); } catch (e) { console.log(e.name, e.message, e.code); }
g(); h(); h(); h();
t.reset(f);
console.log(t.getCalls(f).length);
f(); f();
t.verify();
console.log('verified');
const t2 = new assert.CallTracker();
const one = t2.calls(foo, 1);
try { t2.verify(); } catch (e) { console.log(e.message); }
one(); one();
try { t2.verify(); } catch (e) { console.log(e.message); }
Object.prototype.get = () => { throw new Error('trap looked up on Object.prototype'); };
const k = t2.calls(foo, 1);
console.log(k.extra, k(2, 3));
delete Object.prototype.get;
process.on('exit', () => {
  try { t.calls(foo); } catch (e) { console.log(e.code, e.message); }
});
