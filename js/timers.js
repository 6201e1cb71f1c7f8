'use strict';
const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
};
// The old timer-list API, deprecated in node and kept working there.
const { deprecate } = require('util');
module.exports._unrefActive = deprecate(t.unrefActive,
  'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127');
module.exports.active = deprecate(t.active,
  'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126');
module.exports.unenroll = deprecate(t.unenroll,
  'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096');
module.exports.enroll = deprecate(t.enroll,
  'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095');
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});
