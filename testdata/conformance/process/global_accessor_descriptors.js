'use strict';
// globalThis.process and Buffer describe themselves as node's accessors
// (get and set that read and write them), before and after Buffer's first
// use and after assignments; process.title as node's data property.
const show = (d) => d === undefined ? 'none' : 'value' in d ?
  `data ${typeof d.value} w=${d.writable} e=${d.enumerable} c=${d.configurable}` :
  `accessor get=${typeof d.get}:${d.get.name}/${d.get.length} set=${typeof d.set}:${d.set.name}/${d.set.length} e=${d.enumerable} c=${d.configurable}`;
console.log('Buffer', show(Object.getOwnPropertyDescriptor(globalThis, 'Buffer')));
const B = Buffer;
console.log('Buffer used', show(Reflect.getOwnPropertyDescriptor(globalThis, 'Buffer')), B === require('buffer').Buffer);
console.log('process', show(Object.getOwnPropertyDescriptors(globalThis).process));
const pd = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log(pd.get() === process, pd.get.call(undefined) === require('process'));
globalThis.process = 'x';
console.log(typeof process, show(Object.getOwnPropertyDescriptor(globalThis, 'process')));
pd.set(require('process'));
console.log(process === require('process'));
const bd = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
bd.set(42);
console.log(Buffer, bd.get());
bd.set(B);
console.log(Buffer === B, 'get' in Object.getOwnPropertyDescriptor(globalThis, 'Buffer'));
const td = Object.getOwnPropertyDescriptor(process, 'title');
console.log('title', show(td), td.value === process.title);
