'use strict';
// What only ES modules need, out of internal/modules (which every start-up
// compiles): the linking of a module graph (node's link-time SyntaxError
// for a name a module does not export; CommonJS modules' names as node's
// lexer guesses them), node's wording of a scope error, a CommonJS
// module's namespace.

// inESMScope puts node's words on a ReferenceError for one of CommonJS's
// names that ends the evaluation of an ES module graph: "require is not
// defined in ES module scope, you can use import instead", and where the
// graph's root is a .js file a "type": "module" package makes an ES
// module, which package.json that is. (An error a module catches keeps
// V8's message.)
const cjsNameNotDefined = /^(?:require|module|exports|__filename|__dirname) is not defined$/;
const scopeWorded = new WeakSet();
function inESMScope(err, rootFile, typeModuleScope) {
  try {
    if (err === null || typeof err !== 'object' || scopeWorded.has(err) || err.name !== 'ReferenceError' ||
        typeof err.message !== 'string' || !cjsNameNotDefined.test(err.message)) {
      return err;
    }
    scopeWorded.add(err);
    const was = err.message;
    let message = `${was} in ES module scope`;
    if (was.startsWith('require ')) message += ', you can use import instead';
    const pjson = typeof rootFile === 'string' ? typeModuleScope(rootFile) : '';
    if (pjson !== '') {
      message += '\nThis file is being treated as an ES module because it has a \'.js\' file extension and ' +
        `'${pjson}' contains "type": "module". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.`;
    }
    err.message = message;
    // V8 writes the stack when it is first read, with the message then; a
    // stack read before keeps the old message, and is given the new one.
    const stack = err.stack;
    const head = `ReferenceError: ${was}\n`;
    if (typeof stack === 'string' && stack.includes(head) && !stack.includes(`ReferenceError: ${message}`)) {
      err.stack = stack.replace(head, `ReferenceError: ${message}\n`);
    }
  } catch {
    // a hostile error object: left as it is
  }
  return err;
}

// cjsNamespace is the namespace node makes of a CommonJS module's exports
// for an ES module's import: names (node's lexer's guess, with 'default')
// in code unit order, each the value exports owns for it now (undefined if
// it owns none, or its getter throws), default exports itself; null
// prototype, the 'Module' tag, not extensible, and marked (kESM) so that
// esbuild's interop takes it as it is.
function cjsNamespace(exports, names, kESM) {
  const ns = { __proto__: null };
  const owns = exports !== null && (typeof exports === 'object' || typeof exports === 'function');
  for (const name of [...names].sort()) {
    let value;
    if (name === 'default') {
      value = exports;
    } else if (owns) {
      try {
        if (Object.prototype.hasOwnProperty.call(exports, name)) value = exports[name];
      } catch {
        // left undefined
      }
    }
    Object.defineProperty(ns, name, { value, writable: true, enumerable: true, configurable: false });
  }
  Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
  Object.defineProperty(ns, kESM, { value: true });
  Object.preventExtensions(ns);
  return ns;
}

