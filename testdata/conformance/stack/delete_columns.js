// Where V8 reports a failed delete: at the object's expression.
const t = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { const at = e.stack.split('\n')[1]; console.log(n, e.message, at.slice(at.lastIndexOf(':', at.lastIndexOf(':') - 1) + 1).replace(')', '')); } };
t('delete dot', () => { let o = {}; delete o.a.b; });
t('delete elem', () => { let o = {}; delete o.a['b']; });
t('delete call', () => { const f = () => undefined; delete f().x; });
t('strict frozen', () => { 'use strict'; const o = { a: Object.freeze({ b: 1 }) }; delete o.a.b; });
t('strict frozen elem', () => { 'use strict'; const o = { a: Object.freeze({ b: 1 }) }; delete o.a['b']; });
