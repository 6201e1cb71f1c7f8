// Where V8 reports a failed member access: a store at its '=' (goja
// reported the member's name), a method read of undefined at the method's
// name (goja reported the object before it); reads as before.
const cases = [
  () => { let u; u.x = 1; },
  () => { let u; u.x.y = 1; },
  () => { let o = {}; o.a.b = 2; },
  () => { let o = {}; o.a.b += 2; },
  () => { let o = {}; o.a['k'] = 2; },
  () => { let o = {}; o.a.b; },
  () => { let o = {}; o.a.f(); },
  () => { let o = {}; o.f(); },
  () => { let o = {}; o.a.b++; },
  () => { null.x; },
  () => { let o = {}; o.a[0] = 1; },
  () => { let o = {}; new o.C(); },
  () => { 'use strict'; const f = Object.freeze({}); f.x = 1; },
  () => { let o = {}; o.a
    .b = 3; },
];
for (const c of cases) {
  try {
    c();
  } catch (e) {
    const at = e.stack.split('\n')[1];
    console.log(at.slice(at.lastIndexOf(':', at.lastIndexOf(':') - 1) + 1).replace(')', ''), e.message);
  }
}
