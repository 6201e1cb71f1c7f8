// import() inside an ES module: same namespace each time, CommonJS default.
const m = await import("./fixtures/esm_lib.mjs");
console.log(m.answer, m === await import("./fixtures/esm_lib.mjs"));
const c = await import("./fixtures/cjs_for_esm.js");
console.log(c.default.fromCjs, c.named);
