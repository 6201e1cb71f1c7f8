// Regular expressions, dates and boxed primitives crossing between a vm
// context and the main realm keep their identity: a global regexp read
// through an object of the other realm advances one lastIndex (js-tokens's
// tokenizer loops `while (m = tokens.default.exec(text))` that way, as
// @babel/code-frame runs it inside jest's test contexts).
'use strict';
const vm = require('vm');

const tokens = { default: /\w+|\s+/g };
const ctx = vm.createContext({ tokens, same: (a, b) => a === b, log: console.log });

console.log(vm.runInContext(`
  const out = [];
  let m;
  while ((m = tokens.default.exec('ab cd ef'))) {
    out.push(m[0]);
    if (out.length > 10) break;
  }
  out.join('|');
`, ctx));
console.log(vm.runInContext('tokens.default === tokens.default', ctx));
console.log(vm.runInContext('same(tokens.default, tokens.default)', ctx));

// A context's own values, seen from the main realm, are the same object
// every time they cross, and are theirs again when they cross back.
const inner = vm.runInContext(`
  globalThis.re = /x/y;
  globalThis.when = new Date(86400000);
  globalThis.boxed = new String('s');
  globalThis.isOurs = (v) => v === re || v === when || v === boxed;
  ({ re, when, boxed });
`, ctx);
console.log(inner.re === ctx.re, inner.when === ctx.when, inner.boxed === ctx.boxed);
console.log(ctx.isOurs(inner.re), ctx.isOurs(inner.when), ctx.isOurs(inner.boxed));
console.log(String(inner.re), inner.when.toISOString(), String(inner.boxed));

const seen = new Set([ctx.re, ctx.re, ctx.when, ctx.when]);
console.log(seen.size);

// A generator in the context consuming the main realm's regexp.
console.log(vm.runInContext(`
  function* words(text) {
    let m;
    while ((m = tokens.default.exec(text))) if (m[0].trim()) yield m[0];
  }
  [...words('one two  three')].join(',');
`, ctx));
