'use strict';
// The 'buffer' builtin: goja_nodejs's Buffer, completed by internal/buffer.

require('internal/buffer');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;

function SlowBuffer(size) { return Buffer.alloc(size); }

module.exports = {
  Buffer,
  SlowBuffer,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
  atob: globalThis.atob,
  btoa: globalThis.btoa,
  isUtf8(input) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
      return true;
    } catch (e) {
      return false;
    }
  },
};
