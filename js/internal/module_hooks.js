'use strict';
// module.register(): node's module customization hooks (initialize, resolve,
// load) for what the ES module loader loads: imports, import(), and the main
// entry once hooks are registered (js/internal/modules.js asks resolve() and
// load() and compiles the source a hook gives).
//
// As in node, the hooks run on a thread of their own
// (internal/module_hooks_thread, a Worker marked kInternalThread) and this
// thread waits for each answer: a request goes on a MessagePort, this thread
// blocks in Atomics.wait on a shared word until the hooks thread has posted
// its reply and set the word, then takes the reply with
// receiveMessageOnPort. Errors cross as the worker's uncaught exceptions do
// (internal/worker/child serializeError), with their code and message.

const io = require('internal/worker/io');
const { deserializeError } = require('internal/worker/child');
const { codes } = require('internal/errors');

let thread = null; // { worker, port, lock }

function start() {
  const { Worker } = require('worker_threads');
  const { port1, port2 } = new io.MessageChannel();
  const lock = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker('internal/module_hooks_thread', {
    [io.kInternalThread]: true,
    workerData: { port: port2, lock },
    transferList: [port2],
  });
  // The hooks thread lives as long as this one, and keeps nothing alive.
  worker.unref();
  port1.unref();
  thread = { worker, port: port1, lock };
}

const kWaiting = 0;
const kAnswered = 1;
const kEnded = 2;

function request(message, transferList) {
  const { port, lock } = thread;
  if (Atomics.load(lock, 0) === kEnded) throw new Error('The module hooks thread has ended');
  Atomics.store(lock, 0, kWaiting);
  port.postMessage(message, transferList);
  Atomics.wait(lock, 0, kWaiting);
  const reply = io.receiveMessageOnPort(port);
  // no reply: the thread ended (an uncaught exception there, or a hook that
  // never settles and leaves it nothing to do)
  if (reply === undefined) throw new Error(`The module hooks thread ended without answering ${message.type}(${JSON.stringify(message.specifier ?? message.url)})`);
  if (reply.message.threw) throw deserializeError(reply.message.error);
  return reply.message.value;
}

// register(specifier[, parentURL][, options]): the hooks module is resolved
// (through hooks registered before) and imported on the hooks thread, and
// its initialize(data) has run when this returns (undefined, as node 20's).
function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

function register(specifier, parentURL, options) {
  if (parentURL !== null && typeof parentURL === 'object' && !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  if (parentURL === undefined || parentURL === null) parentURL = 'data:';
  else if (typeof parentURL !== 'string' && !isURL(parentURL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('parentURL', ['string', 'URL'], parentURL);
  }
  const { data, transferList } = options ?? {};
  if (thread === null) start();
  request({ type: 'register', specifier: `${specifier}`, parentURL: `${parentURL}`, data }, transferList);
}

// resolve → { url, format }, as the hooks chain (ending in node's default
// resolution) answers for an import of specifier from parentURL.
function resolve(specifier, parentURL) {
  const answer = request({ type: 'resolve', specifier, parentURL });
  return { url: answer.url, format: answer.format };
}

// load → { format, source } for url, as the hooks chain answers.
function load(url, format) {
  return request({ type: 'load', url, format });
}

module.exports = { register, resolve, load };
