// Blob and File from require('buffer') (and the globals): parts, types, endings, slice,
// text/arrayBuffer, inspect, File's name/lastModified, node's argument errors.
const { Blob, File } = require('buffer');
const util = require('util');
const r = async (label, f) => { try { const v = await f(); console.log(label, v); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); } };
(async () => {
await r('empty', () => new Blob());
await r('parts', () => new Blob(['ab', new Uint8Array([99]), new ArrayBuffer(1), new Blob(['z'])], { type: 'Text/Plain' }));
await r('text', () => new Blob(['héllo', Buffer.from(' w')]).text());
await r('ab', () => new Blob(['abc']).arrayBuffer());
await r('slice', () => new Blob(['abcdef']).slice(1, -1, 'X').text());
await r('slice obj', () => new Blob(['abcdef']).slice(-2));
await r('bad type', () => new Blob(['a'], { type: 'a\u0100' }).type);
await r('bad src', () => new Blob('abc'));
await r('bad src2', () => new Blob(5));
await r('null src', () => new Blob(null));
await r('bad opts', () => new Blob([], 5));
await r('bad endings', () => new Blob([], { endings: 'x' }));
await r('native', async () => JSON.stringify(await new Blob(['a\r\nb\rc\n'], { endings: 'native' }).text()));
await r('obj part', () => new Blob([{}, 1]).text());
await r('tag', () => Object.prototype.toString.call(new Blob()));
await r('inspect', () => util.inspect(new Blob(['xy'], { type: 'a/b' })));
await r('file', () => { const f = new File(['abc'], 'a.txt', { lastModified: 42, type: 'x/y' }); return [f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f)]; });
await r('file inspect', () => util.inspect(new File(['abc'], 'a.txt', { lastModified: 42 })));
await r('file noargs', () => new File(['a']));
await r('file lm', () => typeof new File([], 'x').lastModified);
await r('file text', () => new File(['q'], 'n').text());
await r('proto', () => Object.getOwnPropertyNames(Blob.prototype).filter((n) => n !== 'stream').sort().join());
await r('fproto', () => Object.getOwnPropertyNames(File.prototype).sort().join());
await r('size set', () => { const b = new Blob(['ab']); b.size = 5; return b.size; });
})();
r('globals', () => [Blob === require('buffer').Blob, File === require('buffer').File]);
