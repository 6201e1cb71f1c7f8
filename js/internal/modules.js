'use strict';
// The CommonJS loader. Resolution and compilation (including TypeScript and
// ES module transpiling) happen in Go; this file keeps node's Module objects,
// the cache and the require functions.

let host;
let requireBuiltin;
let mainModule;

function dirname(p) {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function nodeModulePaths(from) {
  const paths = [];
  let dir = from;
  for (;;) {
    if (!dir.endsWith('/node_modules')) paths.push((dir === '/' ? '' : dir) + '/node_modules');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return paths;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = dirname(id);
  // Defined, not assigned: a setter on Object.prototype.exports must not run.
  Object.defineProperty(this, 'exports', { __proto__: null, value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = [];
Module.isBuiltin = function isBuiltin(name) {
  return host.isBuiltin(name);
};

// process.getBuiltinModule (node 20.16): a builtin's exports by its name,
// with or without node: (node:-only modules need it), as require() would
// load it, and undefined for any other name: nothing is resolved on disk
// and require.cache is not consulted.
process.getBuiltinModule = function getBuiltinModule(id) {
  if (typeof id !== 'string') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (!host.isBuiltin(id)) return undefined;
  return loadBuiltin(id.startsWith('node:') ? id.slice(5) : id);
};

function notFound(request, parent) {
  const stack = [];
  // A module without a file (the REPL's '<repl>') is named by its id.
  for (let m = parent; m; m = m.parent) if (m.filename || m.id) stack.push(m.filename || m.id);
  let msg = `Cannot find module '${request}'`;
  if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  const err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function _resolveFilename(request, parent) {
  if (typeof request !== 'string') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', request);
  }
  // A parent without a file (the REPL's '<repl>') resolves from the working
  // directory as it is now.
  let from = '';
  if (parent) from = parent.filename ? parent.filename : host.cwd() + '/[anonymous]';
  const extra = registeredExtensions();
  const forImport = resolvingImport;
  resolvingImport = 0;
  let r = resolved(host.resolve(request, from, false, extra, forImport), request, parent, forImport);
  if (r === '' && isBareRequest(request)) {
    // Then the global folders (NODE_PATH, ~/.node_modules, ...), as node's
    // lookup paths end with them.
    for (const dir of globalFolders()) {
      r = resolved(host.resolve(`${dir}/${request}`, '', false, extra, forImport), request, parent, forImport);
      if (r !== '') break;
    }
  }
  if (r === '') throw notFound(request, parent);
  // A builtin is its own name, as asked for: 'fs' or 'node:fs' (node's).
  if (r.startsWith('node:') && !request.startsWith('node:')) return r.slice(5);
  return r;
};

// The extensions scripts registered in require.extensions, in their order:
// resolution tries them after its own, as node's tries every key.
function registeredExtensions() {
  let extra;
  for (const ext in Module._extensions) {
    if (ext !== '.js' && ext !== '.json' && ext !== '.node') (extra ??= []).push(ext);
  }
  return extra;
}

// A bare request is looked up in node_modules folders and the global
// folders; one starting with './', '../' (or '.' or '..') or '/' is a path.
function isBareRequest(request) {
  if (request.startsWith('/')) return false;
  return request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/');
}

// The global folders (node's modulePaths): NODE_PATH's entries, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node. The variables
// are read as the runtime starts (as node's); the folders are worked out
// on first use, which keeps the path module out of start-up. _initPaths
// reads the variables again (tests change NODE_PATH and call it).
let modulePaths;
let pathsFrom;
function readPathVariables() {
  pathsFrom = { home: process.env.HOME, nodePath: process.env.NODE_PATH, execPath: process.execPath };
}
function globalFolders() {
  if (modulePaths === undefined) {
    const { resolve, delimiter } = requireBuiltin('path');
    const { home, nodePath, execPath } = pathsFrom;
    let paths = [resolve(execPath, '..', '..', 'lib', 'node')];
    if (home) paths.unshift(resolve(home, '.node_modules'), resolve(home, '.node_libraries'));
    if (nodePath) paths = nodePath.split(delimiter).filter(Boolean).map((p) => resolve(p)).concat(paths);
    modulePaths = paths;
  }
  return modulePaths;
}
function setGlobalPaths(value) {
  Object.defineProperty(Module, 'globalPaths', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}
Module._initPaths = function _initPaths() {
  readPathVariables();
  modulePaths = undefined;
  setGlobalPaths(globalFolders().slice());
};

// _resolveLookupPaths(request, parent): where a request is looked for;
// null for a builtin.
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (host.isBuiltin(request)) return null;
  if (isBareRequest(request)) {
    const folders = globalFolders();
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.concat(folders) : folders;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [dirname(parent.filename)];
};

// _stat(filename): 1 for a directory, 0 for a file, a negative errno else.
Module._stat = function _stat(filename) {
  try {
    return requireBuiltin('fs').statSync(filename).isDirectory() ? 1 : 0;
  } catch (e) {
    return typeof e.errno === 'number' && e.errno < 0 ? e.errno : -2;
  }
};

// resolved is what host.resolve answered: a filename ('' for none), or the
// failure it described, thrown as node's error; DEP0128 is no failure (a
// folder's index stood in for its invalid "main"), only a warning.
function resolved(r, request, parent, forImport) {
  if (typeof r === 'string') return r;
  if (r.code === 'DEP0128') {
    process.emitWarning(r.message, 'DeprecationWarning', 'DEP0128');
    return r.request;
  }
  throw resolveError(r, request, parent, forImport);
}

// A failure the Go resolver described: { code, message, request }.
function resolveError(r, request, parent, forImport) {
  if (r.code === 'ERR_PACKAGE_JSON_SYNTAX') {
    // node's: JSON.parse's SyntaxError, its message naming the file.
    const err = new SyntaxError(r.message);
    err.path = r.request;
    return err;
  }
  if (r.code === 'ERR_MODULE_NOT_FOUND' || r.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
    // An import resolved strictly (a file named in full): node's ESM errors.
    const { codes } = requireBuiltin('internal/errors');
    return new codes[r.code](r.request, r.message, fileURL(r.request), r.hint);
  }
  if (r.code === 'MODULE_NOT_FOUND') {
    const err = notFound(r.request || request, parent);
    if (r.message) {
      err.message = r.message + err.message.slice(`Cannot find module '${r.request}'`.length);
      err.path = r.request.replace(/\/[^/]*$/, '') + '/package.json';
      err.requestPath = request;
    }
    return err;
  }
  // ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_PACKAGE_PATH_NOT_EXPORTED: node's
  // errors, which name their importer when node's ES module loader (or
  // require's "imports" lookup) resolved.
  const named = (forImport || r.code === 'ERR_PACKAGE_IMPORT_NOT_DEFINED') && parent && parent.filename;
  const { codes } = requireBuiltin('internal/errors');
  return new codes[r.code](r.message, named ? parent.filename : undefined);
}

// What a request from a folder resolved to when it was first loaded, as
// node's relativeResolveCache: the same request from the same folder finds
// the module again without resolving (while it stays in require.cache).
const relativeResolveCache = Object.create(null);

// An ES module's imports (and import()) resolve "exports" and "imports"
// with the import conditions, as node's ESM loader does, where require()
// uses its own: importing() marks the next _load as an import, and _load
// hands that on to its _resolveFilename (whatever loads that runs meanwhile
// are requires again).
// 1: an import statement, 2: import() (node's ES module loader whatever the
// importer: strict resolution).
let loadingImport = 0;
let resolvingImport = 0;
function importing(mod, id, dynamic) {
  loadingImport = dynamic === true ? 2 : 1;
  importedModule = null;
  try {
    return mod.require(id);
  } finally {
    loadingImport = 0;
  }
}
// The module an import loaded or found in the cache (kBuiltin for a
// builtin): set by _load, read right after importing() returns.
let importedModule = null;
const kBuiltin = Symbol('builtin');

// cjsNamespace is the namespace node makes for a CommonJS module an ES
// module imports, once, when the module has run; undefined for a module
// that is not one (an ES module gojanet converted, a builtin, JSON).
const cjsNamespaces = new WeakMap();
function cjsNamespace(module) {
  if (module === null || module === undefined || module[kConverted] === true ||
      typeof module.filename !== 'string' || !/^\/.*\.c?js$/.test(module.filename)) {
    return undefined;
  }
  let ns = cjsNamespaces.get(module);
  if (ns === undefined) {
    ns = requireBuiltin('internal/esm_interop').cjsNamespace(module.exports, esmLinker().cjsNames(module.filename), kESM);
    if (ns !== undefined) cjsNamespaces.set(module, ns);
  }
  return ns;
}

// jsonNamespace is a JSON module's namespace, made once: its one export is
// default, the parsed value (node's); undefined for a module that is not
// JSON.
const jsonNamespaces = new WeakMap();
function jsonNamespace(module) {
  if (module === null || module === undefined || typeof module.filename !== 'string' ||
      !(module.filename.endsWith('.json') || module.filename.startsWith('data:application/json'))) {
    return undefined;
  }
  let ns = jsonNamespaces.get(module);
  if (ns === undefined) {
    ns = { __proto__: null, default: module.exports };
    Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
    Object.defineProperty(ns, Symbol.for('gojanet.esm'), { value: true });
    Object.preventExtensions(ns);
    jsonNamespaces.set(module, ns);
  }
  return ns;
}

// builtinNamespace: a builtin's namespace for an ES module's import, made
// once, the one import() gives too (its names as the builtin has them
// then, read live, and default).
function builtinNamespace(exports) {
  if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return namespaceOf(exports);
  let byMode = namespaces.get(exports);
  if (byMode === undefined) namespaces.set(exports, byMode = {});
  return byMode.node ??= namespaceOf(exports);
}

// nodeModeFile: an ES module with node's CommonJS interop (JavaScript; a
// TypeScript file keeps esbuild's, which its authors compile against).
function nodeModeFile(file) {
  return typeof file !== 'string' || !/\.(?:ts|mts|cts|tsx)$/.test(file);
}

Module._load = function _load(request, parent, isMain) {
  const forImport = loadingImport;
  loadingImport = 0;
  // With module.register()'s hooks, an import is what they resolve to (a
  // URL, asked for each import as node's loader asks) and load (the source,
  // asked once per module: module.load compiles it).
  let hooked;
  if (forImport && moduleHooks !== null && typeof request === 'string') {
    hooked = moduleHooks.resolve(request, parent ? hookURLOf(parent) : undefined);
    if (hooked.url.startsWith('node:')) {
      importedModule = kBuiltin;
      return loadBuiltinURL(hooked.url);
    }
  }
  // 'node:x' is the builtin x without resolution or require.cache (node's
  // _load), and an error when there is no builtin x.
  if (hooked === undefined && typeof request === 'string' && request.startsWith('node:')) {
    if (forImport) importedModule = kBuiltin;
    return loadBuiltinURL(request);
  }
  // An import's specifier is a URL (node's ES module loader): data: URLs
  // are modules of their own, and a file's URL may carry a query or a
  // fragment, which make it another instance of an ES module, and
  // percent-escapes.
  let toResolve = request;
  let urlSuffix = '';
  if (hooked !== undefined) {
    if (hooked.url.startsWith('file:')) ({ path: toResolve, suffix: urlSuffix } = importURL(hooked.url, parent));
    else toResolve = hooked.url; // another scheme: a module of the hooks' own
  } else if (forImport && typeof request === 'string') {
    if (request.startsWith('data:')) return loadDataModule(request);
    if (parent && typeof parent.filename === 'string' && parent.filename.startsWith('data:') &&
        !request.startsWith('file:') && !host.isBuiltin(request)) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(request, parent.filename);
    }
    if (request.startsWith('file:') || (!isBareRequest(request) && /[?#%]/.test(request))) {
      ({ path: toResolve, suffix: urlSuffix } = importURL(request, parent));
    }
  }
  let relativeKey;
  if (parent && hooked === undefined) {
    relativeKey = forImport ? `${parent.path}\x00${request}\x00import${forImport}` : `${parent.path}\x00${request}`;
    const key = relativeResolveCache[relativeKey];
    if (key !== undefined) {
      const cached = Module._cache[key];
      if (cached !== undefined) {
        if (forImport) importedModule = cached;
        else if (cached[kConverted] === true) refuseAsyncGraph(cached.filename, parent);
        return cachedExports(cached, parent, forImport);
      }
      delete relativeResolveCache[relativeKey];
    }
  }
  let filename;
  if (hooked !== undefined) {
    filename = toResolve;
  } else {
    resolvingImport = forImport;
    try {
      filename = Module._resolveFilename(toResolve, parent);
    } finally {
      resolvingImport = false;
    }
  }
  // A query or fragment names another instance of an ES module; CommonJS,
  // JSON and addons stay one module per file (node's require.cache).
  let key = filename;
  if (urlSuffix !== '' && filename[0] === '/' && !/\.(?:cjs|json|node)$/.test(filename)) {
    const shared = Module._cache[filename];
    if (shared === undefined || shared[kConverted] === true) key = filename + urlSuffix;
  }
  const cached = Module._cache[key];
  if (cached !== undefined) {
    if (forImport) importedModule = cached;
    else if (cached[kConverted] === true) refuseAsyncGraph(cached.filename, parent);
    return cachedExports(cached, parent, forImport);
  }
  // A builtin's name (a resolver patched by a package may still answer
  // 'node:x'); require.cache, checked above, can stand in for it.
  if (filename.startsWith('node:') || filename[0] !== '/' && host.isBuiltin(filename)) {
    if (forImport) importedModule = kBuiltin;
    return loadBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  if (hooked !== undefined) {
    const loaded = moduleHooks.load(hooked.url, hooked.format);
    if (loaded.format === 'builtin') {
      importedModule = kBuiltin;
      return loadBuiltinURL(hooked.url);
    }
    hooked = { url: hooked.url, format: loaded.format, source: loaded.source };
  }
  const module = new Module(filename, parent);
  if (hooked !== undefined) module[kHookLoad] = hooked;
  if (key !== filename) module[kURLSuffix] = urlSuffix;
  if (!forImport && !isMain) required.add(module);
  if (forImport === 1) module[kStaticImport] = true;
  if (forImport) module[kImportLoad] = true;
  if (parent && relativeKey !== undefined) relativeResolveCache[relativeKey] = key;
  if (parent) addDependency(parent, module);
  if (isMain) {
    module.id = '.';
    mainModule = module;
    setOwn(process, 'mainModule', module); // deprecated (DEP0138), still there
  }
  Module._cache[key] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
    if (key !== filename && module[kConverted] !== true) {
      // CommonJS after all (a .js file): the file's one module.
      delete Module._cache[key];
      delete module[kURLSuffix];
      Module._cache[filename] ??= module;
      if (parent && relativeKey !== undefined) relativeResolveCache[relativeKey] = filename;
    }
  } finally {
    if (threw && module[kFailed] === undefined) {
      // A module that failed to load is no child of its parent either.
      delete Module._cache[key];
      if (parent && relativeKey !== undefined) delete relativeResolveCache[relativeKey];
      const children = parent && parent.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    } else if (circularWarnings !== undefined && !isProxy(module.exports) &&
             Object.getPrototypeOf(module.exports) === circularWarnings) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  if (forImport) importedModule = module;
  return module.exports;
};

// kURLSuffix: the query and fragment of the URL an ES module was imported
// by (its import.meta.url ends with them).
const kURLSuffix = Symbol('kURLSuffix');

// module.register()'s hooks (internal/module_hooks), once registered.
let moduleHooks = null;
Module.register = function register(specifier, parentURL, options) {
  const hooks = requireBuiltin('internal/module_hooks');
  hooks.register(specifier, parentURL, options);
  moduleHooks = hooks;
};

// kHookLoad: what the hooks' load gave for a module ({ url, format,
// source }), which module.load compiles.
const kHookLoad = Symbol('kHookLoad');

// hookURLOf is the URL a module is known by to the hooks (their parentURL).
function hookURLOf(module) {
  const filename = module.filename;
  if (typeof filename !== 'string') return undefined;
  if (filename[0] !== '/') return filename; // a data: URL's, or another scheme's
  return fileURL(filename) + (module[kURLSuffix] ?? '');
}

// loadBuiltinURL loads the builtin 'node:x' names (without resolution or
// require.cache, as node's _load), an error when there is no builtin x.
function loadBuiltinURL(url) {
  if (!host.isBuiltin(url)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(url);
  }
  return loadBuiltin(url.slice(5));
}

// loadHooked compiles what the hooks' load gave: a module's source, a
// CommonJS file's own (no source: require.extensions load the file, as
// node's CommonJS loader would) or given source, JSON.
function loadHooked(module, filename, { url, format, source }) {
  const { codes } = requireBuiltin('internal/errors');
  const text = () => {
    if (typeof source === 'string') return source;
    if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return new (requireBuiltin('internal/encoding').TextDecoder)().decode(source);
    throw new codes.ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', 'load', 'source', source);
  };
  switch (format) {
    case 'commonjs':
      if (source === null || source === undefined) Module._extensions[findExtension(filename)](module, filename);
      else module._compile(text(), filename);
      return;
    case 'module': {
      // no source: a file gojanet compiles itself (TypeScript, JSX)
      if (source === null || source === undefined) return loadJS(module, filename);
      let compiled;
      try {
        compiled = host.compileScript(filename, text(), true);
      } catch (err) {
        throw decorateSyntaxError(err);
      }
      runCompiled(module, compiled, filename);
      return;
    }
    case 'json': {
      const json = source === null || source === undefined ? host.readFile(filename) : text();
      module.exports = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
      return;
    }
    default:
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
}

// resolveForHooks is the default resolve of module.register()'s hooks
// (internal/module_hooks_thread): what an import of specifier from
// parentURL resolves to, as a URL, and its format.
function resolveForHooks(specifier, parentURL) {
  if (specifier.startsWith('node:') || (isBareRequest(specifier) && host.isBuiltin(specifier) && !specifier.includes(':'))) {
    const url = specifier.startsWith('node:') ? specifier : `node:${specifier}`;
    if (!host.isBuiltin(url)) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(url);
    }
    return { url, format: 'builtin' };
  }
  if (specifier.startsWith('data:')) {
    const mime = /^data:([^,;]*)/.exec(specifier)[1];
    return { url: specifier, format: mime === 'application/json' ? 'json' : mime === 'text/javascript' ? 'module' : undefined };
  }
  if (typeof parentURL === 'string' && parentURL.startsWith('data:') && !specifier.startsWith('file:')) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  }
  const parentFile = typeof parentURL === 'string' && parentURL.startsWith('file:') ?
    requireBuiltin('url').fileURLToPath(parentURL) : host.cwd() + '/[eval1]';
  const parent = { id: parentFile, filename: parentFile, paths: nodeModulePaths(dirname(parentFile)) };
  let toResolve = specifier;
  let suffix = '';
  if (specifier.startsWith('file:') || (!isBareRequest(specifier) && /[?#%]/.test(specifier))) {
    ({ path: toResolve, suffix } = importURL(specifier, parent));
  }
  let filename;
  resolvingImport = 1;
  try {
    filename = Module._resolveFilename(toResolve, parent);
  } catch (e) {
    throw esmNotFound(e, specifier, parentFile);
  } finally {
    resolvingImport = 0;
  }
  if (filename.startsWith('node:') || (filename[0] !== '/' && host.isBuiltin(filename))) {
    return { url: filename.startsWith('node:') ? filename : `node:${filename}`, format: 'builtin' };
  }
  return { url: fileURL(filename) + suffix, format: fileFormat(filename) };
}

// fileFormat is node's format for a file by its extension (and package
// type); gojanet's own extensions say module or commonjs as .js would.
function fileFormat(filename) {
  const ext = requireBuiltin('path').extname(filename);
  switch (ext) {
    case '.mjs': case '.mts': return 'module';
    case '.cjs': case '.cts': return 'commonjs';
    case '.json': return 'json';
    case '.wasm': return 'wasm';
    case '.js': case '.ts': case '.tsx': case '.jsx':
      return typeModuleScopeOf(filename) ? 'module' : 'commonjs';
    default: return undefined;
  }
}

function typeModuleScopeOf(filename) {
  return host.typeModuleScope(filename.replace(/\.[^./]*$/, '.js')) !== '';
}

// importURL splits an import's file: URL, or a path specifier with a query,
// fragment or percent-escape, into the file's path and the URL's query and
// fragment, with node's errors.
function importURL(request, parent) {
  const encodedSeparator = (pathname) => {
    if (!/%2f|%5c/i.test(pathname)) return;
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(pathname, 'must not include encoded "/" or "\\" characters',
      parent && parent.filename ? parent.filename : undefined);
  };
  if (request.startsWith('file:')) {
    const { URL, fileURLToPath } = requireBuiltin('url');
    const url = new URL(request);
    encodedSeparator(url.pathname);
    const suffix = url.search + url.hash;
    url.search = '';
    url.hash = '';
    return { path: fileURLToPath(url), suffix };
  }
  const at = request.search(/[?#]/);
  let path = at < 0 ? request : request.slice(0, at);
  if (/%2f|%5c/i.test(path)) {
    const from = parent && parent.filename ? dirname(parent.filename) : host.cwd();
    encodedSeparator(requireBuiltin('path').resolve(from, path));
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // not an escape: the characters are the name's
  }
  return { path, suffix: at < 0 ? '' : request.slice(at) };
}

// loadDataModule imports a data: URL, as node's ES module loader does:
// text/javascript is an ES module, application/json a JSON module; one
// instance per URL. Its own imports may name builtins and file: or data:
// URLs only (a data: URL is no base for relative ones).
const dataModules = new Map();
function loadDataModule(url) {
  let module = dataModules.get(url);
  if (module !== undefined) {
    importedModule = module;
    return module.exports;
  }
  const { codes } = requireBuiltin('internal/errors');
  const parts = /^data:([^/,;]+\/[^,;]+)[^,]*?(;base64)?,([\s\S]*)$/.exec(url);
  if (parts === null) throw new codes.ERR_INVALID_URL(url);
  const [, mime, base64, body] = parts;
  if (mime !== 'text/javascript' && mime !== 'application/json') {
    throw new codes.ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  let text = body;
  try {
    text = decodeURIComponent(body);
  } catch {
    // not an escape: the characters are the body's
  }
  if (base64) text = require('buffer').Buffer.from(text, 'base64').toString('utf8');
  module = new Module(url, null);
  module.filename = url;
  module.paths = [];
  dataModules.set(url, module);
  try {
    if (mime === 'application/json') {
      try {
        module.exports = JSON.parse(text);
      } catch (e) {
        e.message = `${url}: ${e.message}`;
        throw e;
      }
    } else {
      const req = makeRequire(module);
      const fn = host.compileScript(url, text, true);
      const esm = esmHelpers(module);
      fn.call(globalThis, undefined, req, undefined, undefined, undefined, { url }, esm.tla, esm.exports,
        (toESM, specifier, nodeMode) => dynamicImport(req, url, toESM, specifier, nodeMode));
    }
  } catch (e) {
    dataModules.delete(url);
    throw e;
  }
  module.loaded = true;
  importedModule = module;
  return module.exports;
}

function loadBuiltin(name) {
  return host.isNative(name) ? loadNative(name) : requireBuiltin(name);
}

// require() of an ES module whose graph has top-level await is node's
// ERR_REQUIRE_ASYNC_MODULE, before anything in it runs and again once it
// has run (an import() may load it): node decides from the graph's source.
// required: modules loading for a require() (neither an import nor the
// main module), checked when their code turns out to be an ES module.
const required = new WeakSet();
function refuseAsyncGraph(filename, parent) {
  if (!esmLinker().graphAsync(filename)) return;
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parent && parent.filename);
}

function cachedExports(cached, parent, forImport) {
  if (!cached.loaded) warnOnMissingExports(cached);
  if (parent) {
    addDependency(parent, cached);
    // A cached module becomes a child of each module requiring it, once
    // (node's updateChildren).
    const children = parent.children;
    if (Array.isArray(children) && cached !== parent && !children.includes(cached)) children.push(cached);
  }
  // An import statement of an ES module whose evaluation failed fails there
  // with its error, as node's graph does (the importer's later imports are
  // not evaluated).
  if (forImport === 1 && Object.prototype.hasOwnProperty.call(cached, kError)) throw cached[kError];
  return cached.exports;
}

// A module required again while it loads (a cycle) hands out its exports
// unfinished: until it has loaded, reading a property they lack warns, as
// node's does, through a prototype that reports what was missed (plain
// objects only: never a Proxy, whose traps could run, nor transpiled ESM).
let circularWarnings;
function warnOnMissingExports(module) {
  const exports = module.exports;
  if (exports === null || typeof exports !== 'object' || isProxy(exports) ||
      Object.getPrototypeOf(exports) !== Object.prototype || exports.__esModule) {
    return;
  }
  if (circularWarnings === undefined) {
    const warn = (prop) => process.emitWarning(
      `Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
    circularWarnings = new Proxy({}, {
      __proto__: null,
      get(target, prop, receiver) {
        if (prop === '__esModule') return undefined;
        // Object.prototype's own members are still found.
        if (prop in target) return Reflect.get(target, prop, receiver);
        warn(prop);
        return undefined;
      },
      getOwnPropertyDescriptor(target, prop) {
        if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
          return Object.getOwnPropertyDescriptor(target, prop);
        }
        warn(prop);
        return undefined;
      },
    });
  }
  Object.setPrototypeOf(exports, circularWarnings);
}

function isProxy(v) {
  return requireBuiltin('util').types.isProxy(v);
}

const nativeCache = Object.create(null);
function loadNative(name) {
  let m = nativeCache[name];
  if (m === undefined) {
    m = nativeCache[name] = { exports: {}, id: name, loaded: false };
    host.loadNative(name, m);
    m.loaded = true;
  }
  return m.exports;
}

const loadJS = Module._extensions['.js'] = function (module, filename) {
  // Also TypeScript and ES modules: the host transpiles by file name.
  let compiled;
  try {
    compiled = host.compileFile(filename);
  } catch (err) {
    throw decorateSyntaxError(err);
  }
  if (wrapPatched && compiled.length === 5) compiled = compileWrapped(host.readFile(filename), filename);
  runCompiled(module, compiled, filename);
};

// A CommonJS file's SyntaxError carries node's arrow (file:line, the line
// and a caret) at the head of its stack, as node's loader puts it there; a
// fatal report then prints it once. An ES module's (its arrow names its
// file:// URL) keeps the arrow for the fatal report only, as node's.
function decorateSyntaxError(err) {
  if (err !== null && typeof err === 'object' && typeof err[host.arrowKey] === 'string' &&
      !err[host.arrowKey].startsWith('file://')) {
    try {
      err.stack = `${err[host.arrowKey]}\n\n${err.stack}`;
      delete err[host.arrowKey];
      requireBuiltin('internal/errors').decoratedErrors.add(err);
    } catch {
      // keep it as it is
    }
  }
  return err;
}
Module._extensions['.json'] = function (module, filename) {
  host.moduleLoaded(filename);
  const text = host.readFile(filename);
  try {
    module.exports = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    e.message = filename + ': ' + e.message;
    throw e;
  }
};
Module._extensions['.node'] = function (module, filename) {
  return process.dlopen(module, filename);
};

// The longest registered extension of the file's base name ('.test.js'
// before '.js'), else '.js': node's rule, so require.extensions hooks work.
function findExtension(filename) {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  let dot = 0;
  while ((dot = base.indexOf('.', dot + 1)) > 0) {
    const ext = base.slice(dot);
    if (Object.prototype.hasOwnProperty.call(Module._extensions, ext)) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(dirname(filename));
  const ext = findExtension(filename);
  const hooked = this[kHookLoad];
  if (hooked !== undefined) {
    this[kHookLoad] = undefined;
    loadHooked(this, filename, hooked);
  } else if (this[kImportLoad] === true && isESMFile(filename)) {
    // An import of an ES module file (.mjs, or .js under "type": "module")
    // is node's ES module loader's: require.extensions hooks never see it
    // (tsx's '.js' hook turns ES modules into CommonJS for require() only).
    loadJS(this, filename);
  } else {
    Module._extensions[ext](this, filename);
  }
  this.loaded = true;
};

function isESMFile(filename) {
  return filename.endsWith('.mjs') || host.typeModuleScope(filename) !== '';
}

// _compile runs source text as this module's code (require hooks use it).
Module.prototype._compile = function _compile(content, filename) {
  let fn = host.compileScript(filename, content);
  if (wrapPatched && fn.length === 5) fn = compileWrapped(content, filename);
  runCompiled(this, fn, filename);
};

// Module.wrap and Module.wrapper, as node's: patching either (assigning
// them, or changing the wrapper array's entries) makes CommonJS files
// compile as the text Module.wrap gives, run as a script; until then they
// compile straight to functions.
let wrapPatched = false;
let wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
let wrapper = new Proxy(['(function (exports, require, module, __filename, __dirname) { ', '\n});'], {
  __proto__: null,
  set(target, property, value, receiver) {
    wrapPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) { wrapPatched = true; wrap = value; },
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapper; },
  set(value) { wrapPatched = true; wrapper = value; },
});

// compileWrapped compiles content through a patched Module.wrap, as node's
// loader does once the wrapper is patched: the wrapped text runs as a
// script in this context and gives the module's function.
// The functions it made are called as plain CommonJS ones are.
const wrappedFunctions = new WeakSet();
function compileWrapped(content, filename) {
  const fn = requireBuiltin('vm').runInThisContext(Module.wrap(content), { filename });
  if (typeof fn === 'function') wrappedFunctions.add(fn);
  return fn;
}
Module._nodeModulePaths = nodeModulePaths;
Module._pathCache = Object.create(null);
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };

const kESM = Symbol.for('gojanet.esm');
// The exports objects of converted ES modules: looked up here rather than
// read off the object, which may be a Proxy whose traps throw.
const esmExports = new WeakSet();

// Top-level await. A module's body runs as an async function: it binds its
// exports, runs its imports (requires), and goes on once the modules it
// imported have finished their own top-level awaits, so importers see
// settled exports, as with node's module graph. Only modules that await
// wait: one without top-level await runs to its end at once.
const kDeps = Symbol('dependencies');
const kPending = Symbol('pending top-level await');
const kAwaited = Symbol('awaited by an importer');
const kFailed = Symbol('failed evaluation');
const kStaticImport = Symbol('loaded by an import statement');
const kImportLoad = Symbol('loaded by an import or import()');
const kError = Symbol('evaluation error');
// The exports of modules whose body had not run to its end when tla()
// returned (it awaited or threw): { module, promise } of the evaluation.
const evaluations = new WeakMap();

function addDependency(parent, child) {
  const deps = parent[kDeps];
  if (deps === undefined) parent[kDeps] = [child];
  else deps.push(child);
}

// importsEvaluated is what a module's body awaits after its imports ran:
// the evaluations still pending among them, or undefined when there are
// none (the body goes on at once).
function importsEvaluated(module) {
  let waits;
  for (const dep of module[kDeps] || []) {
    const wait = dep[kPending] ?? dep[kFailed];
    if (wait !== undefined) {
      dep[kAwaited] = true;
      (waits ??= []).push(wait);
    }
  }
  return waits && Promise.all(waits);
}

function runAsyncBody(module, body, finished, importFailure) {
  const promise = body.call(undefined);
  const failed = importFailure();
  if (failed !== undefined) {
    // An import that failed to load throws from the module's evaluation, as
    // a require would (the module is not evaluated at all).
    promise.then(undefined, () => {});
    throw failed.error;
  }
  // A body that ran to its end already (no await on the way) is not pending.
  if (!finished()) {
    if (module[kStaticImport] === true) {
      // A body that threw before its first await ends its importer's
      // evaluation there, as node's module graph does: the importer's later
      // imports are not evaluated. The module keeps its error (node's module
      // map): a later import fails with it and does not run the body again.
      const details = internalBinding('util').getPromiseDetails(promise);
      if (details !== undefined && details[0] === 2) failEvaluation(module, details[1], promise);
    }
    module[kPending] = promise;
    promise.then(() => { module[kPending] = undefined; }, (err) => {
      module[kPending] = undefined;
      module[kFailed] = promise; // its importers fail with it, and do not run
      module[kError] = err;
    });
    // import() settles with this evaluation, now and later: node keeps a
    // failed module's error and rejects every later import with it.
    evaluations.set(module.exports, { module, promise });
  }
  // A failure is reported once: by the first module nobody waits on.
  internals.topLevelAwait(module, promise.then(undefined, (err) => {
    if (!module[kAwaited]) throw inESMScope(err, module.filename);
  }));
}

// failEvaluation ends the evaluation of a module loaded by an import
// statement whose body, or one of whose imports, threw before any await: the
// error goes up through its importer's imports, which stop there. The module
// keeps its error (node's module map): a later import fails with it and does
// not run the body again.
function failEvaluation(module, err, promise = Promise.reject(err)) {
  promise.then(undefined, () => {});
  module[kFailed] = promise;
  module[kError] = err;
  module[kAwaited] = true; // the importer reports it
  evaluations.set(module.exports, { module, promise });
  throw err;
}

// evaluateGraph runs an ES module's wrapper. A dependency whose evaluation
// failed (failEvaluation) throws out of the import lines: the module's
// evaluation fails with that error, thrown on to an importer, or, for the
// root of a graph (the main module, import()'s), settled as its evaluation's
// rejection, as a failure after an await would be.
function evaluateGraph(module, run) {
  try {
    run();
  } catch (err) {
    if (module[kFailed] !== undefined || !(module[kDeps] || []).some((d) => d[kFailed] !== undefined && Object.is(d[kError], err))) throw err;
    if (module[kStaticImport] === true) failEvaluation(module, err);
    const promise = Promise.reject(err);
    module[kFailed] = promise;
    module[kError] = err;
    evaluations.set(module.exports, { module, promise });
    internals.topLevelAwait(module, promise.then(undefined, (e) => {
      if (!module[kAwaited]) throw inESMScope(e, module.filename);
    }));
  }
}

// inESMScope: node's words on a ReferenceError for one of CommonJS's names
// that ends an ES module graph's evaluation (internal/esm_interop).
function inESMScope(err, rootFile) {
  return requireBuiltin('internal/esm_interop').inESMScope(err, rootFile, host.typeModuleScope);
}

// A normalised absolute path of characters a URL path keeps as they are is
// its own file URL's pathname; only other paths need the url module (its
// URL parser and path are ≈ 90 KB of JavaScript to compile, for a script
// that only reads import.meta.url, as the docs' echo script does).
const plainPath = /^(?:\/[A-Za-z0-9._!$&'()*+,;=:@-]+)+\/?$/; // no '~': node's pathToFileURL escapes it
const dotSegment = /\/\.\.?(?:\/|$)/;

function isPlainPath(p) {
  return plainPath.test(p) && !dotSegment.test(p);
}

function fileURL(filename) {
  if (isPlainPath(filename)) return 'file://' + filename;
  return requireBuiltin('url').pathToFileURL(filename).href;
}

// import.meta for transpiled ES modules, as node's: a null-prototype
// object of data properties in node's order (its url built without the url
// module for a plain path: fileURL). A module named by a URL other than a
// file's (a worker's data: URL) has no filename and dirname.
function importMeta(module, filename, url) {
  const meta = filename === undefined ? { __proto__: null, resolve: undefined, url } :
    { __proto__: null, dirname: dirname(filename), filename, resolve: undefined, url: undefined };
  meta.resolve = function resolve(specifier) {
    // module.register()'s resolve hooks answer it, as node's
    if (moduleHooks !== null) return moduleHooks.resolve(`${specifier}`, hookURLOf(module)).url;
    const r = Module._resolveFilename(specifier, module);
    if (r.startsWith('node:')) return r;
    return r[0] !== '/' && host.isBuiltin(r) ? `node:${r}` : fileURL(r);
  };
  // (a module of module.register()'s hooks may be named by another URL)
  meta.url = url ?? (filename[0] === '/' ? fileURL(filename) + (module[kURLSuffix] ?? '') : filename);
  return meta;
}

// runCompiled runs a module's compiled wrapper function (not on
// Module.prototype, whose own names are node's).
function runCompiled(module, fn, filename) {
  const require = makeRequire(module);
  if (fn.length === 5 || wrappedFunctions.has(fn)) {
    // Plain CommonJS: node's five wrapper arguments.
    fn.call(module.exports, module.exports, require, module, filename, dirname(filename));
    return;
  }
  if (required.has(module)) refuseAsyncGraph(filename, module.parent);
  const esm = esmHelpers(module);
  evaluateGraph(module, () => fn.call(module.exports, module.exports, require, module, filename, dirname(filename), importMeta(module, filename),
    esm.tla, esm.exports, (toESM, specifier, nodeMode) => dynamicImport(require, filename, toESM, specifier, nodeMode)));
}

// requireView is node 20's require() of an ES module: the value of its
// 'module.exports' export if it has one, else its namespace, seen through a
// namespace that adds `__esModule: true` when the module has a default
// export (and no __esModule export of its own).
const esmViews = new WeakMap();
function requireView(exports) {
  if (exports === null || typeof exports !== 'object' || !esmExports.has(exports)) return exports;
  if (Object.prototype.hasOwnProperty.call(exports, 'module.exports')) return exports['module.exports'];
  if (!Object.prototype.hasOwnProperty.call(exports, 'default') ||
      Object.prototype.propertyIsEnumerable.call(exports, '__esModule')) {
    return exports;
  }
  let view = esmViews.get(exports);
  if (view === undefined) {
    view = { __proto__: null, __esModule: true };
    for (const k of Object.keys(exports)) {
      Object.defineProperty(view, k, { get: () => exports[k], enumerable: true, configurable: false });
    }
    Object.defineProperty(view, Symbol.toStringTag, { value: 'Module' });
    Object.defineProperty(view, '__esModule', { value: true, enumerable: true, writable: true, configurable: false });
    Object.preventExtensions(view);
    esmViews.set(exports, view);
  }
  return view;
}

// What a module converted from ESM calls through its wrapper: tla(body)
// runs the body as an async function; exports(names) declares the exports,
// exports(null, getters) binds them when the body starts (before its
// imports run), exports(false) gives what the body awaits once its imports
// ran (their top-level awaits), exports(true, error) records an import that
// failed to load, exports() says the body ran to its end.
function esmHelpers(module) {
  let finished = false;
  let bound = null;
  let declared = null;
  let declaredNames;
  let importFailure;
  let stars;
  const exports = (names, getters) => {
    if (names === undefined) {
      finished = true;
      return;
    }
    if (names === false) return importsEvaluated(module);
    if (names === true) {
      importFailure = { error: getters };
      throw getters;
    }
    if (names === '*') {
      // `export * from` (esbuild's __reExport): the names are added in
      // order with the module's own when its body starts.
      (stars ??= []).push(getters);
      return;
    }
    if (names === null) {
      bound = getters;
      // `export * from` made esbuild replace module.exports: declare again.
      if (module.exports !== declared) exports(declaredNames);
      if (stars !== undefined) requireBuiltin('internal/esm_interop').addStarExports(declared, declaredNames, stars, (k) => bound[k]());
      return;
    }
    if (declared === null) linkGraph(module);
    declaredNames = names;
    module[kConverted] = true;
    const target = declared = module.exports;
    if (!Object.prototype.hasOwnProperty.call(target, kESM)) {
      // esbuild's interop marker, unless the module exports an __esModule
      // of its own (import-in-the-middle re-exports a CommonJS module's),
      // whose getter then takes its place.
      if (!names.includes('__esModule')) Object.defineProperty(target, '__esModule', { value: true, configurable: true });
      Object.defineProperty(target, kESM, { value: true });
      esmExports.add(target);
      // The module's namespace object, as node's: null prototype, 'Module'.
      Object.setPrototypeOf(target, null);
      Object.defineProperty(target, Symbol.toStringTag, { value: 'Module' });
    }
    for (const k of names) {
      Object.defineProperty(target, k, {
        get() { return bound === null ? undefined : bound[k](); },
        enumerable: true,
        configurable: true,
      });
    }
  };
  return { tla: (body) => runAsyncBody(module, body, () => finished, () => importFailure), exports };
}

// linkGraph checks the imports of the graph of ES modules below module
// before its body runs (internal/esm_interop's linker, made on first use).
let linker;
function esmLinker() {
  if (linker === undefined) {
    linker = requireBuiltin('internal/esm_interop').linker({
      host, Module, loadBuiltin, resolveImportOf, fileURL, nodeModeFile,
      isConverted: (m) => m[kConverted] === true,
      isNamespace: (exports) => exports !== null && typeof exports === 'object' && esmExports.has(exports),
      decorated: (err) => requireBuiltin('internal/errors').decoratedErrors.add(err),
    });
  }
  return linker;
}
function linkGraph(module) {
  esmLinker().linkGraph(module);
}

// resolveImportOf resolves an import in file (a module that may not be
// loaded yet) as its import would; null where it finds nothing.
function resolveImportOf(file, spec) {
  try {
    resolvingImport = 1;
    return Module._resolveFilename(spec, { id: file, filename: file, paths: nodeModulePaths(dirname(file)) });
  } catch {
    return null;
  } finally {
    resolvingImport = 0;
  }
}

// import(): a require whose namespace object is made once per module, and
// a missing module fails as node's import() does. toESM is esbuild's helper.
const namespaces = new WeakMap();
function dynamicImport(require, parentFile, toESM, specifier, nodeMode) {
  // In an ES module (node's semantics) the namespace is node's: the module's
  // own for ESM, { default: module.exports, ...its keys } for CommonJS, with
  // a null prototype and the 'Module' tag. (esbuild's helper would give a
  // primitive module.exports its wrapper's prototype.)
  // import() in any JavaScript file is node's (esbuild lowers CommonJS
  // files' without its node mode).
  if (!nodeMode && nodeModeFile(parentFile)) nodeMode = true;
  if (nodeMode) toESM = namespaceOf;
  specifier = `${specifier}`; // import(new URL(...)): the specifier is ToString'd
  let exports;
  try {
    if (require[kRawRequire] !== undefined) {
      const loaded = require[kRawRequire](specifier);
      exports = nodeMode && loaded.cjs !== undefined ? loaded.cjs : loaded.exports;
    } else {
      exports = require(specifier);
    }
  } catch (e) {
    throw esmNotFound(e, specifier, parentFile);
  }
  if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function')) return toESM(exports, nodeMode);
  let byMode = namespaces.get(exports);
  if (byMode === undefined) namespaces.set(exports, byMode = {});
  const key = nodeMode ? 'node' : 'default';
  if (byMode[key] === undefined) byMode[key] = toESM(exports, nodeMode);
  const namespace = byMode[key];
  // An ES module still awaiting at top level, or one that threw, settles
  // the import: it waits for the await, and rejects with the error (which
  // this importer now handles, so it is not reported as uncaught).
  const evaluation = evaluations.get(exports);
  if (evaluation === undefined) return namespace;
  evaluation.module[kAwaited] = true;
  return evaluation.promise.then(() => namespace, (err) => { throw inESMScope(err, evaluation.module.filename); });
}

// esmNotFound is what an import gets where require's resolution found
// nothing for specifier: node's ERR_MODULE_NOT_FOUND naming the module
// (a path, or a file in a package that is there) or the package; any other
// error is returned as it is.
function esmNotFound(e, specifier, parentFile) {
  if (!e || e.code !== 'MODULE_NOT_FOUND' || typeof e.message !== 'string' ||
      !e.message.startsWith(`Cannot find module '${specifier}'`)) {
    return e;
  }
  const { resolve } = requireBuiltin('path');
  const { codes } = requireBuiltin('internal/errors');
  const moduleNotFound = (file) => new codes.ERR_MODULE_NOT_FOUND(file, parentFile, fileURL(file));
  if (!isBareRequest(specifier)) return moduleNotFound(resolve(dirname(parentFile), specifier));
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  for (const dir of nodeModulePaths(dirname(parentFile))) {
    if (Module._stat(`${dir}/${name}`) === 1) return moduleNotFound(resolve(dir, specifier));
  }
  return new codes.ERR_MODULE_NOT_FOUND(name, parentFile);
}

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

// makeRequire makes a module's require. A CommonJS caller gets what node's
// require() of an ES module gives (requireView); a module converted from ESM
// (marked kConverted when it declares its exports, before its imports run)
// gets the namespace itself, for its imports.
const kConverted = Symbol('kConverted');
const kRawRequire = Symbol('kRawRequire'); // import() wants the namespace
function makeRequire(mod) {
  const require = function require(id) {
    if (mod[kConverted] !== true) return requireView(mod.require(id));
    let exports;
    try {
      exports = importing(mod, id);
    } catch (e) {
      throw esmNotFound(e, id, mod.filename);
    }
    if (importedModule === null || !nodeModeFile(mod.filename)) return exports;
    if (importedModule === kBuiltin) return builtinNamespace(exports);
    return cjsNamespace(importedModule) ?? jsonNamespace(importedModule) ?? exports;
  };
  // import(): the module's exports, and the namespace node makes of them
  // for CommonJS and JSON (undefined for other modules).
  require[kRawRequire] = (id) => {
    const exports = importing(mod, id, true);
    const imported = importedModule !== null && importedModule !== kBuiltin ? importedModule : undefined;
    return { exports, cjs: imported && (cjsNamespace(imported) ?? jsonNamespace(imported)) };
  };
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    let filename;
    if (options !== undefined && options !== null && Array.isArray(options.paths)) {
      // Resolve as if from each of the given directories, in order.
      for (const dir of options.paths) {
        // A relative path is taken from the working directory (node's
        // _nodeModulePaths and _findPath resolve it).
        const from = new Module(requireBuiltin('path').resolve(dir) + '/[resolve]', null);
        from.filename = from.id;
        try {
          filename = Module._resolveFilename(request, from);
          break;
        } catch (e) {
          if (e.code !== 'MODULE_NOT_FOUND') throw e;
        }
      }
      if (filename === undefined) throw notFound(request, mod);
    } else if (typeof options === 'object' && options !== null && options.paths !== undefined) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    } else {
      filename = Module._resolveFilename(request, mod);
    }
    return filename.replace(/^node:/, (m) => (request.startsWith('node:') ? m : ''));
  };
  require.resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    if (host.isBuiltin(request)) return null;
    // node's _resolveLookupPaths: a relative request looks in the module's
    // folder only; any other in its node_modules paths, then the global ones.
    const relative = request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
    if (relative) return mod.filename ? [requireBuiltin('path').dirname(mod.filename)] : ['.'];
    const paths = (Array.isArray(mod.paths) ? mod.paths : []).concat(globalFolders());
    return paths.length > 0 ? paths : null;
  };
  // main is defined, not assigned (a setter on Object.prototype.main must
  // not run); cache and extensions are assigned, as node's are.
  setOwn(require, 'main', mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

// createRequire(filename): a file URL (object or string) or an absolute
// path; one ending in '/' names a directory (its require resolves from it).
function createRequire(filename) {
  const invalid = () => {
    const { codes } = requireBuiltin('internal/errors');
    return new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  };
  const isURL = filename != null && typeof filename === 'object' && typeof filename.href === 'string' &&
    typeof filename.protocol === 'string' && filename.auth === undefined && filename.path === undefined;
  let filepath;
  if (typeof filename === 'string' && filename.startsWith('file:///') && isPlainPath(filename.slice(7))) {
    // createRequire(import.meta.url): a plain path's URL is itself (fileURL)
    filepath = filename.slice(7);
  } else if (isURL || (typeof filename === 'string' && !filename.startsWith('/'))) {
    try {
      filepath = requireBuiltin('url').fileURLToPath(filename);
    } catch {
      throw invalid();
    }
  } else if (typeof filename !== 'string') {
    throw invalid();
  } else {
    filepath = filename;
  }
  // node's stands for a folder with a file in it that need not exist.
  if (filepath.endsWith('/')) filepath += 'noop.js';
  return requireFrom(filepath);
}

// requireFrom: the require of a module at filepath (which need not exist);
// a path ending in '/' is a folder that resolves from itself and is named
// as it is in import() failures ("imported from /cwd/").
function requireFrom(filepath) {
  const m = new Module(filepath, null);
  m.filename = filepath;
  m.paths = nodeModulePaths(dirname(filepath));
  return makeRequire(m);
}
Module.createRequire = createRequire;
Module.Module = Module;

// _findPath(request, paths, isMain): the file request names, looked for as a
// path in each of paths in turn (a file, with an extension, or a folder's
// main or index), or false.
Module._findPath = function _findPath(request, paths, isMain) {
  const { resolve } = requireBuiltin('path');
  const absolute = request.startsWith('/');
  const slash = request.endsWith('/') ? '/' : '';
  const extra = registeredExtensions();
  for (const dir of absolute ? [''] : paths) {
    const r = resolved(host.resolve(resolve(dir, request) + slash, '', isMain === true, extra), request, null);
    if (r !== '') return r;
  }
  return false;
};

// _preloadModules(requests): the -r/--require modules, required by a parent
// of their own resolving from the working directory.
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = nodeModulePaths(host.cwd());
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

// Module._debug: deprecated (DEP0077), NODE_DEBUG=module's logger.
let debugWarned = false;
Module._debug = function _debug(...args) {
  if (!debugWarned) {
    debugWarned = true;
    process.emitWarning('Module._debug is deprecated.', 'DeprecationWarning', 'DEP0077');
  }
  requireBuiltin('util').debuglog('module')(...args);
};

Module.runMain = function runMain(filename) {
  const r = resolved(host.resolve(filename, '', true, registeredExtensions()), filename, null);
  if (r === '' || r.startsWith('node:')) {
    throw notFound(filename, null);
  }
  // Once module.register() has hooks (an --import module's), node loads the
  // main entry with its ES module loader: through them, by its URL.
  if (moduleHooks !== null) {
    loadingImport = 2;
    Module._load(fileURL(r), null, true);
    return;
  }
  Module._load(r, null, true);
};

// Module.checkSyntax is node --check for a file: resolved as the main
// module, compiled as it would be (CommonJS, ES module or TypeScript by its
// name and package), and not run. A SyntaxError's arrow names the file by
// its path, an ES module's too (node's check prints no file:// URL).
Module.checkSyntax = function checkSyntax(filename) {
  const r = resolved(host.resolve(filename, '', true, registeredExtensions()), filename, null);
  if (r === '' || r.startsWith('node:')) throw notFound(filename, null);
  try {
    host.compileFile(r);
  } catch (err) {
    throw decorateSyntaxError(arrowByPath(err));
  }
};

// Module.checkScript is node --check for stdin ('[stdin]').
Module.checkScript = function checkScript(name, source, isModule) {
  try {
    host.compileScript(name, source, isModule);
  } catch (err) {
    throw decorateSyntaxError(arrowByPath(err));
  }
};

// arrowByPath gives an ES module's SyntaxError arrow its file's path in
// place of its file:// URL.
function arrowByPath(err) {
  const arrow = err !== null && typeof err === 'object' ? err[host.arrowKey] : undefined;
  if (typeof arrow === 'string' && arrow.startsWith('file://')) {
    const nl = arrow.indexOf('\n');
    const head = nl < 0 ? arrow : arrow.slice(0, nl);
    const colon = head.lastIndexOf(':');
    try {
      const path = requireBuiltin('url').fileURLToPath(head.slice(0, colon));
      err[host.arrowKey] = path + arrow.slice(colon);
    } catch {
      // keep the URL
    }
  }
  return err;
}

// isModule: source is an ES module named by a URL (a worker's data: URL),
// without CommonJS's module, exports, __filename and __dirname (require
// stays: gojanet's converted imports call it).
Module.runScript = function runScript(name, source, isModule = false, print = false, detectModule = true) {
  const m = new Module(name); // (its parent undefined, as node's eval module's)
  // -e code and stdin as a module (--input-type=module) are node's
  // file:///cwd/[eval1]; a worker's data: URL is its own URL.
  const evalName = name === '[eval]' || name === '[stdin]';
  // Its imports resolve from the working directory, as node's.
  m.filename = isModule && !evalName ? name : host.cwd() + '/' + name;
  if (isModule) m.id = '.'; // the main module: an unsettled top-level await exits with 13
  m.paths = nodeModulePaths(host.cwd());
  const req = makeRequire(m);
  // -e, -p, stdin and a worker's eval code: a script in the global scope
  // with module, exports, __dirname, require and __filename as globals,
  // as node's evalScript runs it
  if (!isModule && (evalName || name === '[worker eval]')) {
    const run = host.compileEvalScript(name, source, detectModule === true);
    requireBuiltin('internal/process_failure').evalSources.set(name, source);
    if (run === 'module') {
      // top-level await without --input-type: an ES module, as with
      // --input-type=module (a worker's eval code too, file:///cwd/[eval1]
      // as -e code's, in node 20)
      if (print) throw new (requireBuiltin('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
      return Module.runScript(name === '[worker eval]' ? '[eval]' : name, source, true);
    }
    if (typeof run === 'function') {
      globalThis.__filename = name; // (in node's order)
      globalThis.module = m;
      globalThis.exports = m.exports;
      globalThis.__dirname = '.';
      globalThis.require = req;
      const result = run((toESM, specifier, nodeMode) => dynamicImport(req, m.filename, toESM, specifier, nodeMode));
      // -p: its completion value, with the console builtin's log (a
      // replaced global console is not used), as node's
      if (print) requireBuiltin('console').log(result);
      return;
    }
    // (an ES module's value is printed as the wrapper's direct eval gives it)
    if (print) source = `console.log(eval(${JSON.stringify(source)}))`;
  }
  const fn = host.compileScript(name, source, isModule);
  if (fn.length === 5) {
    fn.call(globalThis, m.exports, req, m, name, '.');
    return;
  }
  const esm = esmHelpers(m);
  const meta = evalName || name === '[worker eval]' ? importMeta(m, `${host.cwd()}/[eval1]`, `file://${host.cwd()}/[eval1]`) :
    isModule ? importMeta(m, undefined, name) : importMeta(m, m.filename);
  if (isModule) {
    evaluateGraph(m, () => fn.call(globalThis, undefined, req, undefined, undefined, undefined, meta, esm.tla, esm.exports,
      (toESM, specifier, nodeMode) => dynamicImport(req, host.cwd() + '/' + name, toESM, specifier, nodeMode)));
    return;
  }
  fn.call(globalThis, m.exports, req, m, name, '.', meta, esm.tla, esm.exports,
    (toESM, specifier, nodeMode) => dynamicImport(req, m.filename, toESM, specifier, nodeMode));
};

// importFromScript is import() in code compiled at run time (new
// Function, whose body goja cannot parse import() in: see
// internal/function_import): it resolves from referrer, the file that
// made the function (as node resolves it; the working directory when none
// is known; a folder, '/cwd/', for --import), and gives a module namespace.
function importFromScript(specifier, referrer) {
  if (typeof referrer !== 'string') referrer = host.cwd() + '/[eval]';
  const req = requireFrom(referrer);
  if (typeof specifier === 'string' && specifier.startsWith('file://')) {
    specifier = requireBuiltin('url').fileURLToPath(specifier);
  }
  return dynamicImport(req, referrer, namespaceOf, String(specifier), true);
}

// namespaceOf is esbuild's __toESM in node mode: a module gojanet converted
// from ESM is its own namespace; CommonJS exports are the default export,
// their own properties the named ones.
function namespaceOf(mod) {
  if (mod !== null && (typeof mod === 'object' || typeof mod === 'function') && mod[Symbol.for('gojanet.esm')]) {
    return mod;
  }
  const ns = { __proto__: null };
  const keys = mod !== null && (typeof mod === 'object' || typeof mod === 'function') ? Object.keys(mod) : [];
  if (!keys.includes('default')) keys.push('default');
  // A namespace lists its names in code unit order.
  for (const key of keys.sort()) {
    if (key === 'default') Object.defineProperty(ns, key, { value: mod, enumerable: true });
    else Object.defineProperty(ns, key, { get: () => mod[key], enumerable: true });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  // esbuild's interop takes it as it is.
  Object.defineProperty(ns, kESM, { value: true });
  return ns;
}
exports.importFromScript = importFromScript;
exports.resolveForHooks = resolveForHooks;
exports.fileFormat = fileFormat;

let internals;
exports.init = function init(h, rb, i) {
  host = h;
  requireBuiltin = rb;
  internals = i;
  Module.builtinModules = host.builtinModules().sort();
  readPathVariables();
  // Module.globalPaths: a copy of the global folders, made when first read.
  Object.defineProperty(Module, 'globalPaths', {
    __proto__: null, enumerable: true, configurable: true,
    get() { setGlobalPaths(globalFolders().slice()); return Module.globalPaths; },
    set: setGlobalPaths,
  });
  // Module's own keys in node's order; gojanet's internal ones (_stat,
  // runScript, checkSyntax, checkScript) are not enumerable, as node's
  // _stat is not.
  for (const key of ['_cache', '_pathCache', '_extensions', 'globalPaths', '_debug', 'isBuiltin', '_findPath',
    '_nodeModulePaths', '_resolveLookupPaths', '_load', '_resolveFilename', 'createRequire', '_initPaths',
    '_preloadModules', 'syncBuiltinESMExports', 'Module', 'builtinModules', 'runMain', 'findSourceMap', 'register']) {
    const desc = Object.getOwnPropertyDescriptor(Module, key);
    delete Module[key];
    Object.defineProperty(Module, key, desc);
  }
  for (const key of ['_stat', 'runScript', 'checkSyntax', 'checkScript']) {
    Object.defineProperty(Module, key, { __proto__: null, enumerable: false });
  }
  return Module;
};
exports.Module = Module;
exports.makeRequire = makeRequire;
