'use strict';
// process.report: node's diagnostic report as an object (getReport) or a
// JSON file (writeReport), with node 20's sections and settings. What V8
// and libuv would report is taken from gojanet's own counterparts:
// javascriptHeap from v8.getHeapStatistics/getHeapSpaceStatistics (the Go
// heap), libuv from the loop's live socket and server handles (tcp, pipe),
// its timers and the loop itself; nativeStack is empty (no native frames
// of a script's to show), workers too. The resource limits, a socket's
// kernel buffer sizes and the mapped shared objects come from Go
// (runtime/report.go). glibcVersionRuntime/Compiler are absent: gojanet is
// a static Go binary, not linked against glibc (detect-libc then asks the
// system, as it does for musl builds of node).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
const { validateBoolean, validateString } = require('internal/validators');

let host;
const settings = {
  compact: false,
  directory: '',
  filename: '',
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};

function validateErr(err) {
  if (err !== undefined && (err === null || typeof err !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('err', 'Object', err);
  }
}

function getReport(err) {
  validateErr(err);
  return buildReport('JavaScript API', 'GetReport', null, err);
}

function writeReport(file, err) {
  if (typeof file === 'object' && file !== null) {
    err = file;
    file = undefined;
  } else if (file !== undefined) {
    validateString(file, 'file');
  }
  validateErr(err);
  return write('JavaScript API', 'API', file, err);
}

// write writes a report to file (or the settings' name, or node's default
// name) and returns its name; '' when the file cannot be opened (node's
// message on stderr).
function write(event, trigger, file, err) {
  const fs = require('fs');
  const path = require('path');
  if (file === undefined || file === '') file = settings.filename || defaultName();
  const report = buildReport(event, trigger, file, err);
  const text = (settings.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2)) + '\n';
  if (file === 'stdout' || file === 'stderr') {
    host.write(file === 'stdout' ? 1 : 2, text);
    host.write(2, '\nNode.js report completed\n');
    return file;
  }
  const dir = settings.directory;
  try {
    fs.writeFileSync(dir !== '' && !path.isAbsolute(file) ? path.join(dir, file) : file, text);
  } catch (e) {
    const errno = e !== null && typeof e === 'object' && typeof e.errno === 'number' ? -e.errno : 0;
    host.write(2, `\nFailed to open Node.js report file: ${file} directory: ${dir === '' ? '.' : dir} (errno: ${errno})\n`);
    return '';
  }
  host.write(2, `\nWriting Node.js report to file: ${file}\nNode.js report completed\n`);
  return file;
}

// node's default name (the process's sequence, taken only here)
function defaultName() {
  return require('internal/diagnostic_filename').diagnosticFilename('report', 'json');
}

function buildReport(event, trigger, filename, err) {
  const report = {
    header: header(event, trigger, filename),
    javascriptStack: javascriptStack(err),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: resourceUsage(),
    uvthreadResourceUsage: undefined,
    libuv: libuvHandles(),
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: userLimits(),
    sharedObjects: host.sharedObjects(),
  };
  const { userCpuSeconds, kernelCpuSeconds, cpuConsumptionPercent, userCpuConsumptionPercent,
    kernelCpuConsumptionPercent, fsActivity } = report.resourceUsage;
  report.uvthreadResourceUsage = { userCpuSeconds, kernelCpuSeconds, cpuConsumptionPercent,
    userCpuConsumptionPercent, kernelCpuConsumptionPercent, fsActivity };
  return report;
}

function header(event, trigger, filename) {
  const os = require('os');
  const now = Date.now();
  const interfaces = [];
  if (!settings.excludeNetwork) { // (then left out)
    for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
      for (const a of addrs) {
        const entry = { name, internal: a.internal, mac: a.mac, address: a.address, netmask: a.netmask, family: a.family };
        if (a.family === 'IPv6') entry.scopeid = a.scopeid;
        interfaces.push(entry);
      }
    }
  }
  const out = {
    reportVersion: 4,
    event,
    trigger,
    filename,
    dumpEventTime: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z'),
    dumpEventTimeStamp: String(now),
    processId: process.pid,
    threadId: require('worker_threads').threadId,
    cwd: process.cwd(),
    commandLine: host.commandLine(),
    nodejsVersion: process.version,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, user: c.times.user, nice: c.times.nice,
      sys: c.times.sys, idle: c.times.idle, irq: c.times.irq })),
    networkInterfaces: interfaces,
    host: os.hostname(),
  };
  if (settings.excludeNetwork) delete out.networkInterfaces;
  return out;
}

