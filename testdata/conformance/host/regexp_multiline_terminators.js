// Multiline ^ and $ end lines at every ECMAScript line terminator
// (\n, \r, U+2028, U+2029), not at \n alone; `.` stops at all four.
const inputs = ['a\nb', 'a\r\nb', 'a\rb', 'a\u2028b', 'a\u2029b', 'HTTP/1.1 304\r\n\r\n'];
for (const s of inputs) {
  const shown = JSON.stringify(s);
  console.log(shown, /a$/m.test(s), /^b/m.test(s), JSON.stringify(s.match(/^.*$/gm)));
  console.log(shown, JSON.stringify(s.split(/$/m)), JSON.stringify(s.replace(/^/gm, '> ')));
}
// Without the m flag the anchors are the input's ends only.
console.log(/a$/.test('a\r'), /^b/.test('\rb'), /a$/.test('a'));
// Anchors inside groups, alternations and lookarounds (regexp2's path) and escaped ones.
console.log(JSON.stringify('x1\ry2\u2028z3'.match(/(?:^|,)([a-z])\d$/gm)));
console.log(JSON.stringify('p\rq'.match(/(?<=^)q/m)), /\$$/m.test('$\r'), /[$^]/m.test('^'));
console.log(JSON.stringify('0\r\n1\r\n'.match(/\d(?=$)/gm)));
// `.` on regexp2's path (a lookahead sends it there) and on Go's.
console.log(/(?=a)a.b/.test('a\u2028b'), /(?=a)a.b/.test('a\u2029b'), /(?=a)a.b/.test('a\rb'), /(?=a)a.b/.test('a\tb'));
console.log(/a.b/.test('a\u2028b'), /a.b/s.test('a\u2028b'), /(?=a)a.b/s.test('a\u2029b'));
