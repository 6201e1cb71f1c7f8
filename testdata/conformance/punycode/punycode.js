// punycode: RFC 3492 sample strings, domains, e-mail addresses, ucs2,
// errors, and a seeded round trip over random code points.
const punycode = require('punycode');
const samples = ['mañana', 'bücher', '☃-⌘', 'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky',
  'почемужеонинеговорятпорусски', 'PorquénopuedensimplementehablarenEspañol', 'Hello-Another-Way-それぞれの場所',
  'MajiでKoiする5秒前', 'abc', '', '😀😁', 'a-b-', '-x'];
for (const s of samples) {
  const e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('☃-⌘.com'), punycode.toASCII('джумла@джpумлатест.bрфa'),
  punycode.toASCII('a\u3002b\uFF0Ec\uFF61d'), punycode.toASCII('example.com'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('xn--ls8h.la'),
  punycode.toUnicode('user@xn--maana-pta.com'), punycode.toUnicode('plain.org'));
console.log(punycode.ucs2.decode('a😀\ud800b\udc00'), punycode.ucs2.encode([97, 0x1F600, 0xD800]) === 'a😀\ud800');
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
for (const bad of ['\u0080-a', 'a-!', 'zzzzzzzzzzzzz', '99999999999', 'ab-99999999']) {
  try { console.log(punycode.decode(bad)); } catch (e) { console.log(JSON.stringify(bad), e.name, e.message); }
}
let seed = 99;
const rand = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; };
let ok = 0;
for (let i = 0; i < 500; i++) {
  let s = '';
  for (let j = rand(12); j > 0; j--) {
    const r = rand(4);
    s += String.fromCodePoint(r === 0 ? 0x20 + rand(95) : r === 1 ? 0xA0 + rand(0x700) : r === 2 ? 0x4E00 + rand(0x5000) : 0x10000 + rand(0x10000));
  }
  const e = punycode.encode(s);
  if (punycode.decode(e) === s) ok++;
  if (i % 100 === 0) console.log(e);
}
console.log('round trips', ok);
