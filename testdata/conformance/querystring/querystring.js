// querystring: escape/unescape/unescapeBuffer/parse/stringify, options
// (maxKeys, decodeURIComponent, encodeURIComponent), multi-character
// separators, multi-byte text, and a seeded randomized comparison of parse()
// over strings built from the characters that steer it.
const qs = require('querystring');

const show = (v) => JSON.stringify(v, (k, x) => (typeof x === 'bigint' ? `${x}n` : x));
const tryIt = (name, f) => {
  try { console.log(name, show(f())); } catch (e) { console.log(name, 'throws', e.name, e.code, e.message); }
};

tryIt('escape', () => qs.escape("a b&c=d/é€😀~!'()*-._"));
tryIt('escape non-string', () => [qs.escape(12), qs.escape({ toString() { return 'x y'; } }), qs.escape(null), qs.escape(undefined), qs.escape(true)]);
tryIt('escape lone high surrogate at end', () => qs.escape('a\ud800'));
tryIt('escape lone low surrogate', () => qs.escape('a\udc00b'));
tryIt('escape high then ascii', () => qs.escape('\ud800a'));
tryIt('unescape', () => [qs.unescape('a%20b+c'), qs.unescape('a%2'), qs.unescape('%E9%zz'), qs.unescape('%E2%82%AC'), qs.unescape('é%zz%41'), qs.unescape('a+b', true)]);
tryIt('unescapeBuffer', () => [...qs.unescapeBuffer('a%20b+c%4', true)]);
tryIt('parse', () => qs.parse('a=1&b=2&a=3&c&=d&e=&&f=g=h+i%20j&k%zz=%41'));
tryIt('parse proto', () => { const o = qs.parse('__proto__=1&constructor=2&toString=3'); return [Object.getPrototypeOf(o), o.__proto__, o.constructor]; });
tryIt('parse seps', () => [qs.parse('a:1;b:2', ';', ':'), qs.parse('a==1&&b==2', '&&', '=='), qs.parse('a=1aab=2', 'ab'), qs.parse('a=1', '', '')]);
tryIt('parse maxKeys', () => [qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.parse('a&&&b&c', null, null, { maxKeys: 2 }),
  Object.keys(qs.parse(Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join('&'))).length,
  Object.keys(qs.parse(Array.from({ length: 1500 }, (_, i) => `k${i}=1`).join('&'), null, null, { maxKeys: 0 })).length]);
tryIt('parse decode', () => [qs.parse('a+b=c+d&x=%zz', null, null, { decodeURIComponent: (s) => `<${s}>` }),
  qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }),
  qs.parse('a=%41&b=c', null, null, { decodeURIComponent: unescape })]);
tryIt('parse odd input', () => [qs.parse(), qs.parse(''), qs.parse(12), qs.parse('&&&'), qs.parse('='), qs.parse('==&='), qs.parse('+=+')]);
tryIt('stringify', () => [qs.stringify({ a: 1, b: [2, 'x y'], c: '', d: null, e: undefined, f: true, g: 1e21, h: -0, i: NaN, j: 12n, k: [], l: {}, 'm n': 'é' }),
  qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('abc'), qs.stringify(null), qs.stringify([1, 2]),
  qs.stringify({ a: 'b c', d: 5 }, null, null, { encodeURIComponent: (s) => `[${s}]` })]);
tryIt('stringify surrogate', () => qs.stringify({ a: '\ud800' }));
tryIt('aliases', () => [qs.encode === qs.stringify, qs.decode === qs.parse, Object.keys(qs)]);

// Randomized: parse() over strings from a small alphabet, with several
// separators and options; prints a digest of all results and a few samples.
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) >>> 0; return (seed >>> 8) % n; };
const alphabet = ['a', 'b', '&', '=', '+', '%', '4', '1', 'F', 'z', 'é', '😀', ';', ':', '%41', '%e9', '\u00ff', ' ', 'ab', '=='];
const configs = [[], [';', ':'], ['ab', '=='], ['&&', '='], [null, null, { maxKeys: 3 }], [null, null, { decodeURIComponent: (s) => s.toUpperCase() }]];
let digest = 0;
const mix = (s) => { for (let i = 0; i < s.length; i++) digest = (digest * 31 + s.charCodeAt(i)) >>> 0; };
for (let n = 0; n < 600; n++) {
  let s = '';
  const len = rand(14);
  for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
  const cfg = configs[n % configs.length];
  const out = show(qs.parse(s, ...cfg));
  mix(out);
  mix(qs.escape(s.replace(/[\ud800-\udfff]/g, '')));
  mix(qs.unescape(s));
  if (n % 100 === 0) console.log('sample', show(s), show(cfg.slice(0, 2)), out);
}
console.log('digest', digest);
