// Update operators on variables (goja's gojanet_fusedinc.go fuses x++, ++x,
// x--, --x on stack and stash variables holding integers): every kind of
// variable and value, on the integer path and off it; the output is node 20's.
'use strict';
const out = [];
// stash vars (captured), value used and not, prefix and postfix
function mk() {
  var idx = 0, sync = 0; let l = 10; var f = 1.5, s = '7', o = { valueOf() { out.push('valueOf'); return 3; } }, b = 5n, u;
  var big = 2 ** 53 - 2, neg = 0, max = 255, mn = -256;
  return function step() {
    const r = [++sync, idx++, --l, l--, idx, sync, l];
    sync++; idx--; l++; --l;
    r.push(f++, ++f, s++, ++s, typeof s, o++, typeof o, o, b++, ++b, typeof b, u++, u);
    r.push(++big, ++big, big++, big, neg--, --neg, neg, max++, ++max, mn--, --mn);
    return r.join();
  };
}
const st = mk();
out.push(st(), st());
// stack vars, var and let, in a loop and as values
function loc(a, k) {
  var i = 0, n = a; let j = 0, m = 'x';
  const r = [];
  for (i = 0; i < 3; i++) r.push(i);
  for (let q = 5; q > 2; q--) r.push(q);
  while (j < 3) r.push(j++);
  r.push(n++, ++n, n--, --n, m++, typeof m, k++, ++k, k);
  a++; a--; --a; ++a;
  r.push(a, arguments.length);
  return r.join();
}
out.push(loc(1, 2), loc(2.5, '3'), loc(9007199254740991, undefined));
// arguments in the stash (a closure captures one)
function args(a, b) {
  var i = 0, c = b;
  const g = () => a;
  for (var k = 0; k < 2; k++) i++;
  c++; ++c;
  return [i, c++, ++c, g(), a++, ++a, g()].join();
}
out.push(args(1, 2), args('z', 1.5));
// temporal dead zone and const
function tdz() {
  try { x++; } catch (e) { out.push(e.constructor.name); }
  try { const y = ++x; out.push(y); } catch (e) { out.push(e.constructor.name); }
  let x = 1;
  const c = 1;
  try { c++; } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
  try { out.push(++c); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
  return x;
}
out.push(tdz());
function tdzc() {
  const g = () => { try { return z++; } catch (e) { return e.constructor.name; } };
  const r = g();
  let z = 4;
  return [r, g(), z].join();
}
out.push(tdzc());
// a throwing valueOf on the stash and stack paths
function thr() {
  let o = { valueOf() { throw new Error('v'); } };
  let p = o;
  const h = () => { try { return ++o; } catch (e) { return e.message; } };
  try { p++; } catch (e) { out.push('stack ' + e.message + ' ' + (p === o)); }
  return h() + ' ' + typeof o;
}
out.push(thr());
// symbol
function sym() { let s = Symbol('q'); try { s++; } catch (e) { return e.constructor.name + ': ' + e.message; } }
out.push(sym());
// sloppy: a global and a with-scoped name are not fused, still right
out.push(new Function('var n = 1; n++; ++n; return n + ":" + (n++) + ":" + n;')());
console.log(out.join('\n'));
