// Regexes without the u flag match UTF-16 code units: alternatives and
// classes that differ only in surrogates stay apart under global matching,
// exec from lastIndex, replace, split and matchAll (regexp2's compiler
// merged them: third_party/regexp2).
const flags = /\uD83C(?:\uDDE6\uD83C[\uDDE8-\uDDEC]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDFA\uD83C[\uDDE6\uDDF8])/g;
const s = 'fr:🇫🇷 us:🇺🇸 ac:🇦🇨 x';
console.log(JSON.stringify(s.match(flags)));
console.log(s.replace(flags, '#'));
console.log(JSON.stringify([...s.matchAll(flags)].map((m) => m.index)));
flags.lastIndex = 5;
console.log(JSON.stringify(flags.exec(s)), flags.lastIndex);
console.log(JSON.stringify('a\uD83D\uDE00b\uD83E\uDD16c'.split(/\uD83D[\uDE00-\uDE4F]|\uD83E[\uDD10-\uDD1F]/)));
const zwj = /\uD83D\uDC68(?:\u200D\uD83D\uDC69\u200D\uD83D\uDC67)?|\uD83D\uDC69(?:\u200D\uD83D\uDCBB)?/g;
console.log('x👨‍👩‍👧y👩‍💻z'.replace(zwj, '[$&]').length, JSON.stringify('x👨‍👩‍👧y👩‍💻z'.match(zwj)));
console.log(JSON.stringify('🇫🇷🇺🇸'.match(/[\uDDE6-\uDDFF]|[\uDC00-\uDC10]/g)));
