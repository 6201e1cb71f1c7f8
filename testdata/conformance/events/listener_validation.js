'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const methods = ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off'];
for (const m of methods) {
  for (const bad of [undefined, null, 1, 'str', {}, [], true]) {
    try {
      e[m]('evt', bad);
      console.log(m, 'accepted');
    } catch (err) {
      console.log(m, err.name, err.code, err.message);
    }
  }
}
