// util.types.isProxy: proxies of objects and functions, revoked ones too;
// process.env is not one (a host object, as in node).
const util=require('util');
const p = new Proxy({}, {}); const r = Proxy.revocable(function(){}, {}); r.revoke();
console.log(util.types.isProxy(p), util.types.isProxy(new Proxy(function(){}, {})), util.types.isProxy({}), util.types.isProxy(r.proxy), util.types.isProxy(process.env), util.types.isProxy(1));
