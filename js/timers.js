'use strict';
const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});
