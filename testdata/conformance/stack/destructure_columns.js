// Where V8 reports a failed destructuring: at the property its message names,
// or at the pattern when it names none; stores to members of undefined.
const t = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { const at = e.stack.split('\n')[1]; console.log(n, e.message, at.slice(at.lastIndexOf(':', at.lastIndexOf(':') - 1) + 1).replace(')', '')); } };
t('getter in pattern', () => { const { a, b } = { a: 1, get b() { throw new Error('g'); } }; });
t('default throws', () => { const { a, b = (() => { throw new Error('d'); })() } = { a: 1 }; });
t('second nested', () => { const { a, b: { c } } = { a: 1 }; });
t('assign pattern', () => { let x, y; ({ x, y: { y } } = { x: 1 }); });
t('param', () => { function f({ p, q: { r } }) {} f({ p: 1 }); });
t('computed', () => { const k = 'w'; const { [k]: v } = null; });
t('empty', () => { const {} = null; });
t('obj pattern', () => { let o = {}; ({ x: o.a.b } = { x: 1 }); });
t('arr pattern', () => { let o = {}; [o.a.b] = [1]; });
t('arr elem', () => { let o = {}; [o.a[0]] = [1]; });
t('const destr', () => { let o = {}; const { z } = o.a; });
t('param destr', () => { (({ q }) => q)(undefined); });
t('nested', () => { const { a: { b } } = {}; });
