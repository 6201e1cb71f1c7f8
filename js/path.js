'use strict';
// path: node's two path flavours, POSIX (the module itself, gojanet runs on
// POSIX systems) and win32 (path.win32, also require('path/win32')), written
// to node's documented behaviour and checked against node by conformance
// scripts (testdata/conformance/path) and Node's own test-path-*.js files.
//
// Both flavours scan paths character by character, as node does, because
// the edge cases (runs of separators, "..." names, dots at the start of a
// name, drive letters, UNC roots \\server\share) are defined by that scan.

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46;
const COLON = 58;
const QUESTION = 63;

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}
function validateString(value, name) {
  if (typeof value !== 'string') lazyValidators().validateString(value, name);
}

function isPosixSep(code) {
  return code === SLASH;
}
function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}
// A drive letter: A-Z or a-z.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Resolves '.' and '..' segments of a path without its root and collapses
// runs of separators; leading '..' stay when allowAboveRoot (relative
// paths). The result joins segments with sep and has no trailing separator.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  let res = '';
  let lastSegLen = 0; // length of res's last segment
  let lastSep = -1; // index of the separator before the current segment
  let dots = 0; // the current segment is this many dots (-1: not dots only)
  let code = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSep(code)) break;
    else code = SLASH; // a virtual separator ends the last segment
    if (!isSep(code)) {
      if (code === DOT && dots !== -1) dots++;
      else dots = -1;
      continue;
    }
    if (lastSep === i - 1 || dots === 1) {
      // An empty segment or '.': nothing to add.
    } else if (dots === 2) {
      const endsWithDotDot = res.length >= 2 && lastSegLen === 2 &&
        res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
      if (!endsWithDotDot && res.length > 2) {
        const cut = res.lastIndexOf(sep);
        if (cut === -1) {
          res = '';
          lastSegLen = 0;
        } else {
          res = res.slice(0, cut);
          lastSegLen = res.length - 1 - res.lastIndexOf(sep);
        }
        lastSep = i;
        dots = 0;
        continue;
      }
      if (!endsWithDotDot && res.length !== 0) {
        res = '';
        lastSegLen = 0;
        lastSep = i;
        dots = 0;
        continue;
      }
      if (allowAboveRoot) {
        res += res.length > 0 ? sep + '..' : '..';
        lastSegLen = 2;
      }
    } else {
      const seg = path.slice(lastSep + 1, i);
      res += res.length > 0 ? sep + seg : seg;
      lastSegLen = i - lastSep - 1;
    }
    lastSep = i;
    dots = 0;
  }
  return res;
}

// basename for both flavours: the last segment from `start` on, ignoring
// trailing separators, with suffix removed when the segment ends with it
// (and is not only the suffix).
function baseName(path, suffix, start, isSep) {
  let end = -1;
  let matchedSep = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSepEnd = -1;
    for (let i = path.length - 1; i >= start; i--) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSep) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (firstNonSepEnd === -1) {
        matchedSep = false;
        firstNonSepEnd = i + 1;
      }
      if (extIdx >= 0) {
        if (code === suffix.charCodeAt(extIdx)) {
          if (--extIdx === -1) end = i; // the suffix matched: the name ends here
        } else {
          extIdx = -1; // no match: keep the whole name
          end = firstNonSepEnd;
        }
      }
    }
    if (start === end) end = firstNonSepEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSep) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
}

