'use strict';
// node's fetch API (undici) defines a property of globalThis as it loads:
// with globalThis frozen first, each use throws that TypeError (fetch()
// synchronously); the other lazy globals are unaffected.
Object.freeze(globalThis);
const t = (name, f) => {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, 'threw', e.constructor.name, e.message);
  }
};
t('typeof fetch', () => typeof fetch);
t('fetch.length', () => fetch.length);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  t(name, () => typeof globalThis[name]);
  t(name + ' again', () => typeof globalThis[name]);
}
t('fetch()', () => fetch('http://127.0.0.1:1/'));
t('URL', () => typeof URL);
t('AbortController', () => new AbortController().signal.aborted);
