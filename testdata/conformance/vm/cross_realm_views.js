// Typed arrays and DataViews crossing between a vm context and the main
// realm stay views (node: one isolate): brand checks accept them, the bytes
// are shared, identity holds both ways, and instanceof tells realms apart.
const vm = require('vm');
const util = require('util');
const ctx = vm.createContext({ ext: new Uint8Array([1, 2, 3]), buf: Buffer.from('hi'), log: console.log, U8: Uint8Array, f64: new Float64Array([1.5]) });
vm.runInContext(`
  log('in context:', ArrayBuffer.isView(ext), ext instanceof Uint8Array, ext instanceof U8, ext.length, Object.prototype.toString.call(ext));
  ext[0] = 9;
  log(buf.toString(), buf.length, ArrayBuffer.isView(buf), typeof buf.readUInt8, buf.readUInt8(1));
  log(f64[0], ArrayBuffer.isView(f64), new Uint8Array(ext.buffer.slice(1)).join());
  var mine = new Uint8Array([7, 8]);
  var dv = new DataView(new ArrayBuffer(4)); dv.setUint8(0, 5);
  var big = new BigInt64Array([-3n]);
`, ctx);
console.log('written in context:', ctx.ext[0], ctx.ext === ctx.ext);
const mine = ctx.mine;
console.log(ArrayBuffer.isView(mine), mine instanceof Uint8Array, util.types.isUint8Array(mine), Buffer.from(mine), mine.length);
console.log(ArrayBuffer.isView(ctx.dv), ctx.dv.getUint8(0), util.types.isDataView(ctx.dv), ctx.big[0], util.types.isBigInt64Array(ctx.big));
mine[1] = 42;
console.log(vm.runInContext('mine[1]', ctx), ctx.mine === mine, vm.runInContext('mine', ctx) === mine);
console.log(vm.runInContext('(x) => x', ctx)(ctx.ext) === ctx.ext);
console.log(Buffer.concat([mine, Buffer.from('!')]), Buffer.compare(mine, Buffer.from([7, 42])));
const { Writable } = require('stream');
const got = [];
const w = new Writable({ write(chunk, enc, cb) { got.push(Buffer.isBuffer(chunk), chunk.toString('hex')); cb(); } });
w.write(mine);
w.end(() => console.log('writable:', got.join(' ')));
