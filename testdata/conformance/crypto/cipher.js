// Ciphers: ciphertexts for fixed keys and IVs in every mode, round trips,
// update/final chunking and encodings, AEAD tags, padding, node's errors.
const crypto = require('crypto');
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const key = (n) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + 1) & 255));
const plain = Buffer.from('The quick brown fox jumps over the lazy dog. 0123456789!');
const names = [];
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'cfb', 'cfb8', 'ofb', 'gcm']) names.push(`aes-${bits}-${mode}`);
}
names.push('aes128', 'aes256', 'id-aes256-GCM', 'AES-128-CBC', 'chacha20', 'chacha20-poly1305', 'des-ede3-cbc', 'des3', 'des-ede3');
for (const name of names) {
  const info = crypto.getCipherInfo(name);
  console.log(name, JSON.stringify(info));
  const k = key(info.keyLength);
  const iv = info.ivLength ? key(info.ivLength).reverse() : null;
  const auth = /gcm|poly1305/i.test(name);
  for (const len of [0, 1, 16, 17, plain.length]) {
    const data = plain.subarray(0, len);
    t(`${name} enc ${len}`, () => {
      const c = crypto.createCipheriv(name, k, iv);
      if (auth) c.setAAD(Buffer.from('aad'));
      const parts = [c.update(data.subarray(0, 5)), c.update(data.subarray(5)), c.final()];
      const out = Buffer.concat(parts);
      const tag = auth ? c.getAuthTag() : null;
      const d = crypto.createDecipheriv(name, k, iv);
      if (auth) { d.setAAD(Buffer.from('aad')); d.setAuthTag(tag); }
      const back = Buffer.concat([d.update(out), d.final()]);
      return [parts.map((p) => p.length), out.toString('hex'), tag && tag.toString('hex'), back.equals(data)];
    });
  }
}
const k32 = key(32), iv16 = key(16), iv12 = key(12);
t('hex in/out', () => {
  const c = crypto.createCipheriv('aes-256-cbc', k32, iv16);
  return c.update('68656c6c6f', 'hex', 'base64') + c.final('base64');
});
t('utf8 to latin1', () => {
  const c = crypto.createCipheriv('aes-256-ctr', k32, iv16);
  return c.update('héllo', 'utf8', 'latin1') + c.final('latin1');
});
t('decrypt to utf8', () => {
  const c = crypto.createCipheriv('aes-256-cbc', k32, iv16);
  const ct = c.update('héllo wörld', 'utf8', 'base64') + c.final('base64');
  const d = crypto.createDecipheriv('aes-256-cbc', k32, iv16);
  return d.update(ct, 'base64', 'utf8') + d.final('utf8');
});
t('no padding', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(Buffer.alloc(32, 1)), c.final()]);
});
t('no padding short', () => {
  const c = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
  c.setAutoPadding(false);
  c.update(Buffer.alloc(31, 1));
  return c.final();
});
t('decrypt no padding', () => {
  const d = crypto.createDecipheriv('aes-128-ecb', key(16), null);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(Buffer.alloc(32, 1)), d.final()]);
});
t('bad decrypt', () => {
  const d = crypto.createDecipheriv('aes-256-cbc', k32, iv16);
  d.update(Buffer.alloc(16));
  return d.final();
});
t('wrong final length', () => {
  const d = crypto.createDecipheriv('aes-256-cbc', k32, iv16);
  d.update(Buffer.alloc(17));
  return d.final();
});
t('gcm tag 4', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key(16), iv12, { authTagLength: 4 });
  const out = Buffer.concat([c.update('hi'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-gcm', key(16), iv12, { authTagLength: 4 });
  d.setAuthTag(c.getAuthTag());
  return [out.toString('hex'), c.getAuthTag().toString('hex'), Buffer.concat([d.update(out), d.final()]).toString()];
});
t('gcm short tag default', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key(16), iv12);
  const out = Buffer.concat([c.update('hi'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-gcm', key(16), iv12);
  d.setAuthTag(c.getAuthTag().subarray(0, 12));
  return Buffer.concat([d.update(out), d.final()]).toString();
});
t('gcm iv 16', () => {
  const c = crypto.createCipheriv('aes-256-gcm', k32, iv16);
  const out = Buffer.concat([c.update(plain), c.final()]);
  const d = crypto.createDecipheriv('aes-256-gcm', k32, iv16);
  d.setAuthTag(c.getAuthTag());
  return [out.toString('hex'), c.getAuthTag().toString('hex'), Buffer.concat([d.update(out), d.final()]).equals(plain)];
});
t('gcm iv 1', () => {
  const c = crypto.createCipheriv('aes-256-gcm', k32, Buffer.from([9]));
  return [Buffer.concat([c.update(plain), c.final()]).toString('hex'), c.getAuthTag().toString('hex')];
});
t('gcm bad tag', () => {
  const d = crypto.createDecipheriv('aes-256-gcm', k32, iv12);
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.from('abcd'));
  return d.final();
});
t('gcm no tag', () => {
  const d = crypto.createDecipheriv('aes-256-gcm', k32, iv12);
  d.update(Buffer.from('abcd'));
  return d.final();
});
t('gcm tag len 3', () => crypto.createDecipheriv('aes-256-gcm', k32, iv12).setAuthTag(Buffer.alloc(3)));
t('gcm tag len mismatch', () => crypto.createDecipheriv('aes-256-gcm', k32, iv12, { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)));
t('gcm tag twice', () => crypto.createDecipheriv('aes-256-gcm', k32, iv12).setAuthTag(Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
t('gcm authTagLength 5', () => crypto.createCipheriv('aes-256-gcm', k32, iv12, { authTagLength: 5 }));
t('gcm authTagLength str', () => crypto.createCipheriv('aes-256-gcm', k32, iv12, { authTagLength: '16' }));
t('getAuthTag early', () => crypto.createCipheriv('aes-256-gcm', k32, iv12).getAuthTag());
t('getAuthTag decipher', () => typeof crypto.createDecipheriv('aes-256-gcm', k32, iv12).getAuthTag);
t('setAAD late', () => { const c = crypto.createCipheriv('aes-256-gcm', k32, iv12); c.update('x'); c.setAAD(Buffer.from('a')); });
t('setAAD cbc', () => crypto.createCipheriv('aes-256-cbc', k32, iv16).setAAD(Buffer.from('a')));
t('setAAD hex', () => {
  const c = crypto.createCipheriv('aes-256-gcm', k32, iv12);
  c.setAAD('616263', { encoding: 'hex' });
  c.final();
  return c.getAuthTag();
});
t('setAuthTag cipher', () => typeof crypto.createCipheriv('aes-256-gcm', k32, iv12).setAuthTag);
t('chacha tag 17', () => crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 17 }));
t('chacha tag 8', () => {
  const c = crypto.createCipheriv('chacha20-poly1305', k32, iv12, { authTagLength: 8 });
  c.update('x');
  c.final();
  return c.getAuthTag();
});
t('chacha iv 8', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(8)));
t('bad key', () => crypto.createCipheriv('aes-256-cbc', Buffer.alloc(5), iv16));
t('bad iv', () => crypto.createCipheriv('aes-256-cbc', k32, Buffer.alloc(5)));
t('null iv cbc', () => crypto.createCipheriv('aes-256-cbc', k32, null));
t('iv ecb', () => crypto.createCipheriv('aes-256-ecb', k32, iv16));
t('empty iv ecb', () => crypto.createCipheriv('aes-256-ecb', k32, Buffer.alloc(0)).final());
t('gcm empty iv', () => crypto.createCipheriv('aes-256-gcm', k32, Buffer.alloc(0)));
t('unknown', () => crypto.createCipheriv('aes-256-xyz', k32, iv16));
t('bad name', () => crypto.createCipheriv(1, k32, iv16));
t('bad key type', () => crypto.createCipheriv('aes-256-cbc', 1, iv16));
t('bad iv type', () => crypto.createCipheriv('aes-256-cbc', k32, 1));
t('string key', () => { const c = crypto.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16)); return Buffer.concat([c.update('x'), c.final()]); });
t('key object', () => { const c = crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(key(16)), iv16); return Buffer.concat([c.update('x'), c.final()]); });
t('final twice', () => { const c = crypto.createCipheriv('aes-256-cbc', k32, iv16); c.final(); c.final(); });
t('update after final', () => { const c = crypto.createCipheriv('aes-256-cbc', k32, iv16); c.final(); c.update('x'); });
t('padding after final', () => { const c = crypto.createCipheriv('aes-256-cbc', k32, iv16); c.final(); c.setAutoPadding(); });
t('update bad', () => crypto.createCipheriv('aes-256-cbc', k32, iv16).update(5));
t('update bad enc', () => crypto.createCipheriv('aes-256-cbc', k32, iv16).update('x', 'utf8', 'bogus'));
t('update odd hex', () => crypto.createCipheriv('aes-256-ctr', k32, iv16).update('abc', 'hex'));
t('getCiphers', () => ['aes-256-gcm', 'aes128', 'id-aes128-GCM', 'chacha20-poly1305', 'aes-256-cfb8', 'des-ede3-cbc'].map((n) => crypto.getCiphers().includes(n)));
t('getCipherInfo nid', () => crypto.getCipherInfo(427));
t('getCipherInfo keyLength', () => [crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 })]);
t('getCipherInfo ivLength', () => [crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 })]);
t('getCipherInfo unknown', () => crypto.getCipherInfo('nope'));
t('getCipherInfo bad', () => crypto.getCipherInfo(null));

