'use strict';
// The globals node defines as data properties describe themselves so,
// through each way of asking, before and after their first use; writing
// one replaces it as a data property does.
const names = ['console', 'EventTarget', 'Event', 'CustomEvent', 'URL', 'URLSearchParams', 'WebAssembly',
  'WeakRef', 'FinalizationRegistry', 'Intl', 'SharedArrayBuffer', 'Atomics', 'fetch'];
const show = (d) => d === undefined ? 'none' :
  `${'value' in d ? `data ${typeof d.value}` : 'accessor'} w=${d.writable} e=${d.enumerable} c=${d.configurable}`;
for (const n of names.slice(0, 5)) console.log(n, show(Object.getOwnPropertyDescriptor(globalThis, n)));
for (const n of names.slice(5, 9)) console.log(n, show(Reflect.getOwnPropertyDescriptor(globalThis, n)));
const all = Object.getOwnPropertyDescriptors(globalThis);
for (const n of names.slice(9)) console.log(n, show(all[n]), all[n].value === globalThis[n]);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URL').value === URL, typeof new URL('http://a/b').href);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').value === require('url').URLSearchParams);
globalThis.Intl = 42;
console.log(show(Object.getOwnPropertyDescriptor(globalThis, 'Intl')), Intl);
delete globalThis.WebAssembly;
console.log(typeof WebAssembly === 'undefined', Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly'));
