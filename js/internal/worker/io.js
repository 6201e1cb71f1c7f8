'use strict';
// MessagePort, MessageChannel, BroadcastChannel, MessageEvent,
// receiveMessageOnPort, markAsUntransferable and structuredClone: the JS half
// of messaging between runtimes (the Go half is modules/worker).
//
// A MessagePort is an EventTarget (with node's EventEmitter-style on/once/
// off/emit on top, as node's NodeEventTarget) over a Go port handle. Sending:
// postMessage validates the transfer list, serializes the value with
// MessageSerializer (internal/serdes, V8's wire format; ports are host
// objects written as their index in the transfer list, SharedArrayBuffers by
// id; JS transferables such as FileHandle as their deserializeInfo and data,
// internal/worker/js_transferable) and hands the bytes, the port handles,
// the ArrayBuffers to move and the shared buffers to handle.post. Receiving: Go calls back with
// [bytes, handles, buffers, shared]; they are deserialized and dispatched as
// a MessageEvent ('messageerror' if deserializing fails). A port starts
// delivering (and keeps the loop alive) when a 'message' listener is added,
// as in node; without one, messages wait in the Go queue, where
// receiveMessageOnPort takes them synchronously.
//
// structuredClone is the same serializer and deserializer within one VM:
// transferred ArrayBuffers and ports are moved to new objects over the same
// memory or port, and the originals detached.

const {
  EventTarget, Event, CustomEvent, defineEventHandler, getEventTargetListeners,
} = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { setImmediate } = require('internal/timers'); // (ours, not the global a script may replace)
const { Serializer, Deserializer, releaseBytes } = require('internal/serdes');
const jsTransferable = require('internal/worker/js_transferable');
const { isPool: isBufferPool } = require('internal/buffer');
const { kTransfer, kTransferList, kClone, kDeserialize } = jsTransferable;
const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_CONSTRUCT_CALL_INVALID, ERR_INVALID_THIS,
  ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST, ERR_INVALID_TRANSFER_OBJECT,
} = codes;

const binding = internalBinding('messaging');
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;

const kHandle = Symbol('kHandle');
const kNodeListeners = Symbol('kNodeListeners');
const kNodeValue = Symbol('kNodeValue');
const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');
const kName = Symbol('kName');
const kOnClose = Symbol('kOnClose');
const kClosed = Symbol('kClosed');
const kAsync = Symbol('kAsync');
const kDetached = Symbol('kDetached'); // its Go port went elsewhere (transferred, moved to a context)
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

const untransferable = new WeakSet();

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function codedTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// --- MessageEvent -----------------------------------------------------------------
class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const o = options === undefined || options === null ? {} : options;
    const source = o.source === undefined ? null : o.source;
    if (source !== null && !isPort(source)) throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    if (o.ports !== undefined && (o.ports === null || typeof o.ports[Symbol.iterator] !== 'function')) {
      throw new TypeError('ports is not iterable');
    }
    const ports = o.ports === undefined ? [] : [...o.ports];
    for (let i = 0; i < ports.length; i++) {
      if (!isPort(ports[i])) throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', ports[i]);
    }
    hidden(this, kData, o.data === undefined ? null : o.data);
    hidden(this, kOrigin, o.origin === undefined ? '' : `${o.origin}`);
    hidden(this, kLastEventId, o.lastEventId === undefined ? '' : `${o.lastEventId}`);
    hidden(this, kSource, source);
    hidden(this, kPorts, Object.freeze(ports));
  }
}
for (const [name, key] of [['data', kData], ['origin', kOrigin], ['lastEventId', kLastEventId],
  ['source', kSource], ['ports', kPorts]]) {
  Object.defineProperty(MessageEvent.prototype, name, {
    get() {
      if (this === null || typeof this !== 'object' || !(key in this)) throw new ERR_INVALID_THIS('MessageEvent');
      return this[key];
    },
    enumerable: true,
    configurable: true,
  });
}

// --- NodeEventTarget ---------------------------------------------------------------
// EventEmitter-style methods over EventTarget: a node-style listener gets the
// event's data (the message), not the event.
function nodeListeners(self, type) {
  let all = self[kNodeListeners];
  if (all === undefined) {
    all = new Map();
    hidden(self, kNodeListeners, all);
  }
  let list = all.get(type);
  if (list === undefined) {
    list = [];
    all.set(type, list);
  }
  return list;
}

