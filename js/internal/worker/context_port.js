'use strict';
// A MessagePort of a vm context: what worker_threads.moveMessagePortToContext
// returns. This module runs in the context's realm (internal/vm_realm loads
// it there, with internal/serdes and internal/dom_exception), so the port,
// its methods, the events it dispatches, the values it receives and the
// errors it throws are all objects of the context, as node's are: node makes
// the port from its native MessagePort template in that context, with none
// of node's JS on top (no EventTarget, no on()): a message is handed to
// `port.onmessage(event)`, a message that cannot be deserialized there to
// `port.onmessageerror(event)`, the event a plain { data, target, type,
// ports } (node's per-context messaging script).
//
// The port is a Go port handle (modules/worker) of the main runtime, reached
// through the membrane: messages are serialized here with the context's
// serializer (V8's wire format, as every port's) and handed to the handle as
// bytes; received bytes are deserialized here. A JS transferable or
// cloneable (a FileHandle, a KeyObject) cannot be made in a context, which
// has no node builtins: the message fails with
// ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE, and what it carried is released
// in the main runtime (a FileHandle's descriptor is closed).

const { Serializer, Deserializer } = require('internal/serdes');
const { DOMException } = require('internal/dom_exception');
const { discardTransferable } = require('internal/worker/io');
const messaging = internalBinding('messaging');

const kHostPort = 0; // as internal/worker/io's host objects
const kHostJS = 1;
const kProviderMessagePort = 21; // node 20's AsyncWrap provider number

// port → { handle, asyncId }: the port has no own properties, as node's.
const ports = new WeakMap();

function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function stateOf(self) {
  const s = ports.get(self);
  if (s === undefined) throw new TypeError('Illegal invocation');
  return s;
}

function illegalConstructor() {
  throw codedTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}

// node's template chain: MessagePort → HandleWrap → AsyncWrap → Object.
function makeClass(name, methods, parent) {
  const C = { [name]: function () { illegalConstructor(); } }[name];
  Object.defineProperty(C, 'prototype', { writable: true, enumerable: false, configurable: false });
  if (parent !== null) Object.setPrototypeOf(C.prototype, parent.prototype);
  for (const key of Object.keys(methods)) {
    Object.defineProperty(C.prototype, key, { value: methods[key], writable: true, enumerable: true, configurable: true });
  }
  // constructor last, as the template's prototype lists it
  delete C.prototype.constructor;
  Object.defineProperty(C.prototype, 'constructor', { value: C, writable: true, enumerable: false, configurable: true });
  return C;
}

const AsyncWrap = makeClass('AsyncWrap', {
  getAsyncId() { return stateOf(this).asyncId; },
  asyncReset() { stateOf(this); },
  getProviderType() { stateOf(this); return kProviderMessagePort; },
}, null);

const HandleWrap = makeClass('HandleWrap', {
  close() {
    const s = stateOf(this);
    if (s.handle !== null) s.handle.close();
  },
  hasRef() {
    const s = stateOf(this);
    return s.handle !== null && s.handle.hasRef();
  },
  ref() {
    const s = stateOf(this);
    if (s.handle !== null) s.handle.ref();
  },
  unref() {
    const s = stateOf(this);
    if (s.handle !== null) s.handle.unref();
  },
}, AsyncWrap);

const MessagePort = makeClass('MessagePort', {
  postMessage(message, transfer) {
    const s = stateOf(this);
    if (arguments.length === 0) {
      throw codedTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const { movedPorts, buffers } = transferList(this, transfer);
    const shared = [];
    const ser = new PortSerializer(movedPorts, shared);
    ser.writeHeader();
    for (let i = 0; i < buffers.length; i++) ser.transferArrayBuffer(i, buffers[i]);
    ser.writeValue(message);
    if (s.handle === null) return;
    const handles = movedPorts.map((p) => ports.get(p).handle);
    s.handle.post(ser.releaseBuffer(), handles, buffers, shared);
    for (const p of movedPorts) ports.get(p).handle = null;
    for (const ab of buffers) messaging.detach(ab);
  },
  start() {
    const s = stateOf(this);
    if (s.handle !== null) s.handle.start();
  },
}, HandleWrap);

const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
function isArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try { abByteLength.call(v); return true; } catch { return false; }
}

