// JSON.stringify of a cycle: V8's message names the path that closes it.
function t(f) { try { f() } catch (e) { console.log(JSON.stringify(e.message)) } }
t(() => { const o = {}; o.o = o; JSON.stringify(o); });
t(() => { const o = { a: [{}] }; o.a[0].b = o; JSON.stringify(o); });
t(() => { const a = { b: { c: { d: { e: { f: {} } } } } }; a.b.c.d.e.f.g = a.b; JSON.stringify(a); });
t(() => { class Foo {} const f = new Foo(); f.self = f; JSON.stringify({ x: f }); });
t(() => { const n = Object.create(null); n.n = n; JSON.stringify(n); });
t(() => { const a = []; a.push(a); JSON.stringify(a); });
t(() => { const o = {}; o['we ird'] = o; JSON.stringify(o); });
t(() => { const o = {}; o[1] = o; JSON.stringify(o); });
t(() => { const m = new Map(); const o = { m }; m.toJSON = () => o; JSON.stringify(o); });
t(() => { const o = { toJSON() { return { p: o2 }; } }; var o2 = { q: o }; JSON.stringify(o2); });
t(() => { const a = { b: { c: { d: { e: {} } } } }; a.b.c.d.e.f = a.b.c; JSON.stringify(a); });
t(() => { const a = { b: { c: { d: {} } } }; a.b.c.d.e = a; JSON.stringify(a); });
t(() => { const o = {}; o.o = o; JSON.stringify(o, null, 2); });
t(() => { const o = {}; o.o = o; JSON.stringify(o, (k, v) => v); });
