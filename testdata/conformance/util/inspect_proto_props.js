// util.inspect with showHidden lists properties of user-made prototypes
// (getters called on the object itself, up to three levels, not past a
// built-in prototype); getters: true evaluates them.
const util = require('util');
class A { constructor() { this.own = 1; } get g() { return this.own + 1; } set s(v) {} }
A.prototype.field = 'proto';
class B extends A { get h() { return 'h'; } }
class C extends B {}
class D extends C { get deep() { return 1; } }
console.log(util.inspect(new A(), { showHidden: true }));
console.log(util.inspect(new A(), { showHidden: true, getters: true }));
console.log(util.inspect(new C(), { showHidden: true, getters: true }));
console.log(util.inspect(new D(), { showHidden: true, getters: 'get' }));
console.log(util.inspect({ nested: new B() }, { showHidden: true, depth: 0 }));
console.log(util.inspect(new (class E {})(), { showHidden: true }));
console.log(util.inspect(Object.create({ x: 1 }), { showHidden: true }));
console.log(util.inspect([new A()], { showHidden: true, getters: true, breakLength: 200 }));
class Thrower { get bad() { throw new Error('no'); } }
console.log(util.inspect(new Thrower(), { showHidden: true, getters: true }));
class M extends Map { get extra() { return 2; } }
console.log(util.inspect(new M([[1, 2]]), { showHidden: true, getters: true }));
