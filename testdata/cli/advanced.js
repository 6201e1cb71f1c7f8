// serialization: 'advanced' (V8's format): values round-trip through a child, which is
// gojanet, or node with argv[2] === 'node' (the format is node's, both ways).
const { spawn } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'bye') return process.disconnect();
    process.send(m);
  });
} else {
  const exe = process.argv[2] === 'node' ? 'node' : process.execPath;
  const child = spawn(exe, [__filename, 'child'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const circular = { name: 'loop' };
  circular.self = circular;
  const shared = { s: 1 };
  const values = [
    null, true, [undefined], 42, -7, 2 ** 40, -0, NaN, 1.5, { big: 123456789012345678901234567890n, neg: -5n, zero: 0n }, 'plain', 'ünïcödé ✓ 𝄞',
    [1, , 3], { a: [shared, shared], b: new Map([[1, 'one'], ['k', { v: 2 }]]), c: new Set([1, 'x']) },
    new Date(0), /ab+c/gi, Buffer.from('buf'), new Uint16Array([1, 2, 65535]), new Float64Array([Math.PI]),
    new ArrayBuffer(3), circular, new RangeError('range'), Object.assign(new Error('with cause', { cause: 'why' }), { code: 'E1' }),
  ];
  let i = 0;
  child.on('message', (m) => {
    const util = require('util');
    console.log(i, util.inspect(m, { depth: 4 }).replace(/\n\s+at .*/g, ''), util.isDeepStrictEqual(m, values[i]));
    if (++i < values.length) child.send(values[i]);
    else child.send('bye');
  });
  child.send(values[0]);
  try { child.send({ f() {} }); } catch (e) { console.log('function:', e.name, e.message); }
}
