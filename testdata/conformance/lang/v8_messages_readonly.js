'use strict';
// Strict-mode writes that fail: V8's messages name the property and the object (#<Foo>, [object Array], a function's source, a string's value).
function t(f) { try { f(); console.log('ok') } catch (e) { console.log(e.constructor.name + ': ' + e.message) } }
t(() => { const o = Object.freeze({ x: 1 }); o.x = 2; });
t(() => { const a = Object.freeze([1]); a[0] = 2; });
t(() => { function f() {} Object.defineProperty(f, 'y', { value: 1 }); f.y = 2; });
t(() => { class Foo { constructor() { Object.defineProperty(this, 'z', { value: 1 }); } } new Foo().z = 2; });
t(() => { const s = 'abc'; s.x = 1; });
t(() => { const n = 5; n.x = 1; });
t(() => { const s = 'abc'; s[0] = 'x'; });
t(() => { const s = 'abc'; s.length = 1; });
t(() => { Math.PI = 1; });
t(() => { const o = Object.preventExtensions({}); o.y = 1; });
t(() => { const o = Object.preventExtensions([]); o.push(1); });
t(() => { const o = { get x() { return 1; } }; o.x = 2; });
t(() => { undefined.x = 1; });
t(() => { const o = Object.freeze({}); delete o.x; o.q = 1; });
t(() => { const o = Object.freeze({ a: 1 }); delete o.a; });
