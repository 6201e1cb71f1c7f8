// Node's globals exist, are non-enumerable, and behave.
const names = ['global', 'process', 'Buffer', 'console', 'setTimeout', 'setInterval', 'setImmediate',
  'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'structuredClone',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal',
  'Event', 'EventTarget', 'DOMException', 'atob', 'btoa', 'performance'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof globalThis[n], d ? d.enumerable : 'no descriptor');
}
console.log(global === globalThis, typeof require, typeof module, typeof __filename);
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#frag');
console.log(u.host, u.pathname, u.searchParams.get('y'), u.hash);
const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp.getAll('a').join(','), sp.toString());
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), atob('aGVsbG8'));
for (const bad of [() => btoa('\u0100'), () => atob('a'), () => atob('!!!!')]) {
  try { bad(); } catch (e) { console.log(e.name, e instanceof DOMException, e.message); }
}
try { atob(); } catch (e) { console.log(e.code); }
console.log(new TextDecoder().decode(new TextEncoder().encode('héllo')));
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, typeof performance.timeOrigin, performance.timeOrigin <= Date.now());
const sc = structuredClone({ a: [1, { b: 2 }] });
console.log(JSON.stringify(sc));
