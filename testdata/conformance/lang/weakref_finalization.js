// WeakRef and FinalizationRegistry: the API's deterministic parts (when a
// collector frees a target is up to it; runtime/weakref_test.go checks
// that gojanet's cleanups do run).
const obj = { big: new Array(1000).fill(1) };
const ref = new WeakRef(obj);
console.log(ref.deref() === obj, String(ref), Object.prototype.toString.call(ref));
const reg = new FinalizationRegistry(() => {});
const token = {};
console.log(reg.register(obj, 'held', token), reg.unregister(token), reg.unregister(token), reg.unregister({}));
console.log(String(reg), typeof WeakRef.prototype.deref, WeakRef.length, FinalizationRegistry.length);
for (const f of [
  () => new WeakRef(1), () => WeakRef({}), () => new FinalizationRegistry(1),
  () => reg.register(1, 'x'), () => reg.register(obj, obj), () => reg.unregister(1),
  () => reg.register(obj, 'x', 1), () => WeakRef.prototype.deref.call({}),
]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name); }
}