// javascriptStack: the error's first stack line and its frames, with its
// own properties as strings; without an error, a synthetic one made here.
function javascriptStack(err) {
  if (err === noStack) return { message: '', errorProperties: {} };
  if (err === undefined) {
    const holder = {};
    Error.captureStackTrace(holder, buildReport); // from the API's own frame, as node's
    return { message: 'Error [ERR_SYNTHETIC]: JavaScript Callstack', stack: frames(holder.stack), errorProperties: { code: 'ERR_SYNTHETIC' } };
  }
  let stack;
  try { stack = err.stack; } catch { /* a throwing getter */ }
  const lines = typeof stack === 'string' ? stack.split('\n') : [];
  const errorProperties = {};
  for (const key of Object.keys(err)) {
    try { errorProperties[key] = String(err[key]); } catch { /* unprintable */ }
  }
  return { message: lines.length > 0 ? lines[0] : String(err), stack: frames(stack), errorProperties };
}

function frames(stack) {
  if (typeof stack !== 'string') return [];
  return stack.split('\n').slice(1).map((l) => l.trim()).filter((l) => l.startsWith('at '));
}

function javascriptHeap() {
  const v8 = require('v8');
  const s = v8.getHeapStatistics();
  const heapSpaces = {};
  for (const sp of v8.getHeapSpaceStatistics()) {
    heapSpaces[sp.space_name] = {
      memorySize: sp.space_size,
      committedMemory: sp.physical_space_size,
      capacity: sp.space_used_size + sp.space_available_size,
      used: sp.space_used_size,
      available: sp.space_available_size,
    };
  }
  return {
    totalMemory: s.total_heap_size,
    executableMemory: s.total_heap_size_executable,
    totalCommittedMemory: s.total_physical_size,
    availableMemory: s.total_available_size,
    totalGlobalHandlesMemory: s.total_global_handles_size,
    usedGlobalHandlesMemory: s.used_global_handles_size,
    usedMemory: s.used_heap_size,
    memoryLimit: s.heap_size_limit,
    mallocedMemory: s.malloced_memory,
    externalMemory: s.external_memory,
    peakMallocedMemory: s.peak_malloced_memory,
    nativeContextCount: s.number_of_native_contexts,
    detachedContextCount: s.number_of_detached_contexts,
    doesZapGarbage: s.does_zap_garbage,
    heapSpaces,
  };
}

function resourceUsage() {
  const os = require('os');
  const r = process.resourceUsage();
  const user = r.userCPUTime / 1e6;
  const kernel = r.systemCPUTime / 1e6;
  const uptime = process.uptime();
  const percent = (s) => (uptime > 0 ? Number((s / uptime * 100).toFixed(4)) : 0);
  const constrained = process.constrainedMemory();
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss: process.memoryUsage.rss(),
    constrained_memory: constrained === undefined ? 0 : constrained,
    available_memory: process.availableMemory(),
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: percent(user + kernel),
    userCpuConsumptionPercent: percent(user),
    kernelCpuConsumptionPercent: percent(kernel),
    maxRss: r.maxRSS * 1024,
    pageFaults: { IORequired: r.majorPageFault, IONotRequired: r.minorPageFault },
    fsActivity: { reads: r.fsRead, writes: r.fsWrite },
  };
}

let addresses = 0;
const handleAddresses = new WeakMap();
function addressOf(h) {
  let a = handleAddresses.get(h);
  if (a === undefined) {
    a = '0x' + (0x10000 + 0x60 * ++addresses).toString(16).padStart(16, '0');
    handleAddresses.set(h, a);
  }
  return a;
}

function endpoint(addr) {
  if (addr === undefined || addr === null || typeof addr.address !== 'string' || addr.address === '') return null;
  const loopback = addr.address === '127.0.0.1' || addr.address === '::1';
  const out = { host: loopback ? 'localhost' : addr.address };
  out[addr.family === 'IPv6' ? 'ip6' : 'ip4'] = addr.address;
  out.port = addr.port;
  return out;
}

