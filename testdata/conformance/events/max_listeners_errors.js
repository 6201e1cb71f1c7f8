'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
for (const bad of [-1, NaN, 'ten', null, undefined]) {
  try {
    e.setMaxListeners(bad);
    console.log('accepted', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
for (const bad of [-5, 'x', NaN]) {
  try {
    EventEmitter.defaultMaxListeners = bad;
    console.log('accepted', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('still', EventEmitter.defaultMaxListeners);
try {
  EventEmitter.setMaxListeners(-1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  EventEmitter.setMaxListeners(1, {});
} catch (err) {
  console.log(err.name, err.code, err.message);
}
