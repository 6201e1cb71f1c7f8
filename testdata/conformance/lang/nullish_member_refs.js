// A destructuring or logical assignment to a member of undefined or null: the
// value is read first, then the store fails with V8's message (goja made the
// reference at once: 'Cannot convert undefined or null to object').
const t = (n, f) => { try { console.log(n, JSON.stringify(f())); } catch (e) { console.log(n, e.constructor.name, e.message); } };
t('||=', () => { let o = {}; o.a.b ||= 1; });
t('&&=', () => { let o = {}; o.a.b &&= 1; });
t('??=', () => { let o = {}; o.a['k'] ??= 1; });
t('obj key', () => { let o = {}; [o.a[{}]] = [1]; });
t('sym key', () => { let o = {}; [o.a[Symbol('s')]] = [1]; });
t('null base', () => { let o = { a: null }; ({ x: o.a.b } = { x: 1 }); });
t('toString key order', () => { const log = []; let o = {}; const k = { toString() { log.push('key'); return 'k'; } }; try { [o.a[k]] = [1]; } catch (e) { log.push(e.message); } return log; });
t('ok path', () => { const o = { a: {} }; ({ x: o.a.b } = { x: 5 }); [o.a['c']] = [6]; o.a.d ||= 7; return o; });
t('strict frozen', () => { 'use strict'; const o = { a: Object.freeze({}) }; ({ x: o.a.b } = { x: 1 }); });
t('primitive base', () => { const s = 'str'; ({ x: s.len } = { x: 1 }); return s.len; });
const log = [];
const src = { get x() { log.push('get x'); return 1; } };
const o = { a: { set b(v) { log.push('set b ' + v); } } };
({ x: o.a.b } = src);
[o.a['b']] = [2];
const arr = [];
[arr[0], arr[1] = 'd'] = ['z'];
({ y: arr.len, ...arr.rest } = { y: 1, p: 2, q: 3 });
try { ({ x: (void 0).b } = src); } catch (e) { log.push(e.message); }
console.log(log.join(' | '), JSON.stringify(arr), JSON.stringify(arr.rest), arr.len);
(function () { 'use strict'; const f = Object.freeze({}); try { ({ x: f.k } = { x: 1 }); } catch (e) { console.log(e.message); } })();