// libuv: the loop's socket and server handles, a timer while any is
// pending, and the loop.
function libuvHandles() {
  const out = [];
  const tcp = internalBinding('tcp_wrap');
  for (const h of tcp.liveHandles()) {
    const owner = h.owner;
    const isPipe = tcp.Pipe !== undefined && h instanceof tcp.Pipe;
    const isServer = owner !== undefined && owner !== null && typeof owner.listen === 'function' && typeof owner.getConnections === 'function';
    const entry = {
      type: isPipe ? 'pipe' : 'tcp',
      is_active: isServer ? true : h.reading === true,
      is_referenced: typeof h.hasRef === 'function' ? h.hasRef() : true,
      address: addressOf(h),
    };
    if (!isPipe) {
      const local = {};
      const remote = {};
      entry.localEndpoint = typeof h.getsockname === 'function' && h.getsockname(local) === 0 ? endpoint(local) : null;
      entry.remoteEndpoint = !isServer && typeof h.getpeername === 'function' && h.getpeername(remote) === 0 ? endpoint(remote) : null;
    }
    const sizes = typeof h.fd === 'number' && h.fd >= 0 ? host.socketBufferSizes(h.fd) : null;
    if (sizes) {
      entry.sendBufferSize = sizes[0];
      entry.recvBufferSize = sizes[1];
    }
    entry.fd = typeof h.fd === 'number' ? h.fd : -1;
    entry.writeQueueSize = typeof h.writeQueueSize === 'number' ? h.writeQueueSize : 0;
    entry.readable = !isServer && owner != null && owner.readable === true;
    entry.writable = !isServer && owner != null && owner.writable === true;
    out.push(entry);
  }
  out.push({ type: 'loop', is_active: true, address: addressOf(out), loopIdleTimeSeconds: idleSeconds() });
  return out;
}

function idleSeconds() {
  try {
    return require('perf_hooks').performance.nodeTiming.idleTime / 1000;
  } catch {
    return 0;
  }
}

function userLimits() {
  const out = {};
  for (const [name, soft, hard] of host.reportLimits()) {
    out[name] = { soft: soft === -1 ? 'unlimited' : soft, hard: hard === -1 ? 'unlimited' : hard };
  }
  return out;
}

// A report made outside any JavaScript (a signal's) has no stack.
const noStack = Symbol('noStack');

// reportOnSignal: a listener of the report's signal, as node's (a script
// sees it among the signal's listeners).
function signalHandler(signal) {
  write(signal, 'Signal', undefined, noStack);
}

// The uncaught exception trigger (internal/process_failure calls it before
// the fatal report when reportOnUncaughtException is set).
function onUncaughtException(err) {
  if (!settings.reportOnUncaughtException) return;
  write('Exception', 'Exception', undefined, err !== null && typeof err === 'object' ? err : undefined);
}

let report;
function makeReport(hostBinding) {
  host = hostBinding;
  if (report !== undefined) return report;
  const accessor = (name, validate) => ({
    [name]: {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get: { [`get ${name}`]() { return settings[name]; } }[`get ${name}`],
      set: { [`set ${name}`](v) { validate(v); settings[name] = v; } }[`set ${name}`],
    },
  });
  report = { writeReport, getReport };
  const boolean = (argName) => (v) => validateBoolean(v, argName);
  Object.defineProperties(report, {
    ...accessor('directory', (v) => validateString(v, 'directory')),
    ...accessor('filename', (v) => validateString(v, 'filename')),
    ...accessor('compact', boolean('compact')),
    ...accessor('excludeNetwork', boolean('excludeNetwork')),
    ...accessor('signal', (v) => {
      validateString(v, 'signal');
      if (!Object.hasOwn(require('os').constants.signals, v)) throw new ERR_UNKNOWN_SIGNAL(v);
      if (settings.reportOnSignal) {
        process.removeListener(settings.signal, signalHandler);
        process.on(v, signalHandler);
      }
    }),
    ...accessor('reportOnFatalError', boolean('trigger')),
    ...accessor('reportOnSignal', (v) => {
      validateBoolean(v, 'trigger');
      process.removeListener(settings.signal, signalHandler);
      if (v) process.on(settings.signal, signalHandler);
    }),
    ...accessor('reportOnUncaughtException', boolean('trigger')),
  });
  return report;
}

module.exports = { makeReport, onUncaughtException, wanted: () => settings.reportOnUncaughtException };
