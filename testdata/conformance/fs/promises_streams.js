const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fst-'));
(async () => {
  await fsp.writeFile(dir + '/p.txt', 'promise data');
  console.log(await fsp.readFile(dir + '/p.txt', 'utf8'));
  const fh = await fsp.open(dir + '/p.txt', 'r+');
  console.log(typeof fh.fd);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(7), 0, 7, 0);
  console.log(bytesRead, buffer.toString());
  await fh.write('PROMISE', 0);
  console.log((await fh.stat()).size);
  await fh.close();
  console.log(await fsp.readFile(dir + '/p.txt', 'utf8'));
  try { await fsp.readFile(dir + '/none') } catch (e) { console.log(e.code, e.syscall) }
  try { await fsp.stat(123) } catch (e) { console.log(e.code, e.message) }
  console.log(await fsp.readdir(dir));
  const d = await fsp.opendir(dir);
  for await (const e of d) console.log('dirent', e.name, e.isFile());
  const big = Buffer.alloc(200000, 'x');
  fs.writeFileSync(dir + '/big', big);
  const rs = fs.createReadStream(dir + '/big', { start: 10, end: 150009 });
  const ev = [];
  let n = 0;
  rs.on('open', () => ev.push('open'));
  rs.on('ready', () => ev.push('ready'));
  rs.on('data', (c) => { n += c.length; ev.push('data'); });
  rs.on('end', () => ev.push('end'));
  rs.on('close', () => {
    ev.push('close');
    console.log(ev.join(','), n);
    const ws = fs.createWriteStream(dir + '/w.txt');
    const wev = [];
    ws.on('open', () => wev.push('open'));
    ws.on('ready', () => wev.push('ready'));
    ws.on('finish', () => wev.push('finish'));
    ws.on('close', () => {
      wev.push('close');
      console.log(wev.join(','), ws.bytesWritten, fs.readFileSync(dir + '/w.txt', 'utf8'));
      fs.createReadStream(dir + '/nope').on('error', (e) => {
        console.log('rs error', e.code);
        fs.rmSync(dir, { recursive: true, force: true });
      });
    });
    ws.write('a');
    ws.write('b');
    ws.end('c');
  });
})();
