'use strict';
// fs.cp, fs.cpSync and fs.promises.cp: copying a file, a symlink or (with
// `recursive`) a directory tree, with node 20's options and checks (a
// filter per path, src and dest the same or one inside the other, directory
// against non-directory, existing files kept or refused) and its
// SystemErrors (ERR_FS_CP_*, ERR_FS_EISDIR). The walk is written once, as a
// generator that yields the file system operations it needs: cpSync runs it
// with fs's Sync calls, cp and promises.cp with fs/promises' and an awaited
// filter. The two differ where node's two walks differ (noted at `async`).

const { SystemError, codes: { ERR_INVALID_RETURN_VALUE, ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger, validateObject } = require('internal/validators');
const { getValidatedPath, makeCallback } = require('internal/fs/utils');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');

const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

// The prefixes node's messages start with, by code.
const prefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
};

function cpError(key, message, path, errno, code) {
  return new SystemError(key, prefixes[key], { message, path, syscall: 'cp', errno, code });
}

const defaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults, mode: 0 };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode == null) {
    options.mode = 0;
  } else {
    validateInteger(options.mode, 'mode', 0, 7);
  }
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

// (A Buffer stays one, and fails in path's functions as node's does.)
function validatedPaths(src, dest) {
  return [getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest')];
}

function areIdentical(srcStat, destStat) {
  return Boolean(destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev);
}

// isSrcSubdir: dest is src or inside it, by their resolved names.
function isSrcSubdir(src, dest) {
  const destParts = resolve(dest).split(sep).filter(Boolean);
  return resolve(src).split(sep).filter(Boolean).every((part, i) => destParts[i] === part);
}

// The walk. Each `yield [op, ...args]` is one file system operation (the
// ops tables below); what it returns or throws comes back at the yield.

function* cpWalk(src, dest, opts, async) {
  const paths = yield* checkPaths(src, dest, opts, async);
  if (paths.skipped) return;
  yield* checkParentPaths(src, paths.srcStat, dest);
  if (!(yield ['exists', dirname(dest)])) yield ['mkdir', dirname(dest), { recursive: true }];
  yield* copyEntry(paths.destStat, src, dest, opts, async);
}

function* checkPaths(src, dest, opts, async) {
  if (opts.filter) {
    const include = yield ['filter', opts.filter, src, dest];
    if (!include) return { skipped: true };
  }
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src, { bigint: true }];
  const destStat = yield ['statOrNull', statOp, dest];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat, skipped: false };
}

// checkParentPaths refuses a dest inside src, found through dest's existing
// parents (which may be links to src).
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  for (;;) {
    const destParent = resolve(dirname(dest));
    if (destParent === srcParent || destParent === parse(destParent).root) return;
    const destStat = yield ['statOrNull', 'stat', destParent];
    if (!destStat) return;
    if (areIdentical(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
    }
    dest = destParent;
  }
}

function* copyEntry(destStat, src, dest, opts, async) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      // node's synchronous walk reports EINVAL's number with EISDIR
      throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, async ? EISDIR : EINVAL, 'EISDIR');
    }
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts, async);
      yield ['chmod', dest, srcStat.mode];
    } else {
      yield* copyDir(src, dest, opts, async);
    }
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
        }
        return;
      }
      yield ['unlink', dest];
    }
    yield* copyFile(srcStat, src, dest, opts, async);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts, async);
  } else if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  } else if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL');
  }
}

function* copyFile(srcStat, src, dest, opts, async) {
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // a read-only source's copy is made writable for utimes
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const now = yield ['stat', src];
    yield ['utimes', dest, now.atime, now.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* copyDir(src, dest, opts, async) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const paths = yield* checkPaths(srcItem, destItem, opts, async);
    if (!paths.skipped) yield* copyEntry(paths.destStat, srcItem, destItem, opts, async);
  }
}

function* copyLink(destStat, src, dest, opts, async) {
  let target = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(target)) target = resolve(dirname(src), target);
  if (!destStat) {
    yield ['symlink', target, dest];
    return;
  }
  let destTarget;
  try {
    destTarget = yield ['readlink', dest];
  } catch (err) {
    if (err !== null && typeof err === 'object' && (err.code === 'EINVAL' || err.code === 'UNKNOWN')) {
      yield ['symlink', target, dest]; // dest is no link: node leaves it to symlink's EEXIST
      return;
    }
    throw err;
  }
  if (!isAbsolute(destTarget)) destTarget = resolve(dirname(dest), destTarget);
  if (isSrcSubdir(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest, EINVAL, 'EINVAL');
  }
  // node's synchronous walk asks about dest's target, its promise walk src's
  const onto = yield ['stat', async ? src : dest];
  if (onto.isDirectory() && isSrcSubdir(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${destTarget} with ${target}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', target, dest];
}

// ---- running the walk ----

let fs;
let fsp;

// The operations the walk yields that are fs's own, called with its
// arguments: fs's Sync forms for cpSync, fs/promises' for the others.
const plainOps = ['lstat', 'stat', 'mkdir', 'readdir', 'copyFile', 'unlink', 'chmod', 'utimes', 'readlink', 'symlink'];

function isENOENT(err) {
  return err !== null && typeof err === 'object' && err.code === 'ENOENT';
}

function syncOps() {
  fs ??= require('fs');
  const ops = {
    // a bigint (l)stat, null where nothing is
    statOrNull: (statOp, p) => fs[`${statOp}Sync`](p, { bigint: true, throwIfNoEntry: false }) ?? null,
    exists: (p) => fs.existsSync(p),
    filter(filter, src, dest) {
      const include = filter(src, dest);
      if (require('util').types.isPromise(include)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', include);
      return include;
    },
  };
  for (const name of plainOps) ops[name] = fs[`${name}Sync`];
  return ops;
}

function asyncOps() {
  fsp ??= require('fs/promises');
  const ops = {
    statOrNull: (statOp, p) => fsp[statOp](p, { bigint: true }).then(undefined, (err) => {
      if (isENOENT(err)) return null;
      throw err;
    }),
    exists: (p) => fsp.stat(p).then(() => true, (err) => {
      if (isENOENT(err)) return false;
      throw err;
    }),
    filter: async (filter, src, dest) => filter(src, dest),
  };
  for (const name of plainOps) ops[name] = fsp[name];
  return ops;
}

function runSync(walk) {
  const ops = syncOps();
  let step = walk.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      result = ops[op](...args);
    } catch (err) {
      step = walk.throw(err);
      continue;
    }
    step = walk.next(result);
  }
}

async function runAsync(walk) {
  const ops = asyncOps();
  let step = walk.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let result;
    try {
      result = await ops[op](...args);
    } catch (err) {
      step = walk.throw(err);
      continue;
    }
    step = walk.next(result);
  }
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatedPaths(src, dest);
  runSync(cpWalk(src, dest, options, false));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  [src, dest] = validatedPaths(src, dest);
  runAsync(cpWalk(src, dest, options, true)).then(() => callback(null), (err) => callback(err));
}

// fs/promises' cp: a rejection for bad arguments too.
async function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatedPaths(src, dest);
  return runAsync(cpWalk(src, dest, options, true));
}

module.exports = { cp, cpSync, cpPromise };
