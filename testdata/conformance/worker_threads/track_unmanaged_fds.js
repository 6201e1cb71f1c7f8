// A worker's fs.open()/openSync() descriptors still open when it ends are
// closed (trackUnmanagedFds, on by default); with the option false they
// stay open. The warnings for a descriptor opened twice or closed unopened
// go to 'warning' listeners.
const { Worker } = require('worker_threads');
const fs = require('fs');
const { once } = require('events');

const body = (extra) => `
const fs = require('fs');
const { parentPort } = require('worker_threads');
process.on('warning', (w) => parentPort.postMessage({ warning: w.message.replace(/\\d+/, 'N') }));
const fd = fs.openSync(${JSON.stringify(__filename)});
fs.open(${JSON.stringify(__filename)}, (err, fd2) => {
  parentPort.postMessage({ fds: [fd, fd2] });
  ${extra}
});
`;

// Whether fd is still this file: a closed number may be reused at once by
// another descriptor of the process (the test harness runs files in
// parallel in one process), so the inode is compared.
const ino = fs.statSync(__filename).ino;
function state(fd) {
  try {
    return fs.fstatSync(fd).ino === ino ? 'open' : 'closed';
  } catch (e) {
    return 'closed';
  }
}

(async () => {
  for (const track of [undefined, true, false]) {
    const w = new Worker(body(''), { eval: true, trackUnmanagedFds: track });
    // (listened for before the message is awaited: a worker that ended
    // before its message was read emits both in one callback, in node)
    const exited = once(w, 'exit');
    const [msg] = await once(w, 'message');
    await exited;
    console.log('trackUnmanagedFds', track, msg.fds.map(state));
    if (track === false) msg.fds.forEach((fd) => fs.closeSync(fd));
  }
  // closed here but not opened by the worker
  const fd = fs.openSync(__filename);
  const w = new Worker(`
const fs = require('fs');
const { parentPort } = require('worker_threads');
process.on('warning', (w) => parentPort.postMessage(w.message.replace(/\\d+/, 'N')));
parentPort.once('message', (fd) => fs.closeSync(fd));
`, { eval: true });
  w.postMessage(fd);
  const exited = once(w, 'exit');
  const [warning] = await once(w, 'message');
  console.log(warning);
  await exited;
  console.log('parent fd after the worker closed it:', state(fd));
})();
