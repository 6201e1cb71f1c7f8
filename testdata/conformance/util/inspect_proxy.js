'use strict';
const util = require('util');
console.log(util.inspect(new Proxy({ a: 1 }, { get() { throw new Error('trap'); } })));
const r = Proxy.revocable({}, {}); r.revoke();
console.log(util.inspect(r.proxy), util.inspect({ p: r.proxy }));
console.log(util.inspect(new Proxy([1, 2], {})), util.inspect(new Proxy({ x: { y: 1 } }, {})));
