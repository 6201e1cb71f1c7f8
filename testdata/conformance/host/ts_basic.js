// The JavaScript twin of ts_basic.ts: node's output for it is ts_basic.stdout.
const { default: describe, Circle, Color } = require('./fixtures/ts/shapes.twin.js');

class Animal {
  constructor(sound) { this.sound = sound; }
  speak() { return `${this.kind()} says ${this.sound}`; }
}
class Dog extends Animal {
  constructor() { super('woof'); }
  kind() { return 'dog'; }
}
function first(items) { return items[0]; }
function pair(a, b) { return [a, b]; }
const Util = { twice: (n) => n * 2 };
const opts = { level: 3 };
const maybe = Math.random() > 2 ? null : 'present';

const c = new Circle(2);
const s = c;
const p = c.center;
console.log(describe(s));
console.log(p.x, p.y);
console.log(Color.Red, Color.Green, Color.Blue, Color[5], Color[6]);
console.log('UP', 'DOWN');
console.log(new Dog().speak());
console.log(first([10, 20]), first([]));
console.log(pair(1, 'b').join(','));
console.log(Util.twice(21));
console.log(opts.level, opts.verbose);
console.log(maybe.length);
let n = 0;
n += 1;
console.log(n, typeof null);