// Scans the last segment of path (from `start` on) for its extension;
// startPart is where the segment starts when no separator precedes it.
// Returns [startPart, startDot, end] or null when there is no segment;
// startDot is -1 when the segment has no extension: no dot, a leading dot
// only (".profile"), or the segment is "..".
function scanLastSegment(path, start, startPart, isSep) {
  let startDot = -1;
  let end = -1;
  let matchedSep = true;
  // 0: no non-dot character seen after the last dot; 1: dots only before
  // it so far; -1: a non-dot character before the dot.
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (end === -1) return null;
  if (startDot === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    startDot = -1;
  }
  return [startPart, startDot, end];
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatWith(sep, pathObject) {
  lazyValidators().validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---- POSIX ----

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailingSep = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (path.length === 0) {
      if (absolute) return '/';
      return trailingSep ? './' : '.';
    }
    if (trailingSep) path += '/';
    return absolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are absolute: compare after the root slash.
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // from is a prefix of to: "/a/b" -> "/a/b/c/d" or "/" -> "/a".
        if (to.charCodeAt(toStart + i) === SLASH) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        // to is a prefix of from: "/a/b/c" -> "/a/b" or "/a" -> "/".
        if (from.charCodeAt(fromStart + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSep = true;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return baseName(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const scan = scanLastSegment(path, 0, 0, isPosixSep);
    if (scan === null || scan[1] === -1) return '';
    return path.slice(scan[1], scan[2]);
  },

  format(pathObject) {
    return formatWith('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    // (startPart 0 even for an absolute path: "/.." has the extension ".")
    const scan = scanLastSegment(path, absolute ? 1 : 0, 0, isPosixSep);
    let startPart = 0;
    if (scan !== null) {
      startPart = scan[0];
      const start = startPart === 0 && absolute ? 1 : startPart;
      const [, startDot, end] = scan;
      if (startDot === -1) {
        ret.base = ret.name = path.slice(start, end);
      } else {
        ret.name = path.slice(start, startDot);
        ret.base = path.slice(start, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---- win32 ----

// The root of a win32 path: a UNC root "\\server\share", a drive "C:" (with
// its separator when absolute), or a lone separator. Returns
// { device, rootEnd, absolute }; for a UNC path "\\server\share" with
// nothing after it, rootEnd is the path's length.
function winRoot(path) {
  const len = path.length;
  let device = '';
  let rootEnd = 0;
  let absolute = false;
  if (len === 0) return { device, rootEnd, absolute };
  const code = path.charCodeAt(0);
  if (len === 1) {
    if (isWinSep(code)) {
      rootEnd = 1;
      absolute = true;
    }
  } else if (isWinSep(code)) {
    absolute = true;
    rootEnd = 1;
    if (isWinSep(path.charCodeAt(1))) {
      const unc = uncRoot(path);
      if (namespacePrefix(path) !== -1) {
        device = `\\\\${path[2]}`;
        rootEnd = 3;
      } else if (unc !== null) {
        device = `\\\\${unc.server}\\${unc.share}`;
        rootEnd = unc.end;
      }
    }
  } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      absolute = true;
      rootEnd = 3;
    }
  }
  return { device, rootEnd, absolute };
}

// Windows' reserved device names.
const reservedDevices = new Set(['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6',
  'COM7', 'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9']);

// The length of a reserved device name the path starts with, when a
// character follows it, else -1.
function reservedDevicePrefix(path) {
  for (const n of [3, 4]) {
    if (path.length > n && reservedDevices.has(path.slice(0, n).toUpperCase())) return n;
  }
  return -1;
}

// For a path starting with two separators: a namespace (\\?\) or device
// (\\.\) prefix followed by a name is a root of its own, and what follows is
// a path under it (node 20.19+ normalize and resolve). Returns the prefix's
// end, or -1.
function namespacePrefix(path) {
  const c = path.charCodeAt(2);
  if ((c !== QUESTION && c !== DOT) || !isWinSep(path.charCodeAt(3))) return -1;
  for (let i = 4; i < path.length; i++) {
    if (!isWinSep(path.charCodeAt(i))) return 3;
  }
  return -1;
}

// For a path starting with two separators: its server and share names and
// the index after the share, or null when it has no (non-empty) share.
function uncRoot(path) {
  const len = path.length;
  let j = 2;
  let last = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return null;
  const server = path.slice(last, j);
  last = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return null;
  last = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j !== len && j === last) return null;
  return { server, share: path.slice(last, j), shareStart: last, end: j };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // A drive-relative path: Windows keeps a current directory per
        // drive in the environment variable "=C:".
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }
      const { device, rootEnd, absolute } = winRoot(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // A path on another drive does not contribute.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isPosixSep(path.charCodeAt(0)) ? '\\' : path;
    let device;
    let rootEnd = 0;
    let absolute = false;
    let markRelative = false;
    const code = path.charCodeAt(0);
    if (isWinSep(code)) {
      absolute = true;
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (namespacePrefix(path) !== -1) {
          device = `\\\\${path[2]}`;
          rootEnd = 3;
        } else if (unc !== null) {
          // "\\server\share" alone is the root of a share: it ends with a separator.
          if (unc.end === len) return `\\\\${unc.server}\\${unc.share}\\`;
          device = `\\\\${unc.server}\\${unc.share}`;
          rootEnd = unc.end;
        }
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isWinSep(path.charCodeAt(2))) {
        absolute = true;
        rootEnd = 3;
      }
    } else {
      const reserved = reservedDevicePrefix(path);
      if (reserved !== -1) {
        // "CON:x" names a device, not a file "x" on drive "CON": node 20.19+
        // keeps the device as a root and marks the result relative (".\\").
        if (path.charCodeAt(reserved) === COLON) {
          device = path.slice(0, reserved + 1);
          let tail = normalizeSegments(path.slice(reserved + 1), true, '\\', isWinSep);
          if (tail.length === 0) tail = '.';
          if (isWinSep(path.charCodeAt(len - 1))) tail += '\\';
          return `.\\${device}${tail}`;
        }
        // One more character after a device name: node 20.19+ marks it too.
        if (reserved === len - 1) markRelative = true;
      }
    }
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    // A relative result must not read as a drive path or a drive-relative
    // stream name ("a/../C:" is not "C:", CVE-2024-36139): node 20.19+
    // prefixes ".\\" when a colon ends a segment or the result starts "X:".
    if (markRelative) return `.\\${tail}`;
    if (!absolute && device === undefined && path.includes(':')) {
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Joining must not turn a non-UNC first part into a UNC root ("\\",
    // "server"), and a UNC first part keeps its root: count the first
    // part's leading separators; two or more leading separators that do not
    // start a UNC root collapse into one.
    let collapse = true;
    let leading = 0;
    if (isWinSep(firstPart.charCodeAt(0))) {
      leading++;
      if (firstPart.length > 1 && isWinSep(firstPart.charCodeAt(1))) {
        leading++;
        if (firstPart.length > 2) {
          if (isWinSep(firstPart.charCodeAt(2))) leading++;
          else collapse = false; // "\\server": a UNC root
        }
      }
    }
    if (collapse) {
      while (leading < joined.length && isWinSep(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    // Windows paths compare case-insensitively.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Nothing in common (another drive or share): the target as it is.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // from is a prefix of to: "C:\a" -> "C:\a\b", or a drive root "C:\" -> "C:\a".
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        // to is a prefix of from: "C:\a\b" -> "C:\a", or "C:\a" -> the drive root.
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Anything but a non-empty string comes back unchanged.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        // A UNC path, unless already a namespace (\\?\) or device (\\.\) path.
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
               resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);
    if (isWinSep(code)) {
      rootEnd = offset = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (unc !== null) {
          if (unc.end === len) return path; // only a UNC root
          rootEnd = offset = unc.end + 1;
        }
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }
    let end = -1;
    let matchedSep = true;
    for (let i = len - 1; i >= offset; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive letter ("C:") is not part of the name.
    const start = path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON ? 2 : 0;
    return baseName(path, suffix, start, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
    const scan = scanLastSegment(path, start, start, isWinSep);
    if (scan === null || scan[1] === -1) return '';
    return path.slice(scan[1], scan[2]);
  },

  format(pathObject) {
    return formatWith('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = uncRoot(path);
        if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
      }
    } else if (isDriveLetter(code) && path.charCodeAt(1) === COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const scan = scanLastSegment(path, rootEnd, rootEnd, isWinSep);
    let startPart = rootEnd;
    if (scan !== null) {
      const [part, startDot, end] = scan;
      startPart = part;
      if (startDot === -1) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// The old name of toNamespacedPath, which node still exports.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
