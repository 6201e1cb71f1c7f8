// zlib errors: classes, codes, errnos and messages for bad input, bad options
// and limits, Sync forms.
const z=require('zlib');
function t(name, f){ try { const r=f(); console.log(name,'ok',r.length, r.toString().slice(0,40)); } catch(e){ console.log(name, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e)); } }
const good = z.deflateSync('hello world hello world');
t('badhdr', ()=>z.inflateSync(Buffer.from('garbage data here')));
t('trunc', ()=>z.inflateSync(good.subarray(0, good.length-3)));
t('truncraw', ()=>z.inflateRawSync(z.deflateRawSync('hello world hello').subarray(0,5)));
t('datacheck', ()=>{const b=Buffer.from(good); b[b.length-1]^=1; return z.inflateSync(b)});
const gz=z.gzipSync('abc');
t('gzcrc', ()=>{const b=Buffer.from(gz); b[b.length-6]^=1; return z.gunzipSync(b)});
t('gzlen', ()=>{const b=Buffer.from(gz); b[b.length-2]^=1; return z.gunzipSync(b)});
t('gzmeth', ()=>{const b=Buffer.from(gz); b[2]=7; return z.gunzipSync(b)});
t('gzflags', ()=>{const b=Buffer.from(gz); b[3]=0x80; return z.gunzipSync(b)});
t('gz2', ()=>z.gunzipSync(Buffer.concat([gz, z.gzipSync('def')])));
t('gzgarbage', ()=>z.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
t('gzgarbage1f', ()=>z.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f,0x8b,1,2,3])])));
t('gzgarbage1f2', ()=>z.gunzipSync(Buffer.concat([gz, Buffer.from([0x1f,0x8b])])));
t('gzgarbage0', ()=>z.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)])));
t('unzipgarbage', ()=>z.unzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
t('infgarbage', ()=>z.inflateSync(Buffer.concat([good, Buffer.from('garbage')])));
t('rawgarbage', ()=>z.inflateRawSync(Buffer.from([0xff,0xff,0xff,0xff])));
const d = z.deflateSync('hello', {dictionary: Buffer.from('hello dict')});
t('nodict', ()=>z.inflateSync(d));
t('baddict', ()=>z.inflateSync(d, {dictionary: Buffer.from('other')}));
t('gooddict', ()=>z.inflateSync(d, {dictionary: Buffer.from('hello dict')}));
t('brbad', ()=>z.brotliDecompressSync(Buffer.from('garbage data here')));
const br=z.brotliCompressSync('hello hello hello');
t('brtrunc', ()=>z.brotliDecompressSync(br.subarray(0, br.length-2)));
t('brgarbage', ()=>z.brotliDecompressSync(Buffer.concat([br, Buffer.from('xx')])));
t('toolarge', ()=>z.inflateSync(z.deflateSync(Buffer.alloc(100000)), {maxOutputLength: 1000}));
t('level', ()=>z.deflateSync('x', {level: 42}));
t('wbits', ()=>z.deflateSync('x', {windowBits: 'a'}));
t('empty', ()=>z.inflateSync(Buffer.alloc(0)));
t('emptygz', ()=>z.gunzipSync(Buffer.alloc(0)));
t('type', ()=>z.inflateSync(42));
t('brparam', ()=>z.brotliCompressSync('x', {params: {99: 1}}));
t('chunk', ()=>z.deflateSync('x', {chunkSize: 10}));
t('wrongwin', ()=>z.inflateSync(z.deflateSync('xyz'), {windowBits: 9}));
t('deflate8', ()=>z.inflateSync(z.deflateSync('xyz', {windowBits: 8})));
console.log(z.crc32('hello'), z.crc32(Buffer.from('hello'), 5), z.crc32(new Uint16Array([1,2,3])), z.crc32('héllo', 4294967295));
// console.log(z.crc32('hello'), z.crc32(Buffer.from('hello'), 5), typeof z.crc32);
console.log(Object.keys(z).join());
console.log(JSON.stringify(z.codes));
// The callback and stream forms report the same errors.
z.inflate(Buffer.from('garbage data here'), (e) => {
  console.log('callback', e.code, e.errno, e.message);
  z.gunzip(gz.subarray(0, 10), (e) => {
    console.log('callback truncated', e.code, e.message);
    z.inflate(z.deflateSync(Buffer.alloc(100000)), { maxOutputLength: 1000 }, (e) => {
      console.log('callback toolarge', e.code, e.name);
      const s = z.createInflate();
      s.on('error', (e) => console.log('stream error', e.code, e.errno, e.message, s.destroyed));
      s.on('close', () => {
        console.log('stream close');
        const b = z.createBrotliDecompress();
        b.on('error', (e) => console.log('brotli stream error', e.code, e.errno, e.message));
        b.end(Buffer.from('garbage data here'));
      });
      s.end(Buffer.from('garbage data here'));
    });
  });
});
for (const bad of [() => z.createGzip({ windowBits: 8 }), () => z.createDeflate({ memLevel: 0 }), () => z.createDeflate({ strategy: 5 }),
  () => z.createDeflate({ chunkSize: Infinity }), () => z.createDeflate({ flush: 6 }), () => z.createDeflate({ dictionary: 'x' }),
  () => z.createBrotliCompress({ params: { 1: 'x' } }), () => z.crc32(1), () => z.crc32('x', -1), () => z.deflate('x'),
  () => z.deflate('x', {}, 'nope'), () => z.createDeflate().params(10, 0)]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
