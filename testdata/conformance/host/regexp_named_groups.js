// Named capture groups: numbering, groups, $<name>, back references, and
// the constructor scripts see (gojanet rewrites named patterns for goja).
const show = (m) => m && [...m, m.index, m.input, m.groups && { ...m.groups }];
console.log(show('ab'.match(/(?<y>a)(b)/)));
console.log(show(/(a)(?<n>b)(c)/.exec('abc')));
console.log('2024-05'.replace(/(?<y>\d+)-(\d+)/, '$2/$1 $<y> $<none>|$&|$$'));
console.log('2024-05'.replace(/(?<y>\d+)-(?<m>\d+)/g, (...a) => JSON.stringify(a)));
const re = new RegExp('(?<w>\\w)\\k<w>', 'g');
console.log([...'aabbcd'.matchAll(re)].map((m) => [m[0], m.index, m.groups.w]));
console.log(re.source, String(re), re.flags, re instanceof RegExp, re.constructor === RegExp, RegExp(re) === re);
console.log(new RegExp(re, 'i').exec('AA').groups.w, new RegExp(re).source);
console.log('a-b_c'.split(/(?<sep>[-_])/));
console.log('x1x2'.replaceAll(/(?<d>\d)/g, '<$<d>>'));
console.log(/(?<=x)y/.test('xy'), /(?<!x)y/.test('xy'), /[(?<x>]/.test('<'), /\(?<a>/.test('<a>'));
class R extends RegExp {}
const r = new R('(?<q>z)');
console.log({ ...r.exec('z').groups }, r instanceof R, r instanceof RegExp);
console.log(Object.prototype.toString.call(re), typeof RegExp, RegExp.name, RegExp.length, RegExp.prototype.constructor === RegExp);
const { groups: { year, month } } = /(?<year>\d{4})-(?<month>\d\d)/u.exec('2024-05');
console.log(year, month);
console.log(/(?<a>x)|(?<b>y)/.exec('y').groups.a, 'q'.match(/(?<n>z)?q/).groups.n);
try { new RegExp('(?<a>x)(?<a>y)'); console.log('accepted'); } catch (e) { console.log(e.name); }
console.log('abc'.search(/(?<c>c)/), /(?<k>b)/.test('abc'), 'zz'.match(/(?<z>z)/g));
