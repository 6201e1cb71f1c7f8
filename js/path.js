'use strict';
// path: POSIX path manipulation, written to node's documented behaviour and
// checked against node by conformance scripts. path.win32 carries only the
// separators (gojanet runs on POSIX systems).

let validators;
function validateString(value, name) {
  if (typeof value !== 'string') {
    if (validators === undefined) validators = require('internal/validators');
    validators.validateString(value, name);
  }
}

// Resolves '.' and '..' segments and collapses repeated slashes. Leading
// '..' segments stay when the path is relative.
function resolveSegments(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === 47;
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === 47;
  const trailingSlash = path.charCodeAt(path.length - 1) === 47;
  let out = resolveSegments(path, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) out += '/';
  return absolute ? '/' + out : out;
}

function join(...args) {
  let joined;
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : process.cwd();
    validateString(path, i >= 0 ? `paths[${i}]` : 'path');
    if (path.length === 0) continue;
    resolved = path + '/' + resolved;
    absolute = path.charCodeAt(0) === 47;
  }
  const out = resolveSegments(resolved, !absolute);
  if (absolute) return '/' + out;
  return out.length > 0 ? out : '.';
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const up = [];
  for (let i = common; i < fromParts.length; i++) up.push('..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

// The end of the last segment, ignoring trailing slashes; -1 if none.
function lastSegmentEnd(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return end;
}

// dirname drops the last segment, any slashes after it, and the one slash
// before it (so "/a//b" gives "/a/"), as node's does.
function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const rooted = path.charCodeAt(0) === 47;
  let sawSegment = false;
  let cut = -1;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path.charCodeAt(i) !== 47) {
      sawSegment = true;
    } else if (sawSegment) {
      cut = i;
      break;
    }
  }
  if (cut === -1) return rooted ? '/' : '.';
  if (rooted && cut === 1) return '//';
  return path.slice(0, cut);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const end = lastSegmentEnd(path);
  let start = end - 1;
  while (start >= 0 && path.charCodeAt(start) !== 47) start--;
  const base = path.slice(start + 1, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return base;
  // node's rules with a suffix: the whole path equal to it gives '', a path
  // of slashes only comes back as it is, a suffix equal to the whole base
  // name is kept.
  if (suffix === path) return '';
  if (end === 0) return path;
  if (base.length > suffix.length && base.endsWith(suffix)) return base.slice(0, base.length - suffix.length);
  return base;
}

// The extension of a base name: from its last '.', unless that dot starts
// the name (".profile") or the name is "..".
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  return extOf(basename(path));
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === 47;
  if (absolute) ret.root = '/';
  const end = lastSegmentEnd(path);
  if (end === 0) {
    ret.dir = ret.root;
    return ret;
  }
  let start = end - 1;
  while (start >= 0 && path.charCodeAt(start) !== 47) start--;
  ret.base = path.slice(start + 1, end);
  // node's parse gives "/.." the extension "." (its extname does not).
  ret.ext = ret.base === '..' && start === 0 ? '.' : extOf(ret.base);
  ret.name = ret.ext.length > 0 ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
  // dir drops the base and the one slash before it ("//h" -> "/", "a//b" -> "a/").
  if (start >= 0) ret.dir = path.slice(0, start) || (absolute ? '/' : '');
  return ret;
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  let ext = pathObject.ext || '';
  if (ext && ext[0] !== '.') ext = '.' + ext;
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
};
posix.posix = posix;
posix.win32 = { sep: '\\', delimiter: ';' };
posix.win32.win32 = posix.win32;
posix.win32.posix = posix;

module.exports = posix;
