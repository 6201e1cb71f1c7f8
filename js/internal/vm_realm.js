'use strict';
// The realms of vm contexts, for the builtins that must make objects of a
// context's realm (as node's per-context scripts do): js/vm.js records each
// contextified object's context here, and realmRequire(object, id) loads
// builtin id in that context's runtime (modules/vm/realm.go compiles it
// there), once per context. What such a builtin requires is loaded the same
// way when it is one of `inRealm`, else it is the main runtime's module,
// reached through the membrane; its internalBinding is the context's own
// (engine introspection about the context's values).

const binding = internalBinding('contextify');

// contextified object → { handle, name, realm }
const contexts = new WeakMap();

const inRealm = new Set([
  'internal/serdes', 'internal/es_builtins', 'internal/dom_exception', 'internal/worker/context_port',
  'internal/error_stack',
]);

function loaderFor(entry) {
  const cache = new Map();
  const bindings = new Map();
  function internalBindingIn(name) {
    name = `${name}`;
    let b = bindings.get(name);
    if (b === undefined) {
      b = binding.realmBinding(entry.handle, name);
      bindings.set(name, b);
    }
    return b;
  }
  function requireIn(id) {
    id = `${id}`;
    if (!inRealm.has(id)) return require(id);
    let mod = cache.get(id);
    if (mod !== undefined) return mod.exports;
    mod = { exports: {}, id, loaded: false };
    cache.set(id, mod);
    const fn = binding.compileIn(entry.handle, id);
    try {
      Reflect.apply(fn, mod.exports, [mod.exports, requireIn, mod, `node:${id}`, '', internalBindingIn, process]);
    } catch (e) {
      cache.delete(id);
      throw e;
    }
    mod.loaded = true;
    return mod.exports;
  }
  return requireIn;
}

// realmRequire(object, id) → builtin id's exports in the realm of the
// context object is (undefined if it is not a context).
function realmRequire(object, id) {
  const entry = contexts.get(object);
  if (entry === undefined) return undefined;
  if (entry.realm === undefined) entry.realm = loaderFor(entry);
  return entry.realm(id);
}

module.exports = { contexts, realmRequire };
