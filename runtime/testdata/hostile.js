'use strict';
// The hostile-argument sweep (driven by runtime/hostile_test.go): every
// function reachable from the builtins, their classes' prototypes (called on
// real instances), Buffer, process and every internal binding is called with
// hostile argument lists. Each call must return or throw; a Go panic (the
// firewall's ERR_INTERNAL_ASSERTION Error), a hang (the Go watchdog) or a
// crash fails the test. Functions are found by walking, so builtins and
// bindings added later are covered without changes here.
const drv = require('hostile-driver');
const exit = process.exit;

// (a call may throw one of the hostile values itself, whose reads throw)
const isPanic = (e) => {
  try {
    return e !== null && typeof e === 'object' && e.code === 'ERR_INTERNAL_ASSERTION' && typeof e.goStack === 'string';
  } catch {
    return false;
  }
};
const firstLine = (e) => String(e && e.message).split('\n')[0];
// goja_nodejs's Buffer (being replaced by our own) panics on bad offsets:
// reported, but as known, so the test guards everything else meanwhile.
const known = (e) => e.goStack.includes('github.com/dop251/goja_nodejs/');
process.on('uncaughtException', (e) => { if (isPanic(e)) drv.found('(async)', '(async)', firstLine(e), known(e)); });
process.on('unhandledRejection', (e) => { if (isPanic(e)) drv.found('(async)', '(async rejection)', firstLine(e), known(e)); });

// Hostile values, made fresh for every call (a callee may mutate them).
const hostile = [
  ['undefined', () => undefined], ['null', () => null], ['0', () => 0], ['-0', () => -0],
  ['1', () => 1], ['-1', () => -1], ['2**31', () => 2 ** 31], ['2**32', () => 2 ** 32],
  ['2**53', () => 2 ** 53], ['Infinity', () => Infinity], ['-Infinity', () => -Infinity],
  ['NaN', () => NaN], ['1.5', () => 1.5], ["''", () => ''], ["'abc'", () => 'abc'],
  ["'utf8'", () => 'utf8'], ["'hex'", () => 'hex'], ['true', () => true], ['{}', () => ({})],
  ['[]', () => []], ['[1,2,3]', () => [1, 2, 3]], ['{length:2**32}', () => ({ length: 2 ** 32 })],
  ['1n', () => 1n], ['Symbol()', () => Symbol('s')], ['()=>{}', () => () => {}],
  ['Buffer(4)', () => Buffer.alloc(4)], ['Uint8Array(3)', () => new Uint8Array(3)],
  ['ArrayBuffer(8)', () => new ArrayBuffer(8)],
  // holes read as undefined (a Go nil where a builtin forgets), and a
  // native callback that would get them
  ['[,1]', () => [, 1]], ['[[,]]', () => [[,]]], ['{length:2,1:1}', () => ({ length: 2, 1: 1 })],
  ['Boolean', () => Boolean],
  // objects whose every read throws, or that are gone
  ['throwingProxy', () => new Proxy({}, new Proxy({}, { get() { return () => { throw new Error('trap'); }; } }))],
  ['revokedProxy', () => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; }],
  ['throwingGetters', () => {
    const o = {};
    for (const k of ['length', 'then', 'toString', 'valueOf', 'constructor', 'byteLength', 'buffer', 0, 1, Symbol.iterator, Symbol.toPrimitive]) {
      Object.defineProperty(o, k, { get() { throw new Error('getter'); } });
    }
    return o;
  }],
];
// Sizes node would really allocate (its kMaxLength is 2^32).
const huge = new Set(['2**31', '2**32', '{length:2**32}']);

