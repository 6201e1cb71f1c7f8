// fs.watch (inotify) events for a directory, close, then fs.watchFile
// polling until a change is seen.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsw-'));
try { fs.watch(dir + '/none'); } catch (e) { console.log(e.code, e.syscall, e.message.split(dir).join('DIR')); }
const w = fs.watch(dir, (type, name) => {
  console.log('event', type, name);
  if (name === 'b.txt') w.close();
});
w.on('close', () => {
  console.log('closed');
  fs.writeFileSync(dir + '/c.txt', '1');
  let n = 1;
  const writer = setInterval(() => fs.writeFileSync(dir + '/c.txt', '1'.repeat(++n)), 50);
  fs.watchFile(dir + '/c.txt', { interval: 10 }, (cur, prev) => {
    console.log('watchFile', cur.size > prev.size, cur.isFile());
    clearInterval(writer);
    fs.unwatchFile(dir + '/c.txt');
    fs.rmSync(dir, { recursive: true });
  });
});
fs.writeFileSync(dir + '/a.txt', 'x');
setTimeout(() => fs.renameSync(dir + '/a.txt', dir + '/b.txt'), 50);
