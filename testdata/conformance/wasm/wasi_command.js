'use strict';
// A WASI command assembled here: writes "hello from wasi" and its argc to
// stdout with fd_write, then proc_exit(3).
const { WASI } = require('wasi');
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const str = (s) => [...leb(s.length), ...Buffer.from(s)];
const vec = (items) => [...leb(items.length), ...items.flat()];
const section = (id, body) => [id, ...leb(body.length), ...body];
const I32 = 0x7f;
const msg = 'hello from wasi\n';
const body = (code) => { const b = [0, ...code, 0x0b]; return [...leb(b.length), ...b]; };
const sleb = (n) => { const out = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { out.push(b); return out; } out.push(b | 0x80); } };
const i32 = (n) => [0x41, ...sleb(n)];
const bin = Uint8Array.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, vec([
    [0x60, ...vec([I32, I32, I32, I32]), ...vec([I32])], // fd_write
    [0x60, ...vec([I32]), ...vec([])],                   // proc_exit
    [0x60, ...vec([]), ...vec([])],                      // _start
    [0x60, ...vec([I32, I32]), ...vec([I32])],           // args_sizes_get
  ])),
  ...section(2, vec([
    [...str('wasi_snapshot_preview1'), ...str('fd_write'), 0, 0],
    [...str('wasi_snapshot_preview1'), ...str('proc_exit'), 0, 1],
    [...str('wasi_snapshot_preview1'), ...str('args_sizes_get'), 0, 3],
  ])),
  ...section(3, vec([[2]])),
  ...section(5, vec([[0, 1]])),
  ...section(7, vec([[...str('_start'), 0, 3], [...str('memory'), 2, 0]])),
  ...section(10, vec([body([
    // iovec at 0: {buf: 16, len}; message at 16
    ...i32(0), ...i32(16), 0x36, 2, 0,           // i32.store [0] = 16
    ...i32(4), ...i32(msg.length), 0x36, 2, 0,   // i32.store [4] = len
    ...i32(1), ...i32(0), ...i32(1), ...i32(8), 0x10, 0, 0x1a, // fd_write(1, 0, 1, 8); drop
    ...i32(100), ...i32(104), 0x10, 2, 0x1a,     // args_sizes_get(100, 104); drop
    ...i32(100), 0x28, 2, 0, 0x10, 1,            // proc_exit(argc)
  ])])),
  ...section(11, vec([[0, ...i32(16), 0x0b, ...str(msg)]])), // data segment at 16
]);
const wasi = new WASI({ version: 'preview1', args: ['prog', 'a', 'b'], env: { A: '1' } });
(async () => {
  const { instance } = await WebAssembly.instantiate(bin, wasi.getImportObject());
  const code = wasi.start(instance);
  console.log('exit code', code);
  try { wasi.start(instance); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new WASI({ version: 'preview1' }).initialize(instance); } catch (e) { console.log(e.name, e.code); }
  console.log(Object.keys(wasi), Object.keys(wasi.getImportObject()), Object.keys(wasi.wasiImport).length);
})();
