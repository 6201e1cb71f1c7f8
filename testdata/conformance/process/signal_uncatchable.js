// SIGKILL and SIGSTOP cannot be listened for: node's uv_signal_start EINVAL,
// thrown from process.on before the listener is added.
for (const s of ['SIGKILL', 'SIGSTOP']) {
  try { process.on(s, () => {}); console.log(s, 'accepted'); }
  catch (e) { console.log(s, e.name, e.message, e.code, e.errno, e.syscall); }
  console.log(s, 'listeners', process.listenerCount(s));
}
const f = () => {};
process.on('SIGUSR2', f); console.log('SIGUSR2', process.listenerCount('SIGUSR2'));
process.off('SIGUSR2', f);
