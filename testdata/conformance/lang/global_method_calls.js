// `G.m(...)` where G is a global: the global read and the method lookup
// (one fused instruction in gojanet) while the global and its method change.
const log = [];
function call() {
  try {
    return String(Helper.m(1));
  } catch (e) {
    return e.constructor.name + ': ' + e.message;
  }
}
function isArr(x) { return Array.isArray(x); }

for (let i = 0; i < 10; i++) {
  if (i === 1) globalThis.Helper = { m(x) { return 'a' + x; } };
  if (i === 2) Helper.m = function (x) { return 'b' + x; };
  if (i === 3) Helper = { m: (x) => 'c' + x };
  if (i === 4) Object.defineProperty(globalThis, 'Helper', { get() { return { m: () => 'getter' }; }, configurable: true });
  if (i === 5) delete globalThis.Helper;
  if (i === 6) globalThis.Helper = undefined;
  if (i === 7) globalThis.Helper = { };
  if (i === 8) globalThis.Helper = Object.create({ m() { return 'proto:' + (this === Helper); } });
  if (i === 9) globalThis.Helper = 'str';
  log.push(i + ' ' + call());
}
String.prototype.m = function () { return 'string method ' + this; };
log.push('str ' + call());
delete String.prototype.m;

const results = [];
for (let i = 0; i < 4; i++) {
  results.push(isArr(i % 2 ? [] : {}));
  if (i === 2) {
    const orig = Array.isArray;
    Array.isArray = () => 'replaced';
    results.push(isArr([]));
    Array.isArray = orig;
  }
}
log.push(results.join(','));
for (const l of log) console.log(l);