// Calls that would harm the test process or the sweep itself, by path.
const deny = [
  /^process\.(exit|reallyExit|abort|kill|_kill|dlopen|umask|setuid|seteuid|setgid|setegid|setgroups|initgroups|chdir|setUncaughtExceptionCaptureCallback|_rawDebug|binding|_linkedBinding)$/,
  /^host\.(reallyExit|kill|chdir|watchSignal|unwatchSignal|stdinRead|uncaught)$/, // uncaught: reports to OnUncaught
  /^host\.(setuid|seteuid|setgid|setegid|setgroups|initgroups)$/, // would change the test process's credentials
  /^host\.sleep$/, // blocks the loop for as long as it is told (Atomics.wait)
  /^Atomics\.wait$/, // the same, through Atomics
  /^host\.runInThisContext$/, // runs its string arguments as programs (the sweep's strings include code)
  /^require\('hostile-driver'\)/,
  /^require\('process'\)/, // the process object itself, swept (with its own deny rules) as process
  // Adopting or closing an arbitrary descriptor (0, 1, 2 are the test's stdio).
  /^internalBinding\('tcp_wrap'\)\.(handOff|TCP\.prototype\.open|Pipe\.prototype\.open)$/,
  /^require\('net'\)\._createServerHandle$/, // its 4th argument is a descriptor to adopt
  // Descriptor operations: with fd 0, 1 or 2 they act on the test's stdio.
  /^(require\('fs(\/promises)?'\)|internalBinding\('fs'\))\.(close|read|readv|write|writev|fsync|fdatasync|f[a-z]+|readFile|writeFile|appendFile)(Sync)?$/,
  /^require\('fs(\/promises)?'\)\.(FileHandle|ReadStream|WriteStream)\.prototype\./,
  /^require\('os'\)\.setPriority$/,
  /^require\('module'\)\.(runMain|_load|Module\.runMain|Module\._load)$/, // runs the main script again
  /^require\('(child_process|cluster|worker_threads|repl|inspector|v8|trace_events|tty)'\)/,
  // Running programs and sending signals (kill(-1) signals every process the user owns).
  /^internalBinding\('(child_process|spawn_sync|process_wrap|signal_wrap|tty_wrap|worker|inspector)'\)/,
  /\.(kill|_kill)$/,
  // Recurses without end on its own prototype as receiver: goja's stack overflow cannot be caught.
  /^require\('diagnostics_channel'\)\.Channel\.prototype\./,
];
const denied = (path) => deny.some((re) => re.test(path));
// Listening on a privileged port (1) is a side effect on the machine, not a test.
const listening = /\.(listen|bind|bind6)$/;
// Anything in fs given 0, -0 or 1 first may be acting on the test's stdin or stdout.
// So may new net.Socket(fd): stdout piped to go test is a pipe it would adopt and close.
const fsCall = /^(require\('fs|internalBinding\('fs'\)|require\('net'\)\.(Socket|Stream)$)/;

// Allocating calls: a huge size is not hostile there, just slow (node
// allocates up to kMaxLength = 2^32 too), so those skip sizes >= 2^30.
const allocating = /alloc|unescapeBuffer|(^|\.)(Buffer|SlowBuffer|FastBuffer)$|\.from$|concat|repeat|fill|pad|randomBytes|Blob/;

const targets = []; // { path, fn, thisValues, ctor }
const seenFns = new Map();
const seenObjs = new Set();

function instancesOf(path, C) {
  if (C === Buffer || path.endsWith('.Buffer') || path.endsWith('.SlowBuffer')) return [Buffer.alloc(16)];
  if (C === Array) return [[, 1, , 2]]; // holes: what a builtin reads as undefined
  const out = [];
  // new C(0) makes a socket handle, but in fs it would adopt descriptor 0.
  // Only new C(): new C(0) adopts descriptor 0 in fs and net (new net.Socket(fd) is node's legacy form).
  for (const args of [[]]) {
    try {
      const o = Reflect.construct(C, args);
      if (o !== null && typeof o === 'object') { out.push(o); break; }
    } catch { /* not constructible like this */ }
  }
  return out;
}

function addTarget(path, fn, thisValues, ctor) {
  if (denied(path)) return;
  const prev = seenFns.get(fn);
  if (prev !== undefined) {
    for (const t of thisValues) if (!prev.thisValues.includes(t)) prev.thisValues.push(t);
    return;
  }
  const t = { path, fn, thisValues: thisValues.slice(), ctor };
  seenFns.set(fn, t);
  targets.push(t);
}

function walk(path, obj, thisValues, depth) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || seenObjs.has(obj)) return;
  if (ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer || (Array.isArray(obj) && obj !== Array.prototype)) return;
  if (obj === Object.prototype || obj === Function.prototype) return;
  seenObjs.add(obj);
  let keys;
  try { keys = Reflect.ownKeys(obj); } catch { return; }
  for (const key of keys) {
    if (typeof key !== 'string' || key === 'constructor' || key === 'caller' || key === 'arguments') continue;
    const p = path + '.' + key;
    if (denied(p)) continue;
    let d;
    try { d = Object.getOwnPropertyDescriptor(obj, key); } catch { continue; }
    if (d === undefined) continue;
    if (d.get) addTarget(p + ' (get)', d.get, thisValues, false);
    if (d.set) addTarget(p + ' (set)', d.set, thisValues, false);
    const v = d.value;
    if (typeof v === 'function') {
      const proto = v.prototype;
      const isClass = proto !== null && typeof proto === 'object' &&
        Reflect.ownKeys(proto).some((k) => k !== 'constructor');
      addTarget(p, v, thisValues, isClass);
      if (depth < 4) {
        if (isClass && !seenObjs.has(proto)) {
          const inst = instancesOf(p, v);
          walk(p + '.prototype', proto, [...inst, proto], depth + 1);
        }
        walk(p, v, [v], depth + 1); // statics
      }
    } else if (v !== null && typeof v === 'object' && depth < 4) {
      walk(p, v, [v], depth + 1);
    }
  }
}

