// process.kill sends real signals: a listener on the process itself gets the
// signal asynchronously; bad signals and missing processes throw.
process.on('SIGUSR2', (s) => console.log('got', s));
console.log(process.kill(process.pid, 'SIGUSR2'));
console.log('after kill');
setTimeout(() => {
  try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { process.kill(2147483647, 0); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
  try { process.kill('abc'); } catch (e) { console.log(e.name, e.code); }
  console.log(process.kill(process.pid, 0));
  process.removeAllListeners('SIGUSR2');
}, 50);