function addNodeListener(self, type, listener, once) {
  if (typeof listener !== 'function') throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  const list = nodeListeners(self, `${type}`);
  const record = { listener, wrapper: null };
  record.wrapper = function (event) {
    if (once) {
      const i = list.indexOf(record);
      if (i >= 0) list.splice(i, 1);
    }
    const value = event[kNodeValue] !== undefined ? event[kNodeValue] : (kData in event ? event[kData] : undefined);
    return Reflect.apply(listener, this, [value]);
  };
  list.push(record);
  self.addEventListener(type, record.wrapper, { once });
  return self;
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) { this[Symbol.for('events.maxEventTargetListeners')] = n; return this; }
  getMaxListeners() { return 10; }
  eventNames() {
    const all = this[kNodeListeners];
    return all === undefined ? [] : [...all.keys()].filter((k) => all.get(k).length > 0);
  }
  listenerCount(type) { return getEventTargetListeners(this, type).length; }
  off(type, listener) { return this.removeListener(type, listener); }
  removeListener(type, listener) {
    const list = nodeListeners(this, `${type}`);
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].listener === listener) {
        const [record] = list.splice(i, 1);
        this.removeEventListener(type, record.wrapper);
        break;
      }
    }
    return this;
  }
  on(type, listener) { return addNodeListener(this, type, listener, false); }
  addListener(type, listener) { return addNodeListener(this, type, listener, false); }
  emit(type, arg) {
    const event = new CustomEvent(type, { detail: arg });
    if (arg !== undefined) hidden(event, kNodeValue, arg);
    const had = this.listenerCount(type) > 0;
    this.dispatchEvent(event);
    return had;
  }
  once(type, listener) { return addNodeListener(this, type, listener, true); }
  // A MessagePort starts, and keeps the loop alive, while it has a
  // 'message' listener.
  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    const handle = this[kHandle];
    if (`${type}` === 'message' && handle && getEventTargetListeners(this, 'message').length > 0) {
      handle.ref();
      handle.start();
    }
  }

  removeEventListener(type, listener, options) {
    super.removeEventListener(type, listener, options);
    const handle = this[kHandle];
    if (`${type}` === 'message' && handle && getEventTargetListeners(this, 'message').length === 0) {
      // Later messages wait for the next listener.
      handle.unref();
      handle.stop();
    }
  }

  removeAllListeners(type) {
    const all = this[kNodeListeners];
    if (all === undefined) return this;
    for (const t of type === undefined ? [...all.keys()] : [`${type}`]) {
      for (const record of all.get(t) || []) this.removeEventListener(t, record.wrapper);
      all.delete(t);
    }
    return this;
  }
}

// --- MessagePort ---------------------------------------------------------------------
function isPort(v) {
  return v !== null && typeof v === 'object' && Object.prototype.hasOwnProperty.call(v, kHandle);
}

function checkPort(self) {
  if (!isPort(self)) throw new ERR_INVALID_THIS('MessagePort');
}

class MessagePortMethods extends NodeEventTarget {

  postMessage(message, transfer = undefined) {
    checkPort(this);
    if (arguments.length === 0) {
      throw codedTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    const handle = this[kHandle];
    const parts = serializeMessage(message, transfer, this);
    if (handle === null) {
      releaseUnsent(parts);
      return;
    }
    const sent = handle.post(parts.data, parts.handles, parts.buffers, parts.shared);
    // Indexed: a worker's last message may follow its script's replacing
    // the array iterator (node's postMessage runs no script code).
    for (let i = 0; i < parts.ports.length; i++) {
      const p = parts.ports[i];
      p[kHandle] = null;
      hidden(p, kDetached, true);
    }
    if (typeof sent === 'string') process.emitWarning(sent);
  }

  start() {
    checkPort(this);
    if (this[kHandle] !== null) this[kHandle].start();
  }

  ref() {
    checkPort(this);
    if (this[kHandle] !== null) this[kHandle].ref();
  }

  unref() {
    checkPort(this);
    if (this[kHandle] !== null) this[kHandle].unref();
  }

  hasRef() {
    checkPort(this);
    return this[kHandle] !== null && this[kHandle].hasRef();
  }

  close(callback) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    const wasClosed = this[kClosed];
    this[kClosed] = true; // detached at once, for the transfer lists that follow
    if (this[kHandle] !== null) {
      this[kHandle].close();
    } else if (!wasClosed && this[kDetached]) {
      // Transferred or moved away: node still closes this side's handle,
      // which emits 'close'.
      setImmediate(() => onClose(this));
    }
  }

