// A script that replaced Object.isExtensible before its first
// require('stream'): pipe() calls no script's function (node's takes its
// intrinsics at start-up; gojanet's pipe asks whether it may keep its record
// on the two streams with the start-up's Object.isExtensible).
let calls = 0;
const orig = Object.isExtensible;
Object.isExtensible = function(o) {
  calls++;
  return orig(o);
};
const { Readable, Writable, PassThrough } = require('stream');
const out = [];
const sink = (name) => new Writable({
  write(c, e, cb) {
    out.push(name + ':' + c);
    cb();
  },
});
const r = new Readable({ read() {} });
const w = sink('w');
const w2 = sink('w2');
// (a chain, and a second pipe from the same source)
r.pipe(new PassThrough()).pipe(w);
r.pipe(w2);
let left = 2;
const done = () => {
  if (--left !== 0) return;
  Object.isExtensible = orig;
  console.log(out.sort().join(','), 'isExtensible calls:', calls);
};
w.on('finish', done);
w2.on('finish', done);
r.push('a');
r.push('b');
r.push(null);
