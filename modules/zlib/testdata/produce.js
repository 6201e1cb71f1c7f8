// Compresses a set of inputs every way zlib offers and prints them as JSON
// ({name: {method, opts, input, data}}, base64): run under node and under
// gojanet, then consume.js decodes the other side's output.
const zlib = require('zlib');
const { once } = require('events');

const text = Array.from({ length: 300 }, (_, i) => `line ${i}: the quick brown fox ${i % 7} jumps over ${i * 31 % 101}\n`).join('');
let seed = 42;
const random = Buffer.alloc(8000);
for (let i = 0; i < random.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; random[i] = seed >>> 24; }
const inputs = { empty: Buffer.alloc(0), small: Buffer.from('hello world'), text: Buffer.from(text), random };

const cases = {};
function add(name, method, opts, input, data) {
  cases[name] = { method, opts, input: input.toString('base64'), data: data.toString('base64') };
}

async function streamed(stream, pieces) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  for (const [data, flush] of pieces) {
    if (data) stream.write(data);
    if (flush !== undefined) await new Promise((resolve) => stream.flush(flush, resolve));
  }
  stream.end();
  await once(stream, 'end');
  return Buffer.concat(chunks);
}

(async () => {
  const c = zlib.constants;
  for (const [iname, input] of Object.entries(inputs)) {
    add(`deflate-${iname}`, 'inflate', {}, input, zlib.deflateSync(input));
    add(`raw-${iname}`, 'inflateRaw', {}, input, zlib.deflateRawSync(input));
    add(`gzip-${iname}`, 'gunzip', {}, input, zlib.gzipSync(input));
    add(`unzip-gzip-${iname}`, 'unzip', {}, input, zlib.gzipSync(input));
    add(`unzip-deflate-${iname}`, 'unzip', {}, input, zlib.deflateSync(input));
    add(`brotli-${iname}`, 'brotliDecompress', {}, input, zlib.brotliCompressSync(input));
  }
  const input = inputs.text;
  for (const level of [0, 1, 5, 9]) add(`level${level}`, 'inflate', {}, input, zlib.deflateSync(input, { level }));
  for (const windowBits of [9, 10, 12, 15]) {
    add(`window${windowBits}`, 'inflate', { windowBits }, input, zlib.deflateSync(input, { windowBits }));
    add(`rawwindow${windowBits}`, 'inflateRaw', { windowBits }, input, zlib.deflateRawSync(input, { windowBits }));
  }
  for (const strategy of [1, 2, 3, 4]) add(`strategy${strategy}`, 'inflate', {}, input, zlib.deflateSync(input, { strategy, memLevel: 1 }));
  const dictionary = Buffer.from('line the quick brown fox jumps over');
  add('dict', 'inflate', { dictionary: dictionary.toString('base64') }, input, zlib.deflateSync(input, { dictionary }));
  add('rawdict', 'inflateRaw', { dictionary: dictionary.toString('base64') }, input, zlib.deflateRawSync(input, { dictionary }));
  add('gzip2', 'gunzip', {}, Buffer.concat([inputs.small, input]), Buffer.concat([zlib.gzipSync(inputs.small), zlib.gzipSync(input)]));
  add('gzippad', 'gunzip', {}, inputs.small, Buffer.concat([zlib.gzipSync(inputs.small), Buffer.alloc(7)]));
  add('brotli-q1', 'brotliDecompress', {}, input, zlib.brotliCompressSync(input, { params: { [c.BROTLI_PARAM_QUALITY]: 1 } }));
  add('brotli-lgwin10', 'brotliDecompress', {}, input, zlib.brotliCompressSync(input, { params: { [c.BROTLI_PARAM_LGWIN]: 10 } }));
  const parts = [input.subarray(0, 1000), input.subarray(1000, 50000), input.subarray(50000)];
  add('syncflush', 'inflate', {}, input, await streamed(zlib.createDeflate(), parts.map((p) => [p, c.Z_SYNC_FLUSH])));
  add('fullflush', 'inflate', {}, input, await streamed(zlib.createDeflate(), parts.map((p) => [p, c.Z_FULL_FLUSH])));
  add('gzipflush', 'gunzip', {}, input, await streamed(zlib.createGzip(), parts.map((p) => [p, c.Z_SYNC_FLUSH])));
  add('brotliflush', 'brotliDecompress', {}, input, await streamed(zlib.createBrotliCompress(), parts.map((p) => [p, c.BROTLI_OPERATION_FLUSH])));
  const d = zlib.createDeflate({ level: 1 });
  const chunks = [];
  d.on('data', (x) => chunks.push(x));
  d.write(parts[0]);
  await new Promise((resolve) => d.params(9, c.Z_FILTERED, resolve));
  d.write(parts[1]);
  await new Promise((resolve) => d.params(0, c.Z_DEFAULT_STRATEGY, resolve));
  d.end(parts[2]);
  await once(d, 'end');
  add('params', 'inflate', {}, input, Buffer.concat(chunks));
  console.log(JSON.stringify(cases));
})();
