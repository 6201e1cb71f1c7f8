'use strict';
// The hooks thread of module.register() (internal/module_hooks has the
// other end): it imports each registered hooks module, runs its
// initialize(data), and answers the main thread's resolve and load requests
// by running the hooks as node chains them (the last registered first, each
// handing on through nextResolve/nextLoad, ending in node's default
// resolve and load). Each answer is posted, then the shared word is set and
// notified: the main thread is blocked in Atomics.wait until then.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const conditions = ['node', 'import', 'node-addons'];
const hooks = []; // { id, resolve, load } in registration order

function runThread() {
  const { workerData } = require('worker_threads');
  const { serializeError } = require('internal/worker/child');
  const { port, lock } = workerData;
  const settle = (state) => {
    Atomics.store(lock, 0, state);
    Atomics.notify(lock, 0);
  };
  let queue = Promise.resolve();
  port.on('message', (message) => {
    // While a request is answered only the hooks' own work keeps this
    // thread alive: a hook that never settles ends the thread (the main
    // thread, blocked, is told so) instead of leaving both waiting forever.
    port.unref();
    queue = queue.then(async () => {
      let reply;
      try {
        reply = { value: await answer(message) };
      } catch (err) {
        reply = { threw: true, error: serializeError(err) };
      }
      try {
        port.postMessage(reply);
      } catch (err) {
        port.postMessage({ threw: true, error: serializeError(err) });
      }
      port.ref();
      settle(1);
    });
  });
  // A thread that ends (an uncaught exception in a hook's own callbacks)
  // must not leave the main thread waiting.
  process.on('exit', () => settle(2));
}

async function answer(message) {
  switch (message.type) {
    case 'register': {
      const { url } = await resolve(message.specifier, { conditions, importAttributes: {}, parentURL: message.parentURL });
      const ns = await internalModules().importFromScript(url);
      // node names a hook by the specifier it was registered with
      const entry = { id: message.specifier, resolve: ns.resolve, load: ns.load };
      const value = typeof ns.initialize === 'function' ? await ns.initialize(message.data) : undefined;
      hooks.push(entry);
      return value;
    }
    case 'resolve':
      return resolve(message.specifier, { conditions, importAttributes: {}, parentURL: message.parentURL });
    case 'load':
      return load(message.url, { conditions, format: message.format, importAttributes: {} });
    default:
      throw new Error(`unknown module hooks request ${message.type}`);
  }
}

// chain runs the hooks named kind from the last registered to the first,
// then last(input, context); each hook gets next(input[, context]) (the
// context merged into its own), must call it or say shortCircuit, and
// must return its prop as a string (node's words for it: expected).
function chain(kind, last, prop, expected) {
  const list = hooks.filter((h) => typeof h[kind] === 'function');
  const step = (i) => async (input, context) => {
    if (i < 0) return last(input, context);
    const hook = list[i];
    let nextCalled = false;
    const next = step(i - 1);
    const result = await hook[kind](input, context, (nextInput, nextContext) => {
      nextCalled = true;
      return next(nextInput, nextContext === undefined ? context : { ...context, ...nextContext });
    });
    const name = `${hook.id} '${kind}'`;
    if (result === null || typeof result !== 'object') {
      throw new codes.ERR_INVALID_RETURN_VALUE('an object', name, result);
    }
    if (!nextCalled && result.shortCircuit !== true) throw new codes.ERR_LOADER_CHAIN_INCOMPLETE(name);
    if (typeof result[prop] !== 'string') {
      throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE(expected, name, prop, result[prop]);
    }
    return result;
  };
  return step(list.length - 1);
}

async function resolve(specifier, context) {
  const result = await chain('resolve', defaultResolve, 'url', 'a URL string')(specifier, context);
  return { url: result.url, format: result.format ?? undefined };
}

async function load(url, context) {
  const result = await chain('load', defaultLoad, 'format', 'a string')(url, context);
  return { format: result.format, source: result.source ?? null };
}

// node's default resolve: gojanet's import resolution (internal/modules).
function defaultResolve(specifier, context) {
  return internalModules().resolveForHooks(`${specifier}`, context.parentURL);
}

// node's default load: a builtin has no source, a CommonJS file none either
// (its loader reads it), an ES module or JSON file its bytes, a data: URL
// its body. TypeScript and JSX files gojanet compiles itself: no source.
function defaultLoad(url, context) {
  url = `${url}`;
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  if (url.startsWith('data:')) {
    const match = /^data:([^,;]*)(;base64)?,(.*)$/s.exec(url);
    if (match === null) throw new codes.ERR_INVALID_URL(url);
    const format = context.format ?? (match[1] === 'application/json' ? 'json' : match[1] === 'text/javascript' ? 'module' : undefined);
    if (format === undefined) throw new codes.ERR_UNKNOWN_MODULE_FORMAT(match[1], url);
    const body = match[2] ? Buffer.from(match[3], 'base64') : Buffer.from(decodeURIComponent(match[3]));
    return { format, source: body };
  }
  if (!url.startsWith('file:')) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new codes.ERR_INVALID_URL(url);
    }
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(parsed, ['file', 'data', 'node']);
  }
  const { fileURLToPath } = require('url');
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  const file = fileURLToPath(parsed);
  const format = context.format ?? internalModules().fileFormat(file);
  if (format === undefined) throw new codes.ERR_UNKNOWN_FILE_EXTENSION(require('path').extname(file), file);
  if (format === 'commonjs' || /\.(?:[cm]?ts|tsx|jsx)$/.test(file)) return { format, source: null };
  return { format, source: require('fs').readFileSync(file) };
}

function internalModules() {
  return require('internal/modules');
}

module.exports = { runThread };
