// fork() runs this file again as the child (process.execPath), with the
// IPC channel: messages both ways, disconnect, exit and close.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  let n = 0;
  process.on('message', (m) => {
    if (m.bye) {
      process.disconnect();
      return;
    }
    process.send({ echo: m, n: ++n });
  });
  process.send({ ready: true, connected: process.connected });
} else {
  const child = fork(__filename, ['child']);
  const seen = [];
  child.on('message', (m) => {
    seen.push(JSON.stringify(m));
    if (m.ready) {
      child.send({ text: 'héllo' });
      child.send([1, 2, 3]);
    } else if (m.n === 2) {
      child.send({ bye: true });
    }
  });
  child.on('exit', (code, signal) => seen.push(`exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    console.log(seen.join('\n'));
    console.log('close', code, signal, 'connected', child.connected);
  });
}
