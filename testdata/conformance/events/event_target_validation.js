'use strict';
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', v === undefined ? '' : String(v));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
for (const o of [null, 1, 'str', () => {}, [], { bubbles: 1 }]) {
  show(`Event options ${Array.isArray(o) ? 'array' : typeof o}`, () => new Event('x', o).bubbles);
}
const t = new EventTarget();
for (const o of ['str', 5, [], null, () => {}, true]) {
  show(`addEventListener options ${Array.isArray(o) ? 'array' : typeof o}`, () => t.addEventListener('x', () => {}, o));
}
show('symbol type add', () => t.addEventListener(Symbol('s'), () => {}));
show('symbol type remove', () => t.removeEventListener(Symbol('s'), () => {}));
show('symbol Event type', () => new Event(Symbol('s')));
show('preventDefault brand', () => Event.prototype.preventDefault.call({}));
show('type brand', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
show('onabort brand', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set.call({}, () => {}));
show('AbortController.abort brand', () => AbortController.prototype.abort.call({}));
const e = new Event('x');
e.initEvent('y', true, true);
console.log('initEvent', e.type, e.bubbles, e.cancelable);
console.log('CustomEvent details', new CustomEvent('c', null).detail, new CustomEvent('c', { detail: undefined }).detail,
  new CustomEvent('c', { detail: 0 }).detail);
const s = new AbortController().signal;
s.onabort = 5;
console.log('onabort stores any value', s.onabort);
s.onabort = { handleEvent() {} };
console.log('onabort object', typeof s.onabort);
