'use strict';
// node's protocol for JS objects that postMessage can clone or transfer
// (internal/worker/io's serializer uses it), with node's symbols, so code
// that finds them by description (test files, libraries) sees the same:
//
//   obj[kClone]()     → { data, deserializeInfo }: obj is cloned
//   obj[kTransfer]()  → { data, deserializeInfo }: obj is moved, only when
//                       it is in the transfer list (else
//                       ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST)
//   obj[kTransferList]() → what must be transferred with obj (added to the
//                       transfer list)
//   deserializeInfo   'module:Constructor' of a builtin module; the receiver
//                     makes `new Constructor()` there and calls
//                     [kDeserialize](data) on it
//
// data travels as an ordinary structured-clone value inside the same
// message. Only builtin modules are looked up (node's rule): any other name
// fails the message with node's "Missing internal module" error, a
// constructor without [kDeserialize] with "Unknown deserialize spec".

const kClone = Symbol('messaging_clone_symbol');
const kTransfer = Symbol('messaging_transfer_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');
const kTransferList = Symbol('messaging_transfer_list_symbol');

function isTransferable(v) {
  return v !== null && typeof v === 'object' && typeof v[kTransfer] === 'function';
}

function isCloneable(v) {
  return v !== null && typeof v === 'object' && typeof v[kClone] === 'function';
}

// The object a received message's deserializeInfo names, not yet filled.
function create(deserializeInfo) {
  const [id, name] = `${deserializeInfo}`.split(':');
  let exports;
  try {
    exports = require(id);
  } catch {
    throw new TypeError(`Missing internal module '${id}'`);
  }
  const Ctor = exports == null ? undefined : exports[name];
  if (typeof Ctor !== 'function' || typeof Ctor.prototype[kDeserialize] !== 'function') {
    throw new Error(`Unknown deserialize spec ${deserializeInfo}`);
  }
  return new Ctor();
}

module.exports = { kClone, kTransfer, kDeserialize, kTransferList, isTransferable, isCloneable, create };
