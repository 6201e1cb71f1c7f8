// Object.freeze(globalThis) before any global is first used: node's data
// globals (console, URL, SharedArrayBuffer, ...) are there, frozen; its
// replaceable accessors (crypto, performance) and Buffer answer; its lazy
// accessors (TextEncoder, atob, Blob, ...) throw on the first read, which
// could not define the property, and answer from then on.
const names = Object.getOwnPropertyNames(globalThis).sort();
Object.freeze(globalThis);
const lines = [];
for (const n of names) {
  // (fetch's Headers/Request/Response/FormData load undici in node, whose
  // first act is to define a symbol on globalThis: another message)
  if (n === 'Headers' || n === 'Request' || n === 'Response' || n === 'FormData') continue;
  let first, second;
  try { first = typeof globalThis[n]; } catch (e) { first = `${e.name}: ${e.message}`; }
  try { second = typeof globalThis[n]; } catch (e) { second = `${e.name}: ${e.message}`; }
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  lines.push(`${n} ${first}${second === first ? '' : ` then ${second}`} ${'value' in d ? 'data' : 'accessor'} ${d.configurable}`);
}
lines.push(`frozen ${Object.isFrozen(globalThis)}`);
console.log(lines.join('\n'));
console.log(typeof new URL('http://a/b').pathname, new SharedArrayBuffer(4).byteLength, typeof crypto.randomUUID(), typeof performance.now());
console.log(Buffer.from('ok').toString(), typeof structuredClone({ a: 1 }), Intl.NumberFormat('en-US').format(1234.5));
performance = 1;
console.log(performance);