// The transfer list, checked as node's C++ checks it: ports of this realm
// and ArrayBuffers.
function transferList(source, transfer) {
  const movedPorts = [];
  const buffers = [];
  if (transfer === undefined || transfer === null) return { movedPorts, buffers };
  let list = transfer;
  if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    list = transfer.transfer;
    if (list === undefined) return { movedPorts, buffers };
  }
  if (list === null || (typeof list !== 'object' && typeof list !== 'function') ||
      typeof list[Symbol.iterator] !== 'function') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  for (const item of list) {
    if (ports.has(item)) {
      if (item === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (movedPorts.includes(item)) throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      if (ports.get(item).handle === null) {
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      movedPorts.push(item);
    } else if (isArrayBuffer(item)) {
      if (buffers.includes(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      buffers.push(item);
    } else {
      throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  return { movedPorts, buffers };
}

class PortSerializer extends Serializer {
  constructor(movedPorts, shared) {
    super();
    this.ports = movedPorts;
    this.shared = shared;
  }

  _getDataCloneError(message) { return new DOMException(message, 'DataCloneError'); }

  _isHostObject(v) { return ports.has(v); }

  _writeHostObject(v) {
    const i = this.ports.indexOf(v);
    if (i < 0) {
      throw codedTypeError('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
        'Object that needs transfer was found in message but not listed in transferList');
    }
    this.writeUint32(kHostPort);
    this.writeUint32(i);
  }

  _getSharedArrayBufferId(sab) {
    let i = this.shared.indexOf(sab);
    if (i < 0) {
      i = this.shared.length;
      this.shared.push(sab);
    }
    return i;
  }
}

class PortDeserializer extends Deserializer {
  constructor(buffer, received, shared) {
    super(buffer);
    this.ports = received;
    this.shared = shared;
  }

  _readHostObject() {
    if (this.readUint32() === kHostJS) {
      const info = this.readValue();
      const data = this.readValue();
      discardTransferable(info, data);
      const err = new Error('A message object could not be deserialized successfully in the target vm.Context');
      err.code = 'ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE';
      throw err;
    }
    const port = this.ports[this.readUint32()];
    if (port === undefined) throw new Error('Unable to deserialize cloned data.');
    return port;
  }

  _getSharedArrayBuffer(id) {
    const sab = this.shared[id];
    if (sab === undefined) throw new Error('Unable to deserialize cloned data.');
    return sab;
  }
}

// node's per-context MessageEvent: plain data properties.
class MessageEvent {
  constructor(data, target, type, received) {
    this.data = data;
    this.target = target;
    this.type = type;
    this.ports = received;
  }
}

function emitMessage(port, data, received, type) {
  const event = new MessageEvent(data, port, type, received);
  if (type === 'message') {
    if (typeof port.onmessage === 'function') port.onmessage(event);
  } else if (typeof port.onmessageerror === 'function') {
    port.onmessageerror(event);
  }
}

// parts: [bytes, handles, buffers, shared] from the main runtime's handle.
function onMessage(port, parts) {
  const handles = parts[1];
  const received = [];
  for (let i = 0; i < handles.length; i++) received.push(wrap(handles[i], -1));
  const buffers = parts[2];
  const sharedList = parts[3];
  const shared = [];
  for (let i = 0; i < sharedList.length; i++) shared.push(sharedList[i]);
  let value;
  try {
    const des = new PortDeserializer(new Uint8Array(parts[0]), received, shared);
    des.readHeader();
    for (let i = 0; i < buffers.length; i++) des.transferArrayBuffer(i, buffers[i]);
    value = des.readValue();
  } catch (err) {
    emitMessage(port, err, [], 'messageerror');
    return;
  }
  emitMessage(port, value, received, 'message');
}

// wrap(handle, asyncId) → a port of this realm over a main-runtime port
// handle. Like node's, it holds the loop open (a uv handle is ref'd) until
// it is closed or unref()'d, and delivers once started.
function wrap(handle, asyncId) {
  const port = Object.create(MessagePort.prototype);
  ports.set(port, { handle, asyncId });
  handle.setCallbacks((parts) => onMessage(port, parts), () => { ports.get(port).handle = null; });
  handle.ref();
  return port;
}

module.exports = { wrap, MessagePort };
