'use strict';
// highWaterMark handling shared by the readable and writable sides.

const { errors } = require('internal/streams/utils');

let defaultHwmBytes = 16 * 1024;
let defaultHwmObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHwmObjects : defaultHwmBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  const v = require('internal/validators');
  if (v && typeof v.validateInteger === 'function') v.validateInteger(value, 'value', 0);
  if (objectMode) defaultHwmObjects = value;
  else defaultHwmBytes = defaultHwm.bytes = value;
}
// the byte streams' default mark as a field (http reads it per request
// without a call)
const defaultHwm = { bytes: defaultHwmBytes };

// options.highWaterMark wins; a Duplex side may use its own
// readableHighWaterMark / writableHighWaterMark key.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    // (a non-negative 32-bit integer, the usual mark, is its own floor:
    // no native calls)
    if (typeof hwm === 'number' && (hwm | 0) === hwm && hwm >= 0) return hwm;
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex && options.highWaterMark == null ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)(name, hwm);
    }
    return Math.floor(hwm);
  }
  return state.objectMode ? defaultHwmObjects : defaultHwmBytes; // (getDefaultHighWaterMark, inlined)
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark, defaultHwm };
