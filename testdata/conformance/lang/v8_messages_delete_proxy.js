'use strict';
function t(f){try{f()}catch(e){console.log(e.constructor.name+': '+e.message)}}
t(()=>Object.keys(new Proxy([], {ownKeys(){return []}})));
t(()=>Object.keys(new Proxy(Object.preventExtensions({a:1}), {ownKeys(){return []}})));
t(()=>Object.keys(new Proxy(Object.preventExtensions({a:1}), {ownKeys(){return ['a','b']}})));
t(()=>Reflect.ownKeys(new Proxy(Object.defineProperty({}, Symbol('s'), {value:1}), {ownKeys(){return []}})));
t(()=>{delete process.exitCode});
t(()=>{Object.defineProperty(process,'zz',{value:1}); delete process.zz});
t(()=>{delete Object.freeze({a:1}).a});
t(()=>{delete Object.freeze([1])[0]});
t(()=>{delete Object.freeze(new (class Foo{})()).x; const o = Object.freeze(new (class Foo{constructor(){this.x=1}})()); delete o.x});
t(()=>{const o=Object.freeze(Object.create(null, {a:{value:1, enumerable:true}})); delete o.a});
t(()=>{delete Math.PI});
t(()=>{const f=function(){}; delete f.prototype});
t(()=>{const o=Object.freeze({a:1, [Symbol.toStringTag]:'TT'}); delete o.a});
t(()=>{const s=Symbol('q'); const o=Object.freeze({[s]:1}); delete o[s]});
