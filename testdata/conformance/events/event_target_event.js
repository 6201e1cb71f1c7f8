'use strict';
const e = new Event('x');
const props = ['type', 'bubbles', 'cancelable', 'composed', 'defaultPrevented', 'isTrusted', 'target',
  'currentTarget', 'srcElement', 'eventPhase', 'returnValue', 'cancelBubble'];
console.log(props.map((p) => `${p}=${String(e[p])}`).join(' '));
console.log('timeStamp number', typeof e.timeStamp, e.timeStamp >= 0);
const e2 = new Event('y', { bubbles: true, cancelable: true, composed: true });
console.log(e2.bubbles, e2.cancelable, e2.composed);
console.log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log('JSON', JSON.stringify(e), Object.keys(e).length);
console.log('toStringTag', Object.prototype.toString.call(e));
console.log('proto keys', Object.keys(Event.prototype).join(','));

// preventDefault only matters for cancelable events.
const t = new EventTarget();
t.addEventListener('c', (ev) => ev.preventDefault());
const nc = new Event('c');
console.log('not cancelable:', t.dispatchEvent(nc), nc.defaultPrevented, nc.returnValue);
const ca = new Event('c', { cancelable: true });
console.log('cancelable:', t.dispatchEvent(ca), ca.defaultPrevented, ca.returnValue);

// stopImmediatePropagation skips the remaining listeners.
const t3 = new EventTarget();
t3.addEventListener('s', (ev) => { console.log('first'); ev.stopImmediatePropagation(); });
t3.addEventListener('s', () => console.log('never'));
const se = new Event('s');
t3.dispatchEvent(se);
console.log('cancelBubble', se.cancelBubble);
const sp = new Event('s2');
sp.stopPropagation();
console.log('stopPropagation sets cancelBubble', sp.cancelBubble);
const cb = new Event('s3');
cb.cancelBubble = true;
console.log('cancelBubble setter', cb.cancelBubble);

// composedPath during and after dispatch.
const t4 = new EventTarget();
let during;
t4.addEventListener('p', (ev) => { during = ev.composedPath(); });
const pe = new Event('p');
t4.dispatchEvent(pe);
console.log('composedPath', during.length, during[0] === t4, pe.composedPath().length);

// Re-dispatching the same event object after dispatch is allowed.
console.log('redispatch', t4.dispatchEvent(pe));

// CustomEvent
const ce = new CustomEvent('cust', { detail: { answer: 42 } });
console.log('CustomEvent', ce.detail.answer, ce instanceof Event, ce.type, Object.prototype.toString.call(ce));
console.log('no detail', new CustomEvent('n').detail);
console.log('CustomEvent proto keys', Object.keys(CustomEvent.prototype).join(','));
// Type is stringified.
console.log('type coercion', new Event(1).type, new Event(null).type, new Event(undefined).type);
// Subclass of Event
class MyEvent extends Event {
  constructor(x) { super('mine'); this.x = x; }
}
const t5 = new EventTarget();
t5.addEventListener('mine', (ev) => console.log('MyEvent', ev.x, ev instanceof MyEvent));
t5.dispatchEvent(new MyEvent(7));
