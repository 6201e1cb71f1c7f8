// util.types on async generator functions (gojanet lowers them with esbuild;
// inspect takes their prototype from internal/async_generator).
const util = require('util');
const t = util.types;
async function* ag() {}
function* g() {}
async function af() {}
const o = { async *m() {}, async n() {}, *k() {}, p() {} };
for (const [name, f] of Object.entries({ ag, g, af, m: o.m, n: o.n, k: o.k, p: o.p, arrow: () => {}, plain: function () {} })) {
  console.log(name, t.isAsyncFunction(f), t.isGeneratorFunction(f));
}
console.log(Object.getPrototypeOf(ag) === Object.getPrototypeOf(o.m));
console.log(util.inspect(g), util.inspect(af), util.inspect(o.n));
