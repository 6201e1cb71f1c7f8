const out = [];
const s = 'aé€\ud83d\ude00z';
for (const enc of ['utf8', 'latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'hex', 'base64', 'base64url']) {
  const b = Buffer.from(s, enc);
  out.push(enc + ' ' + b.toString('hex') + ' ' + JSON.stringify(b.toString(enc)) + ' ' + Buffer.byteLength(s, enc));
}
out.push(Buffer.from('68656c6c6fzz', 'hex').toString(), Buffer.from('aGVsbG8_-w', 'base64url').toString('hex'), Buffer.from('aGVsbG8+/w==', 'base64').toString('base64url'));
out.push(JSON.stringify(Buffer.from([0xff, 0xe2, 0x82, 0x41, 0xc3]).toString()), JSON.stringify(Buffer.from([0xe9, 0x41]).toString('ascii')));
const w = Buffer.alloc(8); out.push(w.write('héllo', 1, 'latin1'), w.toString('hex'), w.write('ab', 'utf16le'), w.toString('hex'));
out.push(Buffer.alloc(5, 'é', 'latin1').toString('hex'), Buffer.alloc(4, 'ab').toString(), Buffer.from('hello').toString('utf8', 1, 3), Buffer.from('hello').toString(undefined, 2));
try { Buffer.from('x', 'nope'); } catch (e) { out.push(e.name + ' ' + e.code + ' ' + e.message); }
try { Buffer.from('x').toString('nope'); } catch (e) { out.push(e.name + ' ' + e.code + ' ' + e.message); }
console.log(out.join('\n'));
