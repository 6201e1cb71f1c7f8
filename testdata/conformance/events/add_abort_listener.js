'use strict';
const { addAbortListener } = require('events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, (ev) => console.log('abort listener', ev.type));
console.log('dispose fn', typeof disposable[Symbol.dispose] === 'function' || typeof disposable[Symbol.for('nodejs.dispose')] === 'function');
ac.abort();

// Already aborted: listener runs asynchronously.
addAbortListener(AbortSignal.abort(), () => console.log('already aborted listener (async)'));
console.log('sync code after');

// Disposing removes the listener.
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('never'));
(d2[Symbol.dispose] || d2[Symbol.for('nodejs.dispose')])();
ac2.abort();

// stopImmediatePropagation does not stop it.
const ac3 = new AbortController();
ac3.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
addAbortListener(ac3.signal, () => console.log('resists stopImmediatePropagation'));
ac3.signal.addEventListener('abort', () => console.log('stopped one'));
ac3.abort();

for (const bad of [undefined, {}, 'x']) {
  try {
    addAbortListener(bad, () => {});
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  addAbortListener(new AbortController().signal, 'x');
} catch (err) {
  console.log(err.code, err.message);
}
