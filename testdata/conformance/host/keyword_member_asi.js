// A member named by a keyword ends a statement at a newline (no semicolons,
// as in mime-types 3, which koa loads): goja's parser refuses this, so
// gojanet compiles esbuild's reprint of the file.
const o = { default: 1, if: 2, new: 3 }
const a = o.default
const b = o.if
const c = o.new
let d = o
  .default
console.log(a, b, c, d)
console.log('line', /keyword_member_asi\.js:(\d+)/.exec(new Error('where').stack)[1])
