'use strict';
// EventEmitter.captureRejections without its getter (a call back into the VM
// on goja): events keeps `value` equal to EventEmitter.prototype[kCapture],
// which is what the getter returns; streams read it per construction.
module.exports = { value: false };
