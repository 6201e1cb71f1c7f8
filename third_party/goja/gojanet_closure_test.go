package goja

import "testing"

// Closures made with their shape at once (func.go initNamedIn): name and
// length as the shape path made them, then deleted, redefined, frozen
// (names sorted: goja lists a lazily made prototype first).
func TestClosureShape(t *testing.T) {
	runSymbolScript(t, `const out = [];
const p = (x) => out.push(JSON.stringify(x));
function mk(i) { return [function named(a, b) { return i; }, (x) => x + i, { m(a, b, c) { return i; } }.m, function () {}]; }
for (let i = 0; i < 3; i++) {
  for (const f of mk(i)) {
    p([f.name, f.length, Object.getOwnPropertyNames(f).filter((n) => n !== 'arguments' && n !== 'caller').sort(), Object.getOwnPropertyDescriptor(f, 'name'), Object.getOwnPropertyDescriptor(f, 'length')]);
    if (i === 1) { delete f.name; f.extra = 1; p([f.name, Object.keys(f), f.hasOwnProperty('name')]); }
    if (i === 2) { Object.defineProperty(f, 'length', { value: 9 }); Object.defineProperty(f, 'name', { value: 'nn', enumerable: true }); p([f.length, f.name, Object.keys(f)]); }
  }
}
const fs = []; for (let i = 0; i < 3; i++) fs.push(() => i);
Object.freeze(fs[0]); p([Object.isFrozen(fs[0]), Object.isFrozen(fs[1]), fs[1].name, fs.map((f) => f())]);
out.join('\n');
`, `["named",2,["length","name","prototype"],{"value":"named","writable":false,"enumerable":false,"configurable":true},{"value":2,"writable":false,"enumerable":false,"configurable":true}]
["",1,["length","name"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":1,"writable":false,"enumerable":false,"configurable":true}]
["m",3,["length","name"],{"value":"m","writable":false,"enumerable":false,"configurable":true},{"value":3,"writable":false,"enumerable":false,"configurable":true}]
["",0,["length","name","prototype"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":0,"writable":false,"enumerable":false,"configurable":true}]
["named",2,["length","name","prototype"],{"value":"named","writable":false,"enumerable":false,"configurable":true},{"value":2,"writable":false,"enumerable":false,"configurable":true}]
["",["extra"],false]
["",1,["length","name"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":1,"writable":false,"enumerable":false,"configurable":true}]
["",["extra"],false]
["m",3,["length","name"],{"value":"m","writable":false,"enumerable":false,"configurable":true},{"value":3,"writable":false,"enumerable":false,"configurable":true}]
["",["extra"],false]
["",0,["length","name","prototype"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":0,"writable":false,"enumerable":false,"configurable":true}]
["",["extra"],false]
["named",2,["length","name","prototype"],{"value":"named","writable":false,"enumerable":false,"configurable":true},{"value":2,"writable":false,"enumerable":false,"configurable":true}]
[9,"nn",["name"]]
["",1,["length","name"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":1,"writable":false,"enumerable":false,"configurable":true}]
[9,"nn",["name"]]
["m",3,["length","name"],{"value":"m","writable":false,"enumerable":false,"configurable":true},{"value":3,"writable":false,"enumerable":false,"configurable":true}]
[9,"nn",["name"]]
["",0,["length","name","prototype"],{"value":"","writable":false,"enumerable":false,"configurable":true},{"value":0,"writable":false,"enumerable":false,"configurable":true}]
[9,"nn",["name"]]
[true,false,"",[0,1,2]]`)
}

// Stashes of 9 to 24 values are one allocation with them (vm.go newStashN):
// closures reading and writing them, and a sloppy eval adding to one.
func TestStashSizes(t *testing.T) {
	runSymbolScript(t, `const out = [];
function mk(n) {
  const src = [];
  for (let i = 0; i < n; i++) src.push('var v' + i + ' = ' + i + ';');
  src.push('return [() => ' + Array.from({ length: n }, (_, i) => 'v' + i).join(' + ') + ', (k) => { v0 += k; v' + (n - 1) + ' *= 2; }];');
  return new Function(src.join('\n'));
}
for (const n of [1, 4, 8, 9, 12, 16, 17, 20, 24, 25, 40]) {
  const [sum, bump] = mk(n)();
  const a = sum(); bump(3); out.push(n + ':' + a + ':' + sum());
}
function sloppy() { var a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10; eval('var extra = 11; var more = 12'); return (() => a + j + extra + more)(); }
out.push(sloppy());
out.join(',');
`, `1:0:6,4:6:12,8:28:38,9:36:47,12:66:80,16:120:138,17:136:155,20:190:212,24:276:302,25:300:327,40:780:822,34`)
}
