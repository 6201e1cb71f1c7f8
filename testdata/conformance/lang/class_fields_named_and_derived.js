// Class fields named like modifiers (get, set, async, static) and a base
// class's private and arrow fields initialized from derived constructors
// that take arguments (hono's Context and HonoBase do both).
class Base {
  get;
  set = (key, value) => { this.#vars.set(key, value); return this; };
  async = 'async field';
  #vars = new Map();
  #path = '/';
  fire = () => this.#path;
  static get = 'static get';
  static #count = 0;
  static make = () => ++Base.#count;
  get size() { return this.#vars.size; }
}
class One extends Base { constructor(options) { super(options); } }
class Defaulted extends Base { constructor(options = {}) { super(options); this.options = options; } }
class Many extends Base { constructor(a, b, c) { super(a, b, c); } }
for (const C of [One, Defaulted, Many]) {
  const o = new C(1, 2, 3);
  console.log(C.name, o.fire(), o.set('a', 1).set('b', 2).size, o.get, o.async, Object.keys(o));
}
console.log(Base.get, Base.make(), Base.make());
class Bare { get }
console.log(Object.keys(new Bare()));
