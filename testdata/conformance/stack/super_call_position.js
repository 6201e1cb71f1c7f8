// A frame calling super(...) is at the `super` keyword, as in V8 (goja put
// it at the parenthesis); plain calls are at the callee's name.
const where = (line) => line.replace(/^\s*at /, '').replace(/\(.*\/([^/]+):/, '($1:');
class A { constructor() { console.log(new Error('x').stack.split('\n').slice(1, 3).map(where).join(' | ')); } }
class B extends A {
    constructor() {
        super();
    }
}
new B();
function f() { console.log(new Error('y').stack.split('\n').slice(1, 3).map(where).join(' | ')); }
class C { constructor() {
        f();
} }
new C();
class D extends B {
  constructor(...args) { super(...args); }
}
new D(1, 2);
