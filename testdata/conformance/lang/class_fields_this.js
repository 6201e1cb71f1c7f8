// Class fields goja miscompiles at a module's top level (inside the
// five-parameter module wrapper): a computed-key field next to an arrow
// field using `this` (undici's PoolBase), and a static arrow field using
// `this` before another class with static elements (bson's ObjectId).
const EventEmitter = require('events');
const kQueue = Symbol('queue');
const kOnConnect = Symbol('onConnect');
class Base extends EventEmitter {}
class Pool extends Base {
  [kQueue] = [];
  count = 0;
  #secret = 41;
  [kOnConnect] = (origin, targets) => {
    this.count++;
    this.emit('connect', origin, [this, ...targets]);
  };
  get secret() { return this.#secret + 1; }
}
const p = new Pool();
p.on('connect', (origin, list) => console.log('connect', origin, list.length, list[0] === p));
p[kOnConnect]('http://x', [1, 2]);
console.log(p.count, p[kQueue], p.secret, Object.keys(p), Object.getOwnPropertySymbols(p).map(String));
class Counter {
  static n = 0;
  static bump = () => ++this.n;
  static { this.bump(); }
}
class After { static y = Counter.n; static { this.z = 2; } }
console.log(Counter.n, Counter.bump(), After.y, After.z);
let [a, b] = [1, 2];
[a, b] = [b, a];
console.log(a, b);
