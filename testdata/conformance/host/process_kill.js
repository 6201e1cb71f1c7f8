// process.kill sends real signals: a listener on the process itself gets the
// signal asynchronously; bad signals and missing processes throw.
// The rest runs once the signal has arrived (on a loaded machine that can
// take longer than any fixed delay; removing the listener before it arrives
// would leave SIGUSR2's default action, which ends the process).
process.on('SIGUSR2', (s) => {
  console.log('got', s);
  setTimeout(rest, 1);
});
// A ref'd timer keeps the loop alive until the signal comes (signal
// listeners do not, in node either).
const keep = setTimeout(() => {}, 60000);
console.log(process.kill(process.pid, 'SIGUSR2'));
console.log('after kill');
function rest() {
  clearTimeout(keep);
  try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { process.kill(2147483647, 0); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
  try { process.kill('abc'); } catch (e) { console.log(e.name, e.code); }
  console.log(process.kill(process.pid, 0));
  process.removeAllListeners('SIGUSR2');
}
