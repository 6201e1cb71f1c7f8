// process odds and ends: exitCode validation, env coercion, ids, usage shapes.
const tryit = (name, f) => {
  try { console.log(name + ':', f()); } catch (e) { console.log(name, 'threw', e.name, e.code); }
};
tryit('exitCode string', () => { process.exitCode = 'abc'; });
tryit('exitCode float', () => { process.exitCode = 1.5; });
tryit('exitCode numeric string', () => { process.exitCode = '2'; return typeof process.exitCode; });
tryit('exit bad code', () => process.exit({}));
process.exitCode = undefined;
process.env.GOJANET_TEST_NUMBER = 42;
process.env.GOJANET_TEST_UNDEF = undefined;
console.log(typeof process.env.GOJANET_TEST_NUMBER, process.env.GOJANET_TEST_NUMBER, process.env.GOJANET_TEST_UNDEF === 'undefined');
console.log(delete process.env.GOJANET_TEST_NUMBER, 'GOJANET_TEST_NUMBER' in process.env, process.env.NOPE_NOT_SET);
tryit('env symbol value', () => { process.env.GOJANET_SYM = Symbol('x'); });
console.log(typeof process.getuid(), typeof process.getgid(), typeof process.geteuid(), Array.isArray(process.getgroups()));
console.log(Object.keys(process.memoryUsage()).join(','), typeof process.memoryUsage.rss());
const cpu = process.cpuUsage();
console.log(Object.keys(cpu).join(','), cpu.user >= 0, Object.keys(process.cpuUsage(cpu)).join(','));
console.log(Object.keys(process.resourceUsage()).length, typeof process.resourceUsage().maxRSS);
console.log(Object.prototype.toString.call(process), typeof process.title, typeof process.umask());
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
tryit('capture twice', () => process.setUncaughtExceptionCaptureCallback(() => {}));
process.on('uncaughtException', () => console.log('listener: not called while a capture callback is set'));
setTimeout(() => { throw new Error('into the capture callback'); }, 1);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  console.log(process.hasUncaughtExceptionCaptureCallback());
}, 5);
