// structuredClone: cycles, Map/Set/Date/RegExp/errors/boxed values/typed arrays, class instances, DataCloneError.
const src = { n: 1, s: 'x', b: true, u: undefined, nul: null, big: 10n, d: new Date(0), re: /ab+c/gi,
  m: new Map([[1, { a: 1 }], ['k', [1, 2]]]), set: new Set([1, 'two']), arr: [1, , 3], nested: { deep: { x: [1] } },
  ab: new Uint8Array([1, 2, 3]), f64: new Float64Array([1.5]), neg0: -0, nan: NaN, inf: -Infinity,
  bo: new Boolean(false), str: new String('boxed'), num: new Number(5) };
src.self = src;
src.m.set('cycle', src);
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.m.get('cycle') === c, c.d instanceof Date, c.d.getTime(), c.re.source, c.re.flags);
console.log(c.m instanceof Map, c.m.get(1).a, c.set.has('two'), 'u' in c, c.u, c.big, 1 in c.arr, c.arr.length);
console.log(c.ab instanceof Uint8Array, Array.from(c.ab).join(), c.ab.buffer !== src.ab.buffer, c.f64[0], Object.is(c.neg0, -0), Number.isNaN(c.nan), c.inf);
console.log(typeof c.bo, c.bo.valueOf(), c.str.valueOf(), c.num.valueOf());
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(p instanceof Point, Object.getPrototypeOf(p) === Object.prototype, p.x, p.y);
const e = structuredClone(new RangeError('bad', { cause: 'why' }));
console.log(e instanceof RangeError, e.name, e.message, e.cause);
for (const bad of [() => {}, Symbol('s'), new WeakMap(), Promise.resolve()]) {
  try { structuredClone(bad); console.log('cloned?'); } catch (err) { console.log(err.name, err.constructor.name, err.code); }
}
try { structuredClone({ f() {} }); } catch (err) { console.log(err.name); }
console.log(structuredClone(undefined), structuredClone(null), structuredClone('s'), structuredClone(3));
try { structuredClone(); } catch (err) { console.log(err.name, err.code); }
