'use strict';
// AES-CCM and AES-OCB (modules/crypto/aeadmodes) against node: ciphertexts
// and tags are deterministic, so both runtimes print the same bytes, and
// each side decrypts what the other would have written; node's rules
// (authTagLength required, CCM's one update and plaintextLength,
// message-length limits, OCB streaming whole blocks) and its errors.
const crypto = require('crypto');

function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}
const h = (b) => b.toString('hex');
const key16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const key32 = Buffer.alloc(32, 0x5a);
const plain = Buffer.from('The quick brown fox jumps over the lazy dog, twice over.');
const aad = Buffer.from('header');

function seal(algo, key, iv, tagLen, data, withAAD) {
  const c = crypto.createCipheriv(algo, key, iv, { authTagLength: tagLen });
  if (withAAD) c.setAAD(aad, algo.includes('ccm') ? { plaintextLength: data.length } : undefined);
  const ct = Buffer.concat([c.update(data), c.final()]);
  return [ct, c.getAuthTag()];
}
function open(algo, key, iv, tagLen, ct, tag, withAAD) {
  const d = crypto.createDecipheriv(algo, key, iv, { authTagLength: tagLen });
  d.setAuthTag(tag);
  if (withAAD) d.setAAD(aad, algo.includes('ccm') ? { plaintextLength: ct.length } : undefined);
  return Buffer.concat([d.update(ct), d.final()]);
}

for (const [algo, key] of [['aes-128-ccm', key16], ['aes-256-ccm', key32], ['aes-128-ocb', key16], ['aes-256-ocb', key32]]) {
  const ivs = algo.includes('ccm') ? [7, 11, 13] : [1, 12, 15];
  const tags = algo.includes('ccm') ? [4, 10, 16] : [6, 12, 16];
  for (let i = 0; i < 3; i++) {
    const iv = Buffer.alloc(ivs[i], i + 1);
    for (const withAAD of [false, true]) {
      t(`${algo} iv${ivs[i]} tag${tags[i]} aad=${withAAD}`, () => {
        const [ct, tag] = seal(algo, key, iv, tags[i], plain, withAAD);
        const back = open(algo, key, iv, tags[i], ct, tag, withAAD);
        return [h(ct), h(tag), back.equals(plain)];
      });
    }
  }
  t(`${algo} empty`, () => {
    const [ct, tag] = seal(algo, key, Buffer.alloc(12), 16, Buffer.alloc(0), true);
    return [h(ct), h(tag), open(algo, key, Buffer.alloc(12), 16, ct, tag, true).length];
  });
  t(`${algo} bad tag`, () => {
    const [ct, tag] = seal(algo, key, Buffer.alloc(12), 16, plain, true);
    tag[0] ^= 1;
    return open(algo, key, Buffer.alloc(12), 16, ct, tag, true);
  });
  t(`${algo} no authTagLength`, () => crypto.createCipheriv(algo, key, Buffer.alloc(12)));
  t(`${algo} info`, () => JSON.stringify(crypto.getCipherInfo(algo)));
}

// OCB streams whole blocks, both ways; the tag may be set after update.
t('ocb stream', () => {
  const c = crypto.createCipheriv('aes-128-ocb', key16, Buffer.alloc(12), { authTagLength: 16 });
  const parts = [c.update(plain.subarray(0, 5)), c.update(plain.subarray(5, 25)), c.update(plain.subarray(25)), c.final()];
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-128-ocb', key16, Buffer.alloc(12), { authTagLength: 16 });
  const ct = Buffer.concat(parts);
  const back = [d.update(ct.subarray(0, 17)), d.update(ct.subarray(17))];
  d.setAuthTag(tag);
  back.push(d.final());
  return [parts.map((p) => p.length), back.map((p) => p.length), Buffer.concat(back).equals(plain)];
});

// CCM: one update; plaintextLength with AAD; length limits; no data.
t('ccm second update', () => {
  const c = crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 });
  c.update('abc');
  return c.update('def');
});
t('ccm aad without plaintextLength', () =>
  crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 }).setAAD(aad));
t('ccm plaintextLength mismatch', () => {
  const c = crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 });
  c.setAAD(aad, { plaintextLength: 4 });
  return c.update('abc');
});
t('ccm plaintextLength too long', () =>
  crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(13), { authTagLength: 8 }).setAAD(aad, { plaintextLength: 65536 }));
t('ccm update too long', () =>
  crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(13), { authTagLength: 8 }).update(Buffer.alloc(65536)));
t('ccm final without data', () => crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 }).final());
t('ccm last aad wins', () => {
  const c = crypto.createCipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 });
  c.setAAD(Buffer.from('x'), { plaintextLength: 0 });
  c.setAAD(Buffer.from('y'), { plaintextLength: 0 });
  c.update('');
  c.final();
  return h(c.getAuthTag());
});
t('ccm decrypt without tag', () => {
  const d = crypto.createDecipheriv('aes-128-ccm', key16, Buffer.alloc(12), { authTagLength: 8 });
  return [d.update(Buffer.alloc(4)), (() => { try { d.final(); } catch (e) { return e.message; } })()];
});
for (const [algo, n] of [['aes-128-ccm', 6], ['aes-128-ccm', 14], ['aes-128-ocb', 16], ['aes-128-ocb', 0]]) {
  t(`${algo} iv ${n}`, () => crypto.createCipheriv(algo, key16, Buffer.alloc(n), { authTagLength: 8 }) && 'ok');
}
for (const [algo, n] of [['aes-128-ccm', 5], ['aes-128-ccm', 18], ['aes-128-ocb', 17]]) {
  t(`${algo} tag ${n}`, () => crypto.createCipheriv(algo, key16, Buffer.alloc(12), { authTagLength: n }) && 'ok');
}
t('setAuthTag length', () => crypto.createDecipheriv('aes-128-ocb', key16, Buffer.alloc(12), { authTagLength: 16 })
  .setAuthTag(Buffer.alloc(8)));
t('infos', () => JSON.stringify([crypto.getCipherInfo('id-aes192-CCM'), crypto.getCipherInfo(960),
  crypto.getCipherInfo('aes-128-ccm', { ivLength: 7 }), crypto.getCipherInfo('aes-128-ccm', { ivLength: 14 }),
  crypto.getCipherInfo('aes-128-ocb', { ivLength: 15 }), crypto.getCipherInfo('aes-128-ocb', { ivLength: 16 })]));

// GCM with an IV other than 12 bytes streams too.
t('gcm iv16 streams', () => {
  const c = crypto.createCipheriv('aes-128-gcm', key16, Buffer.alloc(16, 3));
  const first = c.update(plain.subarray(0, 20));
  const ct = Buffer.concat([first, c.update(plain.subarray(20)), c.final()]);
  const d = crypto.createDecipheriv('aes-128-gcm', key16, Buffer.alloc(16, 3));
  d.setAuthTag(c.getAuthTag());
  return [first.length, h(ct), h(c.getAuthTag()), d.update(ct).length, d.final().length];
});
