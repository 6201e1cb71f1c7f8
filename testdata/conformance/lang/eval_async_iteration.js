// for await and async generators in code made at run time: direct and
// indirect eval, the Function constructors and a vm context's eval (a
// package evaluating a module wrapper, as Next.js's edge runtime does).
const vm = require('vm');
async function main() {
  const local = [1, 2, 3];
  const direct = eval('(async function () { let n = 0; for await (const x of local) n += x; return n; })');
  console.log('direct eval:', await direct());
  const indirect = (0, eval)('(function (module) { module.sum = async (xs) => { let n = 0; for await (const x of xs) n += x; return n; }; })');
  const m = {};
  indirect(m);
  console.log('indirect eval:', await m.sum([4, 5]));
  const gen = new Function('return async function* (n) { for (let i = 0; i < n; i++) yield i * 10; }')();
  const seen = [];
  for await (const v of gen(3)) seen.push(v);
  console.log('Function:', seen.join(','));
  const AsyncFunction = (async () => {}).constructor;
  const af = new AsyncFunction('xs', 'const out = []; for await (const x of xs) out.push(x + 1); return out;');
  console.log('AsyncFunction:', (await af([Promise.resolve(1), 2])).join(','));
  const strict = eval('"use strict"; (async () => { const out = []; for await (const c of (async function* () { yield "a"; yield "b"; })()) out.push(c); return out.join(""); })');
  console.log('strict eval:', await strict());
  const ctx = vm.createContext({});
  const inContext = await vm.runInContext('eval("(async function* () { yield 7; })")().next()', ctx);
  console.log('context eval:', inContext.value, inContext.done);
  try {
    eval('for await (const x of []) ;');
  } catch (e) {
    console.log('outside an async function:', e.name);
  }
  try {
    new Function('async function f() { for await (x of [1]) { }');
  } catch (e) {
    console.log('unbalanced:', e.name);
  }
}
main();
