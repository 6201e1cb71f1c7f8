// A worker's options.env NODE_OPTIONS is checked when the worker is made
// (ERR_WORKER_INVALID_EXEC_ARGV, node's first problem only, before
// execArgv's); with NODE_CHANNEL_FD in its environment the worker's IPC
// methods are stubs that throw.
const { Worker, isMainThread, SHARE_ENV } = require('worker_threads');
if (isMainThread) {
  const cases = ['--a1 --b2', '--title=x', '--expose-gc --jitless', '--inspect-port', '-r', '--require=x',
    '--test', '--check', '--', ' ', 'foo.js', '--zero-fill-buffers', '--stack-size=5', '--expose_gc',
    '"--foo', '--redirect-warnings', '--watch', '--no-deprecation'];
  for (const o of cases) {
    try {
      const w = new Worker('1', { eval: true, env: { NODE_OPTIONS: o } });
      w.terminate();
      console.log(JSON.stringify(o), 'ok');
    } catch (e) {
      console.log(JSON.stringify(o), e.name, e.code, JSON.stringify(e.message));
    }
  }
  try {
    new Worker('1', { eval: true, env: { NODE_OPTIONS: '--bogus' }, execArgv: ['--bogus2'] });
  } catch (e) {
    console.log(e.message);
  }
  process.env.NODE_OPTIONS = '--bogus';
  for (const env of [undefined, SHARE_ENV]) {
    const w = new Worker('1', { eval: true, env });
    w.terminate();
    console.log('not checked', typeof env);
  }
  delete process.env.NODE_OPTIONS;
  const w = new Worker(__filename, { env: { ...process.env, NODE_CHANNEL_FD: 'foo' } });
  w.on('exit', (code) => console.log('exit', code));
} else {
  for (const k of ['send', 'disconnect', 'channel', 'connected']) {
    const d = Object.getOwnPropertyDescriptor(process, k);
    console.log(k, Object.keys(d).join(), d.enumerable, d.configurable);
    try {
      const v = process[k];
      console.log(typeof v, v.name, v.disabled);
      v();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
}
