'use strict';
// process's shape and small methods as node 20 has them: the prototype
// chain, release, umask, chdir errors,
// cpuUsage's checks, process.assert, non-constructor methods, and
// getActiveResourcesInfo for timers and immediates.
const EventEmitter = require('events');
const proto = Object.getPrototypeOf(process);
console.log(proto instanceof EventEmitter, process instanceof process.constructor, process.constructor.name);
console.log(process.release.name, process.release.lts, process.release.sourceUrl.endsWith(`${process.version}.tar.gz`));
const old = process.umask(0o027);
console.log('umask', process.umask().toString(8), process.umask('0022').toString(8), process.umask(old) === 0o22);
for (const bad of [{}, '8', -1]) {
  try { process.umask(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { process.chdir('does-not-exist'); } catch (e) { console.log(e.code, e.syscall, e.dest, e.message.replace(process.cwd(), 'CWD')); }
try { process.chdir(__filename); } catch (e) { console.log(e.code, e.message.replace(process.cwd(), 'CWD').replace(__filename, 'FILE')); }
const sym = Symbol('s');
console.log(process.env[sym], sym in process.env, delete process.env[sym]);
for (const v of [{ user: -1, system: 2 }, { user: 1, system: Infinity }]) {
  try { process.cpuUsage(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(process.abort.prototype, process.assert.prototype);
process.on('warning', (w) => console.log('warning', w.code));
console.log(process.assert(1, 'x'));
try { process.assert(0, 'boom'); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.assert(false); } catch (e) { console.log(e.message); }
try { process.setUncaughtExceptionCaptureCallback(42); } catch (e) { console.log(e.message); }
try { process.setSourceMapsEnabled(1); } catch (e) { console.log(e.code); }
for (let i = 0; i < 3; i++) setTimeout(() => {}, 1);
setTimeout(() => {}, 1).unref();
setImmediate(() => {});
// (stdio handles, which depend on how the output is captured, are left out)
console.log(process.getActiveResourcesInfo().filter((t) => t === 'Timeout' || t === 'Immediate').join());
const origKill = process._kill;
process._kill = (pid, sig) => { console.log('_kill', pid, sig); return 0; };
process.kill('0', 'SIGHUP');
process.kill(0);
process._kill = origKill;
console.log(typeof URL.canParse, URL.canParse('http://x'), URL.canParse('nope'), URL.canParse('p', 'http://b/'));