// cjsMissingExport is node's message for an import of a name its lexer did
// not find in a CommonJS module: the import's named imports, when they are
// on the line the arrow points at (lineText), become a destructuring of
// the default export.
function cjsMissingExport(spec, name, lineText) {
  const named = /{.*}/.exec(lineText);
  return `Named export '${name}' not found. The requested module '${spec}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via ' +
    `the default export, for example using:\n\nimport pkg from '${spec}';\n` +
    (named !== null ? `const ${named[0].replace(/\s+as\s+/g, ': ')} = pkg;\n` : '');
}

// addStarExports adds to a module's namespace (target) the names of the
// modules it exports * from (but default, and those it has), and puts all
// its names in code unit order, as a namespace lists them. Its own names
// (own) are read through own(name).
function addStarExports(target, ownNames, stars, own) {
  const from = new Map();
  for (const mod of stars) {
    if (mod === null || (typeof mod !== 'object' && typeof mod !== 'function')) continue;
    for (const k of Object.getOwnPropertyNames(mod)) {
      if (k !== 'default' && !Object.prototype.hasOwnProperty.call(target, k) && !from.has(k)) from.set(k, mod);
    }
  }
  if (from.size === 0) return;
  const names = [...ownNames, ...from.keys()].sort();
  for (const k of names) {
    const mod = from.get(k);
    delete target[k];
    Object.defineProperty(target, k, {
      get: mod === undefined ? () => own(k) : () => mod[k],
      enumerable: true,
      configurable: true,
    });
  }
}

// linker makes the linking of ES module graphs, over what it needs of
// internal/modules (ctx).
function linker(ctx) {
  const { host, Module, loadBuiltin, resolveImportOf, fileURL, nodeModeFile, isConverted, isNamespace, decorated } = ctx;

  // CommonJS modules imported by ES modules. node does not run a module to
  // learn its names: its lexer guesses them from the source (cjs-module-lexer;
  // host.cjsExportNames, runtime/cjsexports.go), and the module's namespace
  // has those names (the values they have once the module has run, if its
  // exports own them; undefined if not) and 'default', module.exports itself.
  // An import of a name not found is a SyntaxError at link time.

  // cjsLexable: a file node's lexer reads when an ES module imports it.
  function cjsLexable(file) {
    return typeof file === 'string' && file[0] === '/' && /\.c?js$/.test(file);
  }

  // cjsNames: file's export names as node guesses them, 'default' among them.
  const cjsNameSets = new Map();
  function cjsNames(file) {
    let names = cjsNameSets.get(file);
    if (names === undefined) {
      names = new Set(['default']);
      for (const n of host.cjsExportNames(file)) names.add(n);
      cjsNameSets.set(file, names);
    }
    return names;
  }

  // linkGraph checks, before an ES module's body runs, every static import
  // in the graph of ES modules below it that has not run yet: a name an ES
  // module (or a builtin) does not export is node's link-time SyntaxError,
  // thrown before anything in the graph runs. The names come from the host
  // (esmLink: runtime/esmlink.go). CommonJS modules, which node checks with
  // its lexer's guess, are left alone.
  const linked = new Set(); // files whose imports were checked
  function linkGraph(module) {
    const root = module.filename;
    if (typeof root !== 'string' || linked.has(root)) return;
    linked.add(root);
    const pending = [root];
    while (pending.length > 0) {
      const file = pending.pop();
      const link = esmLinkOf(file);
      if (link === null) continue;
      if (link.types !== undefined) {
        for (const spec of Object.keys(link.types)) {
          const target = spec.startsWith('data:') ? spec : resolveImportOf(file, spec);
          if (target !== null) checkAttributeType(target, link.types[spec]);
        }
      }
      for (const imp of link.imports) {
        const target = resolveImportOf(file, imp.spec);
        if (target === null) continue; // the import itself reports it
        let exported = exportedNames(target);
        // A TypeScript importer keeps esbuild's interop with CommonJS.
        if (exported !== null && !nodeModeFile(file) && isCommonJS(target)) exported = null;
        if (exported !== null) {
          for (const name of imp.names) {
            if (!exported.has(name)) throw missingExport(file, imp.spec, name, isCommonJS(target));
          }
        }
        if (linkable(target) && !linked.has(target) && Module._cache[target] === undefined) {
          linked.add(target);
          pending.push(target);
        }
      }
    }
  }

  // checkAttributeType is node's check of an import's `type` attribute
  // against what it imports ('' for none): JSON needs 'json', anything
  // else must have none, and 'json' is the only type there is.
  function checkAttributeType(target, type) {
    const json = /\.json$/.test(target) || target.startsWith('data:application/json');
    if (type === '' ? !json : type === 'json' && json) return;
    const { codes } = require('internal/errors');
    const url = target[0] === '/' ? fileURL(target) :
      target.startsWith('data:') || target.startsWith('node:') ? target : `node:${target}`;
    if (type === '') throw new codes.ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
    if (type !== 'json') throw new codes.ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
    throw new codes.ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
  }

  // esmLinkOf is host.esmLink's answer for file, parsed once (null for a
  // file that is no ES module).
  const esmLinks = new Map();
  function esmLinkOf(file) {
    let link = esmLinks.get(file);
    if (link === undefined) {
      const json = host.esmLink(file);
      link = json === '' ? null : JSON.parse(json);
      esmLinks.set(file, link);
    }
    return link;
  }

  // linkable: a file the host compiles as JavaScript, which may be an ES
  // module (not JSON, an addon, or a .cjs file).
  function linkable(file) {
    return file[0] === '/' && /\.(?:js|mjs|ts|mts|jsx|tsx)$/.test(file);
  }

  // exportedNames: the names a module exports (those of its `export *`
  // targets too, but their defaults), or null where they are not known
  // before it runs (CommonJS).
  function exportedNames(target, seen = new Set()) {
    const builtin = target.startsWith('node:') ? target.slice(5) : (target[0] !== '/' && host.isBuiltin(target) ? target : null);
    if (builtin !== null) {
      // node's facade for a builtin: its own enumerable keys and default.
      const names = new Set(Object.keys(loadBuiltin(builtin)));
      names.add('default');
      return names;
    }
    const cached = Module._cache[target];
    if (cached !== undefined) {
      const ns = cached.exports;
      if (isNamespace(ns)) return new Set(Object.keys(ns));
      return !isConverted(cached) && cjsLexable(target) ? cjsNames(target) : null;
    }
    const link = linkable(target) ? esmLinkOf(target) : null;
    if (link === null) return cjsLexable(target) ? cjsNames(target) : null;
    const names = new Set(link.exports);
    seen.add(target);
    for (const spec of link.stars) {
      const from = resolveImportOf(target, spec);
      if (from === null) return null;
      if (seen.has(from)) continue; // a cycle of export * adds nothing
      const more = exportedNames(from, seen);
      if (more === null) return null;
      for (const n of more) if (n !== 'default') names.add(n);
    }
    return names;
  }

  // isCommonJS: target (resolved, maybe not loaded yet) is a CommonJS file
  // whose names node's lexer guesses.
  function isCommonJS(target) {
    if (!cjsLexable(target)) return false;
    const cached = Module._cache[target];
    if (cached !== undefined) return !isConverted(cached);
    return !linkable(target) || esmLinkOf(target) === null;
  }

  // missingExport is node's SyntaxError for an import of a name the module
  // does not export, its arrow under the name in the importing file; for a
  // CommonJS module, with node's hint at importing its default export.
  function missingExport(file, spec, name, cjs) {
    const err = new SyntaxError(`The requested module '${spec}' does not provide an export named '${name}'`);
    try {
      const arrow = importArrow(host.readFile(file), spec, name);
      if (cjs) err.message = cjsMissingExport(spec, name, arrow === null ? '' : arrow.text);
      if (arrow !== null) {
        // node's loader puts the arrow at the head of the stack (no blank
        // line, unlike a parse error's), and a fatal report prints it so.
        err.stack = `${fileURL(file)}:${arrow.line}\n${arrow.text}\n${' '.repeat(arrow.col)}${'^'.repeat(arrow.len)}\n${err.stack}`;
        decorated(err);
      }
    } catch {
      // no arrow
    }
    return err;
  }

  // importArrow finds, in a module's source, the import declaration from spec
  // that names name: the line (1-based) and its text, and the column and
  // length of the name (a default import: its local binding).
  function importArrow(src, spec, name) {
    const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const decl = new RegExp(`\\bimport\\s*([^;'"]*?)\\bfrom\\s*(['"])${escape(spec)}\\2`, 'g');
    let m;
    while ((m = decl.exec(src)) !== null) {
      const clause = m[1];
      const at = m.index + /^import\s*/.exec(m[0])[0].length;
      let off = -1;
      let len = name.length;
      if (name === 'default') {
        const d = /^\s*([^\s,{}*]+)\s*(?:,|$)/.exec(clause);
        if (d !== null) {
          off = clause.indexOf(d[1]);
          len = d[1].length;
        }
      }
      if (off < 0) {
        const brace = clause.indexOf('{');
        if (brace < 0) continue;
        const named = new RegExp(`(^|[\\s{,])(${escape(name)}|(['"])${escape(name)}\\3)(?=[\\s,}])`);
        const n = named.exec(clause.slice(brace));
        if (n === null) continue;
        off = brace + n.index + n[1].length;
        len = n[2].length;
      }
      const pos = at + off;
      const lineStart = src.lastIndexOf('\n', pos - 1) + 1;
      let lineEnd = src.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = src.length;
      let line = 1;
      for (let i = src.indexOf('\n'); i >= 0 && i < lineStart; i = src.indexOf('\n', i + 1)) line++;
      return { line, text: src.slice(lineStart, lineEnd).replace(/\r$/, ''), col: pos - lineStart, len };
    }
    return null;
  }

  // graphAsync: whether the ES module file, or one it imports directly or
  // through others, has top-level await (its link's tla: esbuild found one
  // in the source). CommonJS modules end the walk: their requires are
  // theirs, not the graph's.
  const asyncGraphs = new Map();
  function graphAsync(root) {
    let found = asyncGraphs.get(root);
    if (found !== undefined) return found;
    found = false;
    const seen = new Set([root]);
    const pending = [root];
    while (pending.length > 0) {
      const file = pending.pop();
      const link = esmLinkOf(file);
      if (link === null) continue;
      if (link.tla === true) {
        found = true;
        break;
      }
      for (const spec of link.deps || []) {
        const target = resolveImportOf(file, spec);
        if (target !== null && linkable(target) && !seen.has(target)) {
          seen.add(target);
          pending.push(target);
        }
      }
    }
    asyncGraphs.set(root, found);
    return found;
  }

  return { linkGraph, cjsNames, graphAsync };
}

module.exports = { inESMScope, cjsNamespace, cjsMissingExport, addStarExports, linker };
