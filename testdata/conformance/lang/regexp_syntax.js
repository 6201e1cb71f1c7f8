'use strict';
// Patterns V8 refuses get V8's SyntaxError message; the patterns Annex B
// allows without the u flag match as in node (goja's two engines read \c,
// [\B], [\d-z] and huge counts differently); the d flag's indices.
const cases = String.raw`{ } ] a{ a{1 a{1, a{1,2 a{,2} {1} a{1}{2} a|* a|{1} (*) ^* $* \b* \B{1} (?=a)? (?!a)+ (?<=a)? (?<!a){1} a{2,1} a{99999999999} a{99999999999,1} \ a\ \c \c1 \c_ \c* [\c] [\c1] [\c_] [\c*] [\ca] \ca \x \x4 \x4g \xg \u \u1 \u12345 \u{ \u{} \u{41 \u{110000} \u{10FFFF} \u{0041} \0 \00 \01 \07 \08 \1 \2 (a)\2 (a)\1 \8 \9 [\0] [\00] [\1] [\8] [\b] [\B] \B [\d-z] [z-\d] [\d-\w] [a-] [-a] [a-b-c] [b-a] [\s-\d] \k \k< \k<a \k<a> (?<a>x)\k (?<a>x)\k< (?<a>x)\k<b> \k<b>(?<a>x) (?<a>x)(?<a>y) (?<a>x)|(?<a>y) (?<1>x) (?<a-b>x) (?<>x) (?<a x) (?<$a>x) (?<_a1>x) (?<\u0061>x) (?<é>x) ( ) (() ()) (?x) (? (?: (?:a (?= (?<= (?<x (?i:a) \p \P \p{ \p{L \p{L} \p{Foo} \p{L}} [\p{L}] [\p] [\P] [\p{} [\p{Foo}] \- [\-] \/ \_ \a \e \z \$ \^ \. \* \+ \? \( \) \[ \] \{ \} \| \: \= \! \< \> \, \" \' \@ \# \% \& \~ \` \é [\a] [\/] [\.] [\$] [\k] [\-a] [a\-b] \cA+ a{1}? a?? a+* a??? [\c1-\d] [\d-\c1] [[::] [[:alpha:]] [a[] {2,1} a|{2,1} a*{2,1} a{2,1}? [\k<a>](?<a>x) [\k]`.split(' ');
const subject = '\\c1\x11x\\\x1f_aAB-8k{}]\0';
for (const p of cases) {
  for (const f of ['', 'u']) {
    let out;
    try {
      const re = new RegExp(p, f + 'g');
      out = 'ok';
      const all = subject.match(re);
      re.lastIndex = 2; // a match from a lastIndex takes the other engine
      const from2 = re.exec('é' + subject);
      out += ' ' + JSON.stringify(all) + ' ' + JSON.stringify(from2 && [from2[0], from2.index]);
    } catch (e) {
      out = e.name + ': ' + e.message;
    }
    console.log(JSON.stringify(p), f || '-', out);
  }
}

// Flags in messages are in V8's order.
for (const [p, f] of [['(', 'ig'], ['a/(', ''], ['(?<a>x)\\k<b>', 'gi'], ['a', 'gg'], ['a', 'dd'], ['a', 'x']]) {
  try { new RegExp(p, f); console.log('ok', p, f); } catch (e) { console.log(e.name + ': ' + e.message); }
}
for (const src of ['/a**/', '/(?<a>x)\\k<b>/', '/[\\d-z]/u', '/\\p/u']) {
  try { eval(src); console.log('ok', src); } catch (e) { console.log(e.name + ': ' + e.message); }
}

// The d flag.
const util = require('util');
const m = /a(b)?(?<n>c)/d.exec('xac');
console.log(Object.keys(m), m.indices, Object.keys(m.indices), m.indices.groups);
const m2 = /a(b)?/d.exec('xa');
console.log(m2.indices, Object.keys(m2.indices), m2.indices.groups);
console.log(/a/dgimsy.flags, /a/d.hasIndices, /a/.hasIndices, RegExp.prototype.hasIndices);
console.log('aXbX'.replace(/X/dg, '-'), [...'a1b2'.matchAll(/\d/dg)].map((x) => x.indices[0]));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(m, 'indices')));
console.log(util.inspect(m));
console.log(new RegExp('é(x)', 'd').exec('aéx').indices, /😀(x)/du.exec('a😀x').indices);
console.log(String(/a/dg), new RegExp(/a/d).flags, new RegExp(/a/d, 'g').hasIndices);
console.log(Object.getOwnPropertyNames(RegExp.prototype).join());

// Property escapes in code the loader does not lower (eval, new Function).
const re = eval('/\\p{L}+/u');
console.log(re.test('é'), re.test('p'), JSON.stringify('xéa1'.match(eval('/\\p{L}+/gu'))));
console.log(new Function('return /\\P{L}/u')().test('1'));
try { eval('/\\p{0}/gu'); } catch (e) { console.log(e.name + ': ' + e.message); }