  [inspectCustom](depth, options, inspect) {
    const handle = this[kHandle];
    const state = { active: handle !== null && !handle.closed(), refed: handle !== null && handle.hasRef() };
    if (depth < 0) return 'MessagePort';
    return `MessagePort [EventTarget] ${inspect(state, options)}`;
  }
}
// MessagePort is not constructible, nor callable: node's error either way.
function MessagePort() {
  throw codedTypeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}
MessagePort.prototype = MessagePortMethods.prototype;
Object.defineProperty(MessagePort, 'prototype', { writable: false });
Object.defineProperty(MessagePort.prototype, 'constructor', {
  value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
{
  // onmessage = <not a function> lets the port stop and the loop go.
  const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  const set = d.set;
  d.set = function (value) {
    Reflect.apply(set, this, [value]);
    if (typeof value !== 'function' && isPort(this) && this[kHandle] !== null) {
      this[kHandle].unref();
      this[kHandle].stop();
    }
  };
  Object.defineProperty(MessagePort.prototype, 'onmessage', d);
}
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  value: 'MessagePort', writable: false, enumerable: false, configurable: true,
});

function newPort(handle) {
  const port = Reflect.construct(NodeEventTarget, [], MessagePort);
  hidden(port, kHandle, handle);
  hidden(port, kClosed, false);
  const deliver = (parts) => onMessage(port, parts);
  handle.setCallbacks(deliver, () => onClose(port));
  if (asyncState.active !== 0) {
    // A MESSAGEPORT resource (the port itself, as node's hooks see it); its
    // messages are delivered in it.
    const record = asyncContext.init('MESSAGEPORT', {}, port);
    hidden(port, kAsync, record);
    asyncContext.bind(deliver, record, false);
  }
  return port;
}

function onMessage(port, parts) {
  let msg;
  try {
    msg = deserializeMessage(parts);
  } catch (err) {
    port.dispatchEvent(new MessageEvent('messageerror', { data: err }));
    return;
  }
  port.dispatchEvent(messageEvent('message', msg.value, msg.ports));
  // A `once` listener removed itself: with no listener left the port stops
  // keeping the loop alive.
  if (port[kHandle] !== null && getEventTargetListeners(port, 'message').length === 0) {
    port[kHandle].unref();
    port[kHandle].stop();
  }
}

// drainMessagePort(port): what is queued on port is dispatched now. A
// Worker's public port is drained before 'exit' (node's kOnExit does the
// same): what the worker posted before it ended is queued by then, though
// its wake-up may come after the exit's.
function drainMessagePort(port) {
  for (;;) {
    const handle = port[kHandle];
    if (handle === null) return;
    const parts = handle.receive();
    if (parts === undefined) return;
    onMessage(port, parts);
  }
}

// A received message's event: its data is the value as sent, undefined too.
function messageEvent(type, data, ports) {
  const ev = new MessageEvent(type, { ports });
  ev[kData] = data;
  return ev;
}

function onClose(port) {
  port[kHandle] = null;
  asyncContext.destroyLater(port[kAsync]);
  if (typeof port[kOnClose] === 'function') port[kOnClose]();
  port.dispatchEvent(new Event('close'));
}

function MessageChannel() {
  if (new.target === undefined) {
    throw codedTypeError('ERR_CONSTRUCT_CALL_REQUIRED', "Class constructor MessageChannel cannot be invoked without 'new'");
  }
  const [a, b] = binding.channel();
  Object.defineProperty(this, 'port1', { value: newPort(a), writable: true, enumerable: true, configurable: true });
  Object.defineProperty(this, 'port2', { value: newPort(b), writable: true, enumerable: true, configurable: true });
}

// --- serialization ---------------------------------------------------------------------
let sharedMemory;
function isShared(v) {
  if (sharedMemory === undefined) sharedMemory = require('internal/shared_memory');
  return sharedMemory.isSharedArrayBuffer(v);
}
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
function isArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try { abByteLength.call(v); } catch { return false; }
  return !isShared(v);
}

// Host objects: a port (kind 0, its index in the transfer list) or a JS
// transferable or cloneable (kind 1: its deserializeInfo and data follow as
// values; internal/worker/js_transferable).
const kHostPort = 0;
const kHostJS = 1;

class MessageSerializer extends Serializer {
  constructor(ports, shared, transferred) {
    super();
    this.ports = ports;
    this.shared = shared;
    this.transferred = transferred;
  }

  _getDataCloneError(message) { return new DOMException(message, 'DataCloneError'); }

  _isHostObject(v) { return isPort(v) || jsTransferable.isTransferable(v) || jsTransferable.isCloneable(v); }

