// inspect of proxies: from the target without running traps, showProxy, revoked proxies
// (console.dir too), a custom inspect function called with the proxy as this.
const util = require('util');
const r = Proxy.revocable({}, {}); r.revoke();
console.dir(r); console.dir(r.proxy); console.log(r.proxy); console.log(util.inspect(r.proxy, { showProxy: true }));
const p = new Proxy({ a: 1, b: [1, 2] }, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap2'); } });
console.log(p, util.inspect(p, { showProxy: true }));
console.log(new Proxy([1, 2, 3], {}), new Proxy(function f() {}, {}), util.inspect(new Proxy(new Proxy({}, {}), {}), { showProxy: true, depth: 0 }));
class C { [util.inspect.custom]() { return this === px ? 'proxy this' : 'target this'; } }
const px = new Proxy(new C(), {});
console.log(px, util.format('%o', new Proxy({ x: 1 }, {})));
