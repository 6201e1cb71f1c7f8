'use strict';
// Named capture groups on the goja release gojanet pins.
//
// That release matches `(?<name>...)` but numbers named groups after the
// unnamed ones (regexp2's .NET rule: 'ab'.match(/(?<y>a)(b)/)[1] is 'b'),
// and gives neither `match.groups` nor `$<name>` in replacements. So a
// pattern with named groups never reaches goja as written:
//
//  - the loader has esbuild turn regex literals with named groups into
//    `new RegExp(source, flags)` calls (runtime/loader.go), so every such
//    pattern comes through the RegExp constructor;
//  - the constructor (a function in front of goja's, internal/regexp_install's, which hands its calls to construct() here) compiles
//    the pattern with the names removed, `(?<y>a)(b)` as `(a)(b)` and
//    `\k<y>` as `\1`, so captures are numbered as ECMAScript numbers them;
//  - the regex gets a prototype between it and RegExp.prototype whose exec
//    adds `groups`, whose [Symbol.replace] expands `$<name>` and passes the
//    groups to a replacer function, and whose `source` and toString() show
//    the pattern as written. goja's other methods (match, matchAll, split,
//    test, replaceAll) call exec, so they see the groups too.
//
// Unicode property escapes (\p{L}: goja reads them as the letter p) and the
// v flag (goja refuses it) go the same way: the loader has esbuild turn
// literals using them into constructor calls, and the constructor has
// internalBinding('regexp') (modules/regexp) rewrite the pattern as the
// code point ranges it stands for, compiled with the u flag; such a regex
// shows the pattern and flags as written (`flags`, `unicode`, `unicodeSets`).
//
// Other patterns are goja's own RegExp objects, untouched.

// Loaded on the first RegExp construction: internal/regexp_install puts
// the constructor in place at start-up and hands construct() its calls, so
// a script that never calls `new RegExp` does not compile this file.
const { NativeRegExp, Wrapped } = require('internal/regexp_install');
const proto = NativeRegExp.prototype;
const nativeExec = proto.exec;
const nativeReplace = proto[Symbol.replace];
const sourceGetter = Object.getOwnPropertyDescriptor(proto, 'source').get;
const flagsGetter = Object.getOwnPropertyDescriptor(proto, 'flags').get;
const unicodeGetter = Object.getOwnPropertyDescriptor(proto, 'unicode').get;

// regex → { names, compiled, source, flags }: names is null when the pattern
// has none; flags is set when they are not what goja was given (v).
const infos = new WeakMap();

let regexpBinding;
// A literal esbuild lowered is constructed each time it is evaluated, and
// a translated pattern (a property escape is hundreds of ranges) is slow to
// compile: the first construction's regex is kept as a template that later
// ones clone (goja's new RegExp(re) shares the compiled pattern).
const templates = new Map(); // flags + '/' + pattern → { template, info } or null

// prepare returns what a pattern needs on goja, or null when goja takes it
// as it is.
function prepare(pattern, flags) {
  let compiled = pattern;
  let compiledFlags = flags;
  let shownFlags;
  if (typeof flags === 'string' && (flags.includes('v') ||
      (flags.includes('u') && (pattern.includes('\\p') || pattern.includes('\\P'))))) {
    if (!flags.includes('v')) {
      // goja sees the translation: check the pattern as written.
      regexpBinding ??= internalBinding('regexp');
      regexpBinding.check(pattern, flags);
    }
    if (flags.includes('v')) {
      if (flags.includes('u') || !/^[dgimsvy]*$/.test(flags) || new Set(flags).size !== flags.length) {
        throw new SyntaxError(`Invalid flags supplied to RegExp constructor '${flags}'`);
      }
      compiledFlags = flags.replace('v', 'u');
      shownFlags = [...'dgimsuvy'].filter((f) => flags.includes(f)).join('');
    }
    regexpBinding ??= internalBinding('regexp');
    compiled = regexpBinding.translate(pattern, flags);
  }
  if (compiled === pattern && pattern.includes('(?<') && !(typeof flags === 'string' && flags.includes('v'))) {
    // goja sees this pattern without its names: check it as written.
    regexpBinding ??= internalBinding('regexp');
    regexpBinding.check(pattern, flags ?? '');
  }
  const named = translate(compiled, compiledFlags);
  if (named === null && compiled === pattern && shownFlags === undefined) return null;
  return {
    names: named === null ? null : named.names,
    compiled: named === null ? compiled : named.compiled,
    compiledFlags,
    source: pattern,
    flags: shownFlags,
  };
}

