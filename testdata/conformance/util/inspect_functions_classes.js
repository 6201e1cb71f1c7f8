'use strict';
const util = require('util');
class A {}
class B extends A {
  constructor() {
    super();
    this.x = 1;
  }
}
function plain() {}
const anon = (() => function () {})();
console.log(util.inspect(A), util.inspect(B), util.inspect(class {}));
console.log(util.inspect(plain), util.inspect(anon), util.inspect(() => {}));
console.log(util.inspect(async function af() {}), util.inspect(function* gen() {}));
console.log(util.inspect(async () => {}));
const withProps = function withProps() {};
withProps.a = 1;
withProps.b = { c: 2 };
console.log(util.inspect(withProps));
console.log(util.inspect(Object.assign(() => {}, { z: 1 })));
console.log(util.inspect(new B()), util.inspect(new A()));
console.log(util.inspect({ inst: new B(), cls: B, fn: plain }));
class WithTag {
  get [Symbol.toStringTag]() { return 'Tagged'; }
}
console.log(util.inspect(new WithTag()));
console.log(util.inspect({ [Symbol.toStringTag]: 'Own', a: 1 }));
console.log(util.inspect(Math), util.inspect(JSON));
console.log(util.inspect(Object.create(null)));
console.log(util.inspect(Object.assign(Object.create(null), { a: 1 })));
console.log(util.inspect(Object.create({})));
function Legacy() { this.v = 1; }
Legacy.prototype.method = function () {};
console.log(util.inspect(new Legacy()));
console.log(util.inspect(Legacy.prototype));
const protoless = Object.create(Object.create(null));
console.log(util.inspect(protoless));
console.log(util.inspect([A, B, plain]));
console.log(util.inspect(Symbol.prototype.toString));
console.log(util.inspect(Object), util.inspect(Array), util.inspect(Map));
