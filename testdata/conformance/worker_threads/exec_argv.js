// A worker's execArgv takes node's per-isolate and per-environment options
// (an option's value may follow it); V8's, the process's, unknown ones and
// one missing its value are ERR_WORKER_INVALID_EXEC_ARGV. A worker has no
// IPC channel: no process.send, disconnect, channel or connected.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const flags = ['--enable-source-maps', '--max-old-space-size=100', '--title=x', '--conditions=x', '-C', '--foo',
    '--stack-trace-limit=5', '--experimental-loader=x', '--loader', '--import=x', '--no-warnings', '--harmony',
    '--max-http-header-size=100', '--trace-uncaught', '--input-type=module', '--preserve-symlinks',
    '--disable-warning=X', '--dns-result-order=ipv4first', '--expose-gc', '--tls-min-v1.2', '--use-openssl-ca',
    '--env-file=x', '--watch', '--test', '--frozen-intrinsics', '--no-addons', '--zero-fill-buffers'];
  for (const f of flags) {
    try {
      new Worker('1', { eval: true, execArgv: [f] }).terminate();
      console.log('ok ', f);
    } catch (e) {
      console.log('bad', f, e.code, e.message);
    }
  }
  const w = new Worker(__filename, { execArgv: ['--enable-source-maps', '--conditions', 'dev', '--no-warnings'] });
  w.on('message', (m) => console.log(m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  parentPort.postMessage({
    execArgv: process.execArgv,
    ipc: ['send', 'disconnect', 'channel', 'connected'].map((n) => `${n}: ${n in process}`).join(', '),
  });
}