  _writeHostObject(v) {
    if (isPort(v)) {
      const i = this.ports.indexOf(v);
      if (i < 0) throw new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
      this.writeUint32(kHostPort);
      this.writeUint32(i);
      return;
    }
    let spec;
    if (jsTransferable.isTransferable(v) && this.transferred.includes(v)) {
      spec = v[kTransfer]();
    } else if (jsTransferable.isCloneable(v)) {
      spec = v[kClone]();
    } else {
      throw new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
    }
    this.writeUint32(kHostJS);
    this.writeValue(spec.deserializeInfo);
    this.writeValue(spec.data);
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

class MessageDeserializer extends Deserializer {
  constructor(buffer, ports, shared) {
    super(buffer);
    this.ports = ports;
    this.shared = shared;
  }

  _readHostObject() {
    if (this.readUint32() === kHostJS) {
      const info = this.readValue();
      const data = this.readValue();
      const obj = jsTransferable.create(info);
      obj[kDeserialize](data);
      return obj;
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

// The transfer list: an iterable, or { transfer: iterable }, checked and
// iterated as node's C++ does.
function iterate(list, what) {
  const bad = () => codedTypeError('ERR_INVALID_ARG_TYPE', `Optional ${what} argument must be an iterable`);
  if (list === null || (typeof list !== 'object' && typeof list !== 'function')) throw bad();
  const method = list[Symbol.iterator];
  if (typeof method !== 'function') throw bad();
  const it = Reflect.apply(method, list, []);
  if (it === null || typeof it !== 'object' || typeof it.next !== 'function') throw bad();
  const out = [];
  for (;;) {
    const step = it.next();
    if (step === null || typeof step !== 'object') throw bad();
    if (step.done) return out;
    out.push(step.value);
  }
}

function transferItems(transfer, what) {
  if (transfer === undefined || transfer === null) return [];
  if (what === 'transferList' && typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    const list = transfer.transfer;
    if (list === undefined) return [];
    return iterate(list, 'options.transfer');
  }
  return iterate(transfer, what);
}

function serializeMessage(value, transfer, source, what = 'transferList') {
  const items = transferItems(transfer, what);
  const ports = [];
  const buffers = [];
  const transferred = []; // JS transferables
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (untransferable.has(item) || isBufferPool(item)) continue;
    if (jsTransferable.isTransferable(item)) {
      if (transferred.includes(item)) throw new DOMException('Transfer list contains duplicate JSTransferable', 'DataCloneError');
      transferred.push(item);
      // What it holds that must move with it joins the list.
      if (typeof item[kTransferList] === 'function') {
        for (const inner of item[kTransferList]()) if (!items.includes(inner)) items.push(inner);
      }
    } else if (isPort(item)) {
      if (item === source) throw new DOMException('Transfer list contains source port', 'DataCloneError');
      if (ports.includes(item)) throw new DOMException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      if (item[kHandle] === null || item[kClosed]) {
        throw new DOMException('MessagePort in transfer list is already detached', 'DataCloneError');
      }
      ports.push(item);
    } else if (isArrayBuffer(item)) {
      if (buffers.includes(item)) throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      buffers.push(item);
    } else {
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
  }
  const shared = [];
  const ser = new MessageSerializer(ports, shared, transferred);
  ser.writeHeader();
  for (let i = 0; i < buffers.length; i++) ser.transferArrayBuffer(i, buffers[i]);
  ser.writeValue(value);
  return { data: releaseBytes(ser), ports, handles: ports.map((p) => p[kHandle]), buffers, shared };
}

// A message that found no port to go to: its ports are still ours.
function releaseUnsent() {}

function adoptShared(ab) {
  if (sharedMemory === undefined) sharedMemory = require('internal/shared_memory');
  return sharedMemory.adopt(ab);
}

function deserializeMessage(parts) {
  const [data, handles, buffers, shared] = parts;
  const ports = [];
  for (let i = 0; i < handles.length; i++) ports.push(newPort(handles[i]));
  const des = new MessageDeserializer(new Uint8Array(data), ports, shared.map(adoptShared));
  des.readHeader();
  for (let i = 0; i < buffers.length; i++) des.transferArrayBuffer(i, buffers[i]);
  return { value: des.readValue(), ports };
}

// [data, handles, buffers, shared] for Go, from a value (workerData, an
// uncaught error) with its transfer list.
function toParts(value, transfer, what) {
  const p = serializeMessage(value, transfer, null, what);
  for (const port of p.ports) port[kHandle] = null;
  return [p.data, p.handles, p.buffers, p.shared];
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw codedTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const transfer = options === undefined || options === null ? undefined : options.transfer;
  // node words a bad transfer list here as postMessage's.
  const p = serializeMessage(value, transfer, null);
  const buffers = p.buffers.map((ab) => binding.moveArrayBuffer(ab));
  const handles = p.handles.map((h) => binding.movePort(h));
  for (const port of p.ports) port[kHandle] = null;
  return deserializeMessage([p.data.buffer.slice(p.data.byteOffset, p.data.byteOffset + p.data.length),
    handles, buffers, p.shared]).value;
}

function receiveMessageOnPort(port) {
  if (!isPort(port)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  const handle = port[kHandle];
  if (handle === null) return undefined;
  const parts = handle.receive();
  if (parts === undefined) return undefined;
  return { message: deserializeMessage(parts).value };
}

// moveMessagePortToContext(port, context): port's Go port, taken from port
// (which is left detached: it sends and receives nothing more, as node's
// original is) and made a MessagePort of the context's realm
// (internal/worker/context_port, evaluated in the context).
function moveMessagePortToContext(port, context) {
  if (!isPort(port)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  if (port[kHandle] === null || port[kClosed]) {
    const err = new Error('Cannot send data on closed MessagePort');
    err.code = 'ERR_CLOSED_MESSAGE_PORT';
    throw err;
  }
  const { realmRequire } = require('internal/vm_realm');
  const contextPort = context !== null && typeof context === 'object' ?
    realmRequire(context, 'internal/worker/context_port') : undefined;
  if (contextPort === undefined) throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Invalid context argument');
  const handle = binding.movePort(port[kHandle]);
  port[kHandle] = null;
  hidden(port, kDetached, true);
  return contextPort.wrap(handle, asyncState.nextId++);
}

// A JS transferable or cloneable that reached a vm context, where it cannot
// be made (context_port): what it holds is released here. A FileHandle's
// descriptor is closed, as node closes a discarded message's handle.
function discardTransferable(info, data) {
  let obj;
  try {
    obj = jsTransferable.create(info);
    obj[kDeserialize](data);
  } catch {
    return;
  }
  if (typeof obj.close === 'function') {
    try {
      const p = obj.close();
      if (p !== null && typeof p === 'object' && typeof p.then === 'function') p.then(undefined, () => {});
    } catch {
      // nothing to release
    }
  }
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return false;
  return untransferable.has(obj);
}

// --- BroadcastChannel -----------------------------------------------------------------
function checkChannel(self) {
  if (self === null || typeof self !== 'object' || !(kName in self)) throw new ERR_INVALID_THIS('BroadcastChannel');
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    hidden(this, kName, `${name}`);
    const handle = binding.broadcast(`${name}`);
    hidden(this, kHandle, handle);
    handle.setCallbacks((parts) => {
      let msg;
      try {
        msg = deserializeMessage(parts);
      } catch (err) {
        this.dispatchEvent(new MessageEvent('messageerror', { data: err }));
        return;
      }
      this.dispatchEvent(messageEvent('message', msg.value));
    }, () => {});
    handle.ref();
    handle.start();
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  close() {
    checkChannel(this);
    const handle = this[kHandle];
    if (handle === null) return;
    this[kHandle] = null;
    handle.close();
    handle.unref();
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === null) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const parts = serializeMessage(message, undefined, null);
    this[kHandle].post(parts.data, [], [], parts.shared);
  }

  ref() {
    checkChannel(this);
    if (this[kHandle] !== null) this[kHandle].ref();
    return this;
  }

  unref() {
    checkChannel(this);
    if (this[kHandle] !== null) this[kHandle].unref();
    return this;
  }

  [inspectCustom](depth, options, inspect) {
    checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kHandle] !== null }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, {
  value: 'BroadcastChannel', writable: false, enumerable: false, configurable: true,
});

// kInternalThread in a Worker's options makes it a thread of gojanet's own
// (module.register's hooks): its filename is the builtin that runs there,
// and it is no 'worker' event nor diagnostics channel message.
const kInternalThread = Symbol('kInternalThread');

module.exports = {
  kInternalThread,
  MessagePort, MessageChannel, MessageEvent, BroadcastChannel, NodeEventTarget,
  receiveMessageOnPort, markAsUntransferable, isMarkedAsUntransferable, structuredClone,
  newPort, toParts, deserializeMessage, kHandle, kOnClose, moveMessagePortToContext, discardTransferable,
  drainMessagePort,
};
