// FileHandle.readableWebStream(): ArrayBuffer chunks by default, Uint8Array
// chunks and BYOB readers with type 'bytes'; the handle is locked while the
// stream exists; closing the handle closes the stream; node's errors.
const fs = require('fs/promises');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), `gojanet-fh-web-${process.pid}.txt`);

(async () => {
  await fs.writeFile(file, 'x'.repeat(70000) + 'end');
  const f = await fs.open(file);
  const rs = f.readableWebStream();
  console.log(Object.prototype.toString.call(rs));
  try { rs.getReader({ mode: 'byob' }); } catch (e) { console.log('byob on default:', e.code); }
  let total = 0;
  for await (const chunk of rs) {
    console.log('chunk', chunk.constructor.name);
    total += chunk.byteLength;
  }
  console.log('total', total);
  try { f.readableWebStream(); } catch (e) { console.log(e.code, e.message); }
  await f.close();
  try { f.readableWebStream(); } catch (e) { console.log(e.code, e.message); }

  const g = await fs.open(file);
  const reader = g.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  console.log('byob read', value.constructor.name, value.length, Buffer.from(value).toString());
  reader.releaseLock();
  g.close();
  try { g.readableWebStream(); } catch (e) { console.log(e.code, e.message); }

  const h = await fs.open(file);
  const r = h.readableWebStream().getReader();
  h.close();
  await r.closed;
  console.log('closed with the handle');

  const k = await fs.open(file);
  try { k.readableWebStream({ type: 1 }); } catch (e) { console.log(e.code, e.message); }
  await k.close();
  await fs.unlink(file);
})();