// translate returns the pattern without group names and the name of each
// capture (by number), or null when the pattern has no named group.
function translate(pattern, flags) {
  if (pattern.indexOf('(?<') === -1) return null;
  const names = [undefined];
  const len = pattern.length;
  // First pass: number the captures.
  let inClass = false;
  for (let i = 0; i < len; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c !== '(') continue;
    if (pattern[i + 1] !== '?') { names.push(undefined); continue; }
    if (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') {
      const end = pattern.indexOf('>', i + 3);
      if (end === -1) return null; // goja reports the syntax error
      names.push(pattern.slice(i + 3, end)); // prepare() checked the names
    }
  }
  if (!names.some((n) => n !== undefined)) return null;
  // Second pass: drop the names, number the back references.
  let out = '';
  inClass = false;
  for (let i = 0; i < len; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (!inClass && pattern[i + 1] === 'k' && pattern[i + 2] === '<') {
        const end = pattern.indexOf('>', i + 3);
        const n = end === -1 ? -1 : names.indexOf(pattern.slice(i + 3, end));
        if (n > 0) {
          out += '\\' + n + '(?:)'; // (?:) ends the number: \1 then a digit stays \1
          i = end;
          continue;
        }
      }
      out += c + (i + 1 < len ? pattern[i + 1] : '');
      i++;
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (c === '(' && pattern[i + 1] === '?' && pattern[i + 2] === '<' &&
        pattern[i + 3] !== '=' && pattern[i + 3] !== '!') {
      out += '(';
      i = pattern.indexOf('>', i + 3);
      continue;
    }
    out += c;
  }
  return { names, compiled: out, source: pattern };
}

function groupsOf(info, captures) {
  const groups = { __proto__: null };
  const names = info.names;
  for (let i = 1; i < names.length; i++) {
    if (names[i] !== undefined) groups[names[i]] = captures[i - 1];
  }
  return groups;
}

// ECMAScript's GetSubstitution, for replacement strings that use $<name>.
function substitute(template, matched, position, str, captures, groups) {
  let out = '';
  const m = captures.length;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '$' || i + 1 === template.length) { out += c; continue; }
    const d = template[i + 1];
    if (d === '$') { out += '$'; i++; continue; }
    if (d === '&') { out += matched; i++; continue; }
    if (d === '`') { out += str.slice(0, position); i++; continue; }
    if (d === "'") { out += str.slice(position + matched.length); i++; continue; }
    if (d >= '0' && d <= '9') {
      const two = template[i + 2] >= '0' && template[i + 2] <= '9' ? Number(d + template[i + 2]) : 0;
      if (two >= 1 && two <= m) { out += captures[two - 1] ?? ''; i += 2; continue; }
      const one = Number(d);
      if (one >= 1 && one <= m) { out += captures[one - 1] ?? ''; i++; continue; }
      out += c;
      continue;
    }
    if (d === '<') {
      const end = template.indexOf('>', i + 2);
      if (end === -1) { out += c; continue; }
      const v = groups[template.slice(i + 2, end)];
      out += v === undefined ? '' : v;
      i = end;
      continue;
    }
    out += c;
  }
  return out;
}

// What a translated regex shows: the pattern and flags as written.
const displayDescriptors = {
  source: {
    get() {
      const info = infos.get(this);
      return info === undefined ? sourceGetter.call(this) : info.source;
    },
    configurable: true,
  },
  flags: {
    get() {
      const info = infos.get(this);
      return info === undefined || info.flags === undefined ? flagsGetter.call(this) : info.flags;
    },
    configurable: true,
  },
  unicode: {
    get() {
      const info = infos.get(this);
      return info === undefined || info.flags === undefined ? unicodeGetter.call(this) : false;
    },
    configurable: true,
  },
  toString: {
    value: function toString() {
      return `/${this.source}/${this.flags}`;
    },
    writable: true, configurable: true,
  },
};

