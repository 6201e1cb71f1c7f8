// Decodes what produce.js printed (read from stdin) three ways —
// Sync, callback and a stream fed in small pieces — and prints one line per
// case: ok, or what differed.
const zlib = require('zlib');
const { once } = require('events');

const creators = {
  inflate: 'createInflate', inflateRaw: 'createInflateRaw', gunzip: 'createGunzip',
  unzip: 'createUnzip', brotliDecompress: 'createBrotliDecompress',
};

(async () => {
  const input = [];
  for await (const chunk of process.stdin) input.push(chunk);
  const cases = JSON.parse(Buffer.concat(input).toString());
  let bad = 0;
  for (const [name, k] of Object.entries(cases)) {
    const opts = { ...k.opts };
    if (opts.dictionary) opts.dictionary = Buffer.from(opts.dictionary, 'base64');
    const input = Buffer.from(k.input, 'base64');
    const data = Buffer.from(k.data, 'base64');
    const problems = [];
    try {
      if (!zlib[k.method + 'Sync'](data, opts).equals(input)) problems.push('sync');
    } catch (e) { problems.push('sync: ' + e.message); }
    try {
      const out = await new Promise((resolve, reject) => zlib[k.method](data, opts, (e, r) => e ? reject(e) : resolve(r)));
      if (!out.equals(input)) problems.push('callback');
    } catch (e) { problems.push('callback: ' + e.message); }
    try {
      const s = zlib[creators[k.method]](opts);
      const chunks = [];
      s.on('data', (c) => chunks.push(c));
      for (let i = 0; i < data.length; i += 2048) s.write(data.subarray(i, i + 2048));
      s.end();
      await once(s, 'end');
      if (!Buffer.concat(chunks).equals(input)) problems.push('stream');
    } catch (e) { problems.push('stream: ' + e.message); }
    if (problems.length) bad++;
    console.log(name, problems.length ? problems.join('; ') : 'ok');
  }
  console.log(bad ? `${bad} failed` : 'all ok');
})();
