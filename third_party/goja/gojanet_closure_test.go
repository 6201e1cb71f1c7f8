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