const roots = [];
for (const name of require('module').builtinModules) {
  const path = `require('${name}')`;
  if (denied(path)) continue;
  let m;
  // inspector and trace_events throw node's own answer for a build without
  // them (ERR_INSPECTOR_NOT_AVAILABLE, ERR_TRACE_EVENTS_UNAVAILABLE): nothing
  // to sweep. Any other throw is a finding.
  const unavailable = new Set(['ERR_INSPECTOR_NOT_AVAILABLE', 'ERR_TRACE_EVENTS_UNAVAILABLE']);
  try { m = require(name); } catch (e) {
    if (!unavailable.has(e && e.code)) drv.found(path, path, 'require threw ' + firstLine(e), false);
    continue;
  }
  roots.push([path, m]);
}
for (const name of drv.bindingNames()) roots.push([`internalBinding('${name}')`, drv.binding(name)]);
roots.push(['host', drv.host()], ['Buffer', Buffer], ['process', process], ['Intl', Intl]);
// ECMAScript's own builtins (goja's Go code, reached from every script).
for (const name of ['Array', 'Object', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Promise',
  'Reflect', 'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'Math', 'JSON', 'RegExp', 'Date', 'Error', 'ArrayBuffer',
  'SharedArrayBuffer', 'DataView', 'Uint8Array', 'Int16Array', 'Float64Array', 'BigInt64Array', 'Atomics', 'Proxy']) {
  roots.push([name, globalThis[name]]);
}
for (const [path, m] of roots) {
  if (typeof m === 'function') {
    addTarget(path, m, [undefined], false);
    walk(path, m, [m], 0);
    if (m.prototype && typeof m.prototype === 'object') walk(path + '.prototype', m.prototype, [...instancesOf(path, m), m.prototype], 1);
  } else {
    walk(path, m, [m], 0);
  }
}

// Argument lists: none; each hostile value at each position (the others
// undefined); the same value everywhere; and seeded random mixes.
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
function argLists(fn) {
  const n = Math.min(Math.max(fn.length, 1), 3);
  const lists = [[]];
  for (let pos = 0; pos < n; pos++) {
    for (let h = 0; h < hostile.length; h++) {
      const l = new Array(pos + 1).fill(0);
      l[pos] = h + 1; // 0 means undefined
      lists.push(l);
    }
  }
  if (n > 1) for (let h = 0; h < hostile.length; h++) lists.push(new Array(n).fill(h + 1));
  for (let i = 0; i < drv.randomLists; i++) {
    const l = [];
    const len = 1 + rand(n + 1);
    for (let j = 0; j < len; j++) l.push(1 + rand(hostile.length));
    lists.push(l);
  }
  return lists;
}

const describe = (path, thisIdx, list, ctor) =>
  (ctor ? 'new ' : '') + path + (thisIdx > 0 ? ` [this #${thisIdx}]` : '') + '(' +
  list.map((h) => (h === 0 ? 'undefined' : hostile[h - 1][0])).join(', ') + ')';

let calls = 0;
let nonErrors = 0;
const slow = [];
for (const t of targets) {
  const t0 = Date.now();
  const lists = argLists(t.fn);
  const thisValues = t.thisValues.length ? t.thisValues : [undefined];
  const alloc = allocating.test(t.path);
  const listens = listening.test(t.path);
  const isFs = fsCall.test(t.path);
  for (let ti = 0; ti < thisValues.length; ti++) {
    for (const list of lists) {
      // Other receivers, and construction, get the short lists only.
      if (ti > 0 && list.length > 1) continue;
      for (const asCtor of t.ctor && ti === 0 && list.length <= 1 ? [false, true] : [false]) {
        if (alloc && list.some((h) => h > 0 && huge.has(hostile[h - 1][0]))) continue;
        if (listens && list.some((h) => h > 0 && hostile[h - 1][0] === '1')) continue;
        if (isFs && list.length > 0 && ['0', '-0', '1'].includes(hostile[list[0] - 1]?.[0])) continue;
        const args = list.map((h) => (h === 0 ? undefined : hostile[h - 1][1]()));
        const desc = describe(t.path, ti, list, asCtor);
        drv.progress(desc);
        calls++;
        try {
          if (asCtor) Reflect.construct(t.fn, args);
          else Reflect.apply(t.fn, thisValues[ti], args);
        } catch (e) {
          if (isPanic(e)) drv.found(t.path, desc, firstLine(e), known(e));
          else if (!(e instanceof Error) && typeof e !== 'object') nonErrors++;
        }
      }
    }
  }
  slow.push([Date.now() - t0, t.path]);
}
drv.progress('');
if (drv.verbose) {
  slow.sort((a, b) => b[0] - a[0]);
  for (const [ms, path] of slow.slice(0, 25)) drv.log(ms + ' ms ' + path);
}
drv.summary(targets.length, calls, nonErrors);
// Let asynchronous work the calls started (timers, lookups, writes) report, then stop.
setTimeout(() => exit(0), 100).unref?.();
setTimeout(() => exit(0), 100);
