// createHash by names that change from call to call (hashNew remembers the
// last name's algorithm): case variants, aliases, an unknown name between
// known ones, and a hash whose digest was taken before the next is made.
const crypto = require('crypto');
const t = (f) => { try { console.log(f()); } catch (e) { console.log('ERR', e.message); } };
const names = ['sha1', 'sha1', 'SHA1', 'sha256', 'nope', 'sha1', 'RSA-SHA256', 'md5', 'nope', 'nope', 'sha512', 'sha1'];
for (const n of names) t(() => crypto.createHash(n).update('Hello World\n').digest('base64'));
const a = crypto.createHash('sha1').update('a');
const b = crypto.createHash('sha1').update('b');
t(() => a.digest('hex') + ' ' + b.digest('hex'));
t(() => crypto.createHash('sha1').digest('hex'));
