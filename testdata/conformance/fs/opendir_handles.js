// opendir({ recursive: true }) in its sync, callback and async-iterator
// forms; a FileHandle that a stream reads through cannot be transferred
// (DataCloneError) until the stream lets it go; a ChildProcess's
// Symbol.dispose kills it with SIGTERM.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { MessageChannel } = require('worker_threads');
const { spawn } = require('child_process');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gojanet-opendir-'));
for (const d of ['a', 'b/c', 'b/d/e']) fs.mkdirSync(path.join(root, d), { recursive: true });
for (const f of ['top.txt', 'a/1', 'b/2', 'b/c/3', 'b/d/e/4']) fs.writeFileSync(path.join(root, f), f);
fs.symlinkSync(path.join(root, 'b'), path.join(root, 'link-to-b'));

const rel = (d) => `${path.relative(root, path.join(d.parentPath, d.name))}:${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : 'f'}`;
const sorted = (list) => list.map(rel).sort().join(' ');

const dir = fs.opendirSync(root, { recursive: true });
const syncList = [];
for (let d; (d = dir.readSync()) !== null;) syncList.push(d);
dir.closeSync();
console.log('sync', sorted(syncList));

fs.opendir(root, { recursive: true }, (err, dir) => {
  const list = [];
  const next = () => dir.read((err, d) => {
    if (err) throw err;
    if (d === null) {
      console.log('callback', err, sorted(list));
      dir.close(() => iterate());
      return;
    }
    list.push(d);
    next();
  });
  next();
});

async function iterate() {
  const list = [];
  for await (const d of await fs.promises.opendir(root, { recursive: true })) list.push(d);
  console.log('iterator', sorted(list));
  const flat = [];
  for await (const d of await fs.promises.opendir(root)) flat.push(d);
  console.log('flat', sorted(flat));
  await handles();
}

async function handles() {
  const fh = await fs.promises.open(path.join(root, 'top.txt'));
  const stream = fs.createReadStream(null, { fd: fh });
  const { port1, port2 } = new MessageChannel();
  try {
    port1.postMessage(fh, [fh]);
  } catch (e) {
    console.log('in use', e.name, e.code, e.message);
  }
  let text = '';
  stream.on('data', (d) => text += d);
  stream.on('close', async () => {
    console.log('read', text, fh.fd);
    port1.close();
    port2.close();
    const fh2 = await fs.promises.open(path.join(root, 'top.txt'));
    const c = new MessageChannel();
    c.port2.once('message', async (moved) => {
      console.log('moved', typeof moved.fd, fh2.fd, (await moved.readFile('utf8')));
      await moved.close();
      c.port1.close();
      dispose();
    });
    c.port1.postMessage(fh2, [fh2]);
  });
}

function dispose() {
  const cat = spawn('cat');
  cat.on('exit', (code, signal) => {
    console.log('disposed', code, signal, cat.killed, cat.signalCode);
    cat[Symbol.dispose](); // already killed: nothing more
    fs.rmSync(root, { recursive: true });
  });
  console.log('before', cat.killed, typeof cat[Symbol.dispose]);
  cat[Symbol.dispose]();
  console.log('after', cat.killed);
}
