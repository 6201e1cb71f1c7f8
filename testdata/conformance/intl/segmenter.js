'use strict';
// Intl.Segmenter: graphemes (combining marks, emoji ZWJ sequences and
// modifiers, flags, Hangul, CRLF), words (with isWordLike; contractions,
// decimals, Katakana runs) and sentences.
const strs = ["Hello, world! It's 3.14 o'clock... don't e-mail me@x.com", 'foo_bar baz-qux 1,000,000 $5.00 #tag @user', 'カタカナ テキスト', "can't won’t", 'a.b.c 3.5kg U.S.A.',
  'tab\there\nnew line\r\nend', 'emoji 👍🏽 here 🇩🇪🇫🇷! 👨‍👩‍👧‍👦 e\u0301 한국어', 'Mr. Smith went. He said "Hi!" Then left.', 'What? No! Yes... ok.', 'ça va? oui.', ''];
for (const g of ['grapheme', 'word', 'sentence']) {
  const s = new Intl.Segmenter('en', { granularity: g });
  for (const str of strs) console.log(g, JSON.stringify([...s.segment(str)].map((x) => x.segment + (x.isWordLike ? '*' : ''))));
}
const segs = new Intl.Segmenter('en', { granularity: 'word' }).segment('héllo wörld');
console.log(JSON.stringify([segs.containing(-1), segs.containing(0), segs.containing(6), segs.containing(10), segs.containing(11), segs.containing('7')]));
const it = segs[Symbol.iterator]();
console.log(JSON.stringify([it.next(), it.next(), it.next(), it.next()]));
console.log(typeof it[Symbol.iterator], Object.prototype.toString.call(it), Object.prototype.toString.call(new Intl.Segmenter()));