// A regex whose pattern was only translated (no named groups).
const shownProto = Object.create(proto, displayDescriptors);

const namedProto = Object.create(proto, {
  exec: {
    value: function exec(string) {
      const result = nativeExec.call(this, string);
      const info = infos.get(this);
      if (result !== null && info !== undefined) {
        // goja's exec made groups (undefined), after index and input as in node.
        result.groups = groupsOf(info, result.slice(1));
        // The d flag's indices (goja's, groups undefined) get theirs too.
        if (result.indices !== undefined) result.indices.groups = groupsOf(info, result.indices.slice(1));
      }
      return result;
    },
    writable: true, configurable: true,
  },
  [Symbol.replace]: {
    value: function(string, replaceValue) {
      const info = infos.get(this);
      if (info === undefined) return nativeReplace.call(this, string, replaceValue);
      const ncap = info.names.length - 1;
      if (typeof replaceValue === 'function') {
        const fn = replaceValue;
        replaceValue = function(...args) {
          return fn(...args, groupsOf(info, args.slice(1, 1 + ncap)));
        };
      } else {
        const template = String(replaceValue);
        if (template.indexOf('$<') !== -1) {
          replaceValue = function(matched, ...rest) {
            const captures = rest.slice(0, ncap);
            return substitute(template, matched, rest[ncap], rest[ncap + 1], captures,
                              groupsOf(info, captures));
          };
        }
      }
      return nativeReplace.call(this, string, replaceValue);
    },
    writable: true, configurable: true,
  },
});
Object.defineProperties(namedProto, displayDescriptors);

function construct(args, newTarget) {
  let pattern = args[0];
  let flags = args[1];
  let info = null;
  if (pattern !== null && typeof pattern === 'object' && infos.has(pattern)) {
    const from = infos.get(pattern);
    if (flags === undefined && from.flags === undefined) {
      info = from;
      flags = flagsGetter.call(pattern);
    } else {
      // New flags (or v's): translate the source again.
      if (flags === undefined) flags = from.flags;
      pattern = from.source;
      flags = String(flags);
      info = prepare(pattern, flags);
      if (info === null) return Reflect.construct(NativeRegExp, [pattern, flags], newTarget === Wrapped ? NativeRegExp : newTarget);
      flags = info.compiledFlags;
    }
  } else if (typeof pattern === 'string') {
    if (flags !== undefined && typeof flags !== 'string') flags = String(flags);
    const key = (flags === undefined ? '' : flags) + '/' + pattern;
    let t = templates.get(key);
    if (t === undefined) {
      info = prepare(pattern, flags);
      t = info === null ? null : { template: Reflect.construct(NativeRegExp, [info.compiled, info.compiledFlags], NativeRegExp), info };
      if (templates.size >= 256) templates.clear();
      templates.set(key, t);
    }
    if (t !== null && (newTarget === Wrapped || newTarget === NativeRegExp)) {
      const re = new NativeRegExp(t.template);
      infos.set(re, t.info);
      Object.setPrototypeOf(re, t.info.names === null ? shownProto : namedProto);
      return re;
    }
    info = t === null ? null : t.info;
    if (info !== null) flags = info.compiledFlags;
  }
  const target = newTarget === Wrapped ? NativeRegExp : newTarget;
  if (info === null) return Reflect.construct(NativeRegExp, args, target);
  const re = Reflect.construct(NativeRegExp, [info.compiled, flags], target);
  infos.set(re, info);
  const shape = info.names === null ? shownProto : namedProto;
  if (Object.getPrototypeOf(re) === proto) {
    Object.setPrototypeOf(re, shape);
  } else {
    // A subclass's instance keeps its prototype; the methods go on it.
    for (const key of Reflect.ownKeys(shape)) {
      Object.defineProperty(re, key, Object.getOwnPropertyDescriptor(shape, key));
    }
  }
  return re;
}

// proto.unicodeSets for a regex (see internal/regexp_install).
function unicodeSets(re) {
  const info = infos.get(re);
  if (info === undefined) unicodeGetter.call(re); // throws for a non-RegExp
  return info !== undefined && info.flags !== undefined;
}

module.exports = { construct, translate, unicodeSets };
