'use strict';
// os: facts about the machine, from the host (Linux: uname, sysinfo, /proc).

const host = internalBinding('host');
let sys;
function system() {
  if (sys === undefined) sys = host.os();
  return sys;
}

function uname() { return system().uname(); }
function sysinfo() { return system().sysinfo() || [0, 0, 0, 0, 0, 0]; }

let signals;
function signalConstants() {
  if (signals === undefined) {
    signals = Object.create(null);
    const byName = host.signals();
    for (const name of host.signalNames()) if (byName[name] !== undefined) signals[name] = byName[name];
    Object.freeze(signals);
  }
  return signals;
}

const priority = Object.freeze({
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});

const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  priority,
};
Object.defineProperty(constants, 'signals', { get: signalConstants, enumerable: true, configurable: true });
Object.defineProperty(constants, 'errno', {
  get() {
    const errno = Object.create(null);
    const byName = system().errno();
    for (const name of Object.keys(byName).sort()) errno[name] = byName[name];
    Object.defineProperty(constants, 'errno', { value: Object.freeze(errno), enumerable: true });
    return errno;
  },
  enumerable: true,
  configurable: true,
});

function validatePid(pid) {
  if (pid === undefined) return 0;
  require('internal/validators').validateInt32(pid, 'pid');
  return pid;
}

function systemError(errno, syscall) {
  const { codes } = require('internal/errors');
  return new codes.ERR_SYSTEM_ERROR({ errno, syscall });
}

module.exports = {
  constants,
  arch() { return process.arch; },
  platform() { return process.platform; },
  type() { return uname()[0]; },
  release() { return uname()[1]; },
  version() { return uname()[2]; },
  machine() { return uname()[3]; },
  hostname() { return system().hostname(); },
  // libuv's order: $HOME as process.env has it now, else the passwd entry.
  homedir() { return process.env.HOME || system().homedir(); },
  // node's POSIX rule, read from process.env at each call.
  tmpdir() {
    const env = process.env;
    let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  },
  endianness() { return 'LE'; },
  uptime() { return sysinfo()[0]; },
  totalmem() { return sysinfo()[1]; },
  freemem() { return system().availableMemory() || sysinfo()[2]; },
  availableParallelism() { return system().cpus().length; },
  loadavg() { const s = sysinfo(); return [s[3], s[4], s[5]]; },
  cpus() {
    return system().cpus().map((c) => ({
      model: c.model,
      speed: c.speed,
      times: { user: c.times.user, nice: c.times.nice, sys: c.times.sys, idle: c.times.idle, irq: c.times.irq },
    }));
  },
  networkInterfaces() {
    const out = {};
    for (const { name, addrs } of system().networkInterfaces()) {
      out[name] = addrs.map((a) => {
        const e = { address: a.address, netmask: a.netmask, family: a.family, mac: a.mac, internal: a.internal, cidr: a.cidr };
        if (a.family === 'IPv6') e.scopeid = a.scopeid;
        return e;
      });
    }
    return out;
  },
  userInfo(options) {
    const u = system().userInfo();
    const info = { uid: u.uid, gid: u.gid, username: u.username, homedir: u.homedir, shell: u.shell };
    if (options && options.encoding === 'buffer') {
      for (const k of ['username', 'homedir', 'shell']) if (typeof info[k] === 'string') info[k] = require('buffer').Buffer.from(info[k]);
    }
    return info;
  },
  // A failed call throws node's ERR_SYSTEM_ERROR naming libuv's function.
  getPriority(pid) {
    const r = system().getPriority(validatePid(pid));
    if (typeof r === 'number') throw systemError(r, 'uv_os_getpriority');
    return r[0];
  },
  setPriority(pid, prio) {
    if (prio === undefined) {
      prio = pid;
      pid = 0;
    }
    pid = validatePid(pid);
    require('internal/validators').validateInt32(prio, 'priority', -20, 19);
    const err = system().setPriority(pid, prio);
    if (err !== 0) throw systemError(err, 'uv_os_setpriority');
  },
};
// Constants, as node defines them: read-only, configurable.
Object.defineProperties(module.exports, {
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
// `${os.hostname}` is the host name: node gives these their value as their
// primitive.
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'platform',
  'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = module.exports[name];
  Object.defineProperty(fn, Symbol.toPrimitive, { value: () => fn(), writable: false, enumerable: false, configurable: false });
}
