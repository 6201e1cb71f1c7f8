// zlib streams: flush kinds (exact bytes at level 0, where every deflate
// writes stored blocks), params, bytesWritten, events order, close, reset,
// info, promisify, chunkSize, the module's shape.
const zlib = require('zlib');
const util = require('util');
const { constants: c } = zlib;

let seed = 7;
const data = Buffer.alloc(40000);
for (let i = 0; i < data.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; data[i] = seed >>> 24; }

const steps = [];
function step(fn) { steps.push(fn); }
function next() { const fn = steps.shift(); if (fn) fn(); }

step(() => {
  const d = zlib.createDeflate({ level: 0 });
  const chunk = data.subarray(0, 16);
  d.write(chunk, () => {
    d.flush(c.Z_NO_FLUSH, () => {
      console.log('no flush:', d.read().toString('hex'));
      d.flush(() => {
        const bufs = [];
        let b;
        while ((b = d.read()) !== null) bufs.push(b);
        console.log('full flush:', Buffer.concat(bufs).toString('hex') === '0010' + '00efff' + chunk.toString('hex') + '000000ffff');
        d.flush(c.Z_SYNC_FLUSH, () => {
          console.log('repeated flush adds nothing:', d.read());
          d.close(() => { console.log('closed', d._closed, d.destroyed); next(); });
        });
      });
    });
  });
});

step(() => {
  const d = zlib.createDeflate({ level: 9 });
  const chunk1 = data.subarray(0, 12 * 1024);
  const chunk2 = data.subarray(12 * 1024);
  const bufs = [];
  const drain = () => { let b; while ((b = d.read()) !== null) bufs.push(b); };
  d.write(chunk1, () => {
    d.params(0, c.Z_DEFAULT_STRATEGY, () => {
      drain();
      d.on('readable', drain);
      d.end(chunk2);
    });
    drain();
  });
  d.on('end', () => {
    const out = Buffer.concat(bufs);
    const len = chunk2.length;
    // level 0 after params: chunk2 is stored verbatim, right before the end
    console.log('params then level 0:', out.toString('hex').indexOf(chunk2.toString('hex')) > 0, zlib.inflateSync(out).equals(data));
    next();
  });
});

step(() => {
  const events = [];
  const g = zlib.createGzip();
  const out = [];
  for (const e of ['finish', 'end', 'close', 'prefinish']) g.on(e, () => events.push(e));
  g.on('data', (x) => out.push(x));
  g.write('hello ');
  g.write(Buffer.from('world'));
  g.end(() => events.push('end cb'));
  g.on('close', () => {
    console.log('events:', events.join(), 'bytesWritten', g.bytesWritten, '_closed', g._closed);
    console.log('round trip:', zlib.gunzipSync(Buffer.concat(out)).toString());
    next();
  });
});

step(() => {
  const big = Buffer.alloc(200000, 'a');
  const inf = zlib.createInflate({ chunkSize: 1024 });
  const sizes = new Set();
  let total = 0;
  inf.on('data', (x) => { sizes.add(x.length <= 1024); total += x.length; });
  inf.on('end', () => { console.log('chunkSize honoured:', [...sizes].join(), total, inf.bytesWritten > 0); next(); });
  inf.end(zlib.deflateSync(big));
});

step(() => {
  const r = zlib.deflateSync('abc', { info: true });
  console.log('info:', Object.keys(r).join(), r.engine instanceof zlib.Deflate, r.engine._closed, r.buffer.length > 0);
  zlib.gzip('abc', { info: true }, (err, res) => {
    console.log('info cb:', err, res.engine.constructor.name, zlib.gunzipSync(res.buffer).toString());
    next();
  });
});

step(async () => {
  const gz = await util.promisify(zlib.gzip)('promised');
  console.log('promisify:', (await util.promisify(zlib.unzip)(gz)).toString());
  const br = await util.promisify(zlib.brotliCompress)('brotli promised');
  console.log('brotli:', (await util.promisify(zlib.brotliDecompress)(br)).toString());
  console.log('raw:', zlib.inflateRawSync(zlib.deflateRawSync(new Uint8Array([1, 2, 3]))).toString('hex'));
  console.log('ArrayBuffer:', zlib.inflateSync(zlib.deflateSync(new Uint8Array([4, 5]).buffer)).toString('hex'));
  next();
});

step(() => {
  const d = zlib.createDeflate();
  const chunks = [];
  d.on('data', (x) => chunks.push(x));
  d.write('first');
  d.flush(() => {
    d.reset();
    d.end('second');
  });
  d.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('reset:', all.length > 0);
    next();
  });
});

step(() => {
  const inf = zlib.createInflate();
  inf.on('data', (x) => console.log('ended early data:', x.toString()));
  inf.on('end', () => { console.log('ended early: end', inf.bytesWritten); next(); });
  inf.write(Buffer.concat([Buffer.from('789c2b48acccc94f4c01000bdd02eb', 'hex'), Buffer.from('trailing')]));
});

step(() => {
  console.log('constructors:', zlib.Gzip() instanceof zlib.Gzip, new zlib.Inflate() instanceof require('stream').Transform,
    zlib.createBrotliCompress() instanceof zlib.BrotliCompress, zlib.Gzip.name, zlib.DeflateRaw.length);
  console.log('keys:', Object.keys(zlib).join());
  console.log('legacy:', zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.BROTLI_OPERATION_FLUSH, 'Z_OK' in zlib, Object.keys(zlib).includes('Z_OK'));
  console.log('codes:', zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], Object.isFrozen(zlib.codes));
  console.log('constants:', Object.keys(zlib.constants).length, Object.getPrototypeOf(zlib.constants), zlib.constants.Z_MAX_CHUNK);
  next();
});

next();
