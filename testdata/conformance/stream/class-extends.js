'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (s) => console.log(s);
class Nums extends Readable {
  constructor() { super({ objectMode: true }); this.n = 0; }
  _read() { this.push(this.n < 3 ? this.n++ : null); }
}
class Double extends Transform {
  constructor() { super({ objectMode: true }); }
  _transform(x, e, cb) { cb(null, x * 2); }
  _flush(cb) { this.push('flushed'); cb(); }
}
class Collect extends Writable {
  constructor() { super({ objectMode: true }); this.items = []; }
  _write(x, e, cb) { this.items.push(x); cb(); }
  _final(cb) { log('final with ' + JSON.stringify(this.items)); cb(); }
}
class Echo extends Duplex {
  _read() {}
  _write(c, e, cb) { this.push(c); cb(); }
  _final(cb) { this.push(null); cb(); }
}
class MyPT extends PassThrough {}
const c = new Collect();
new Nums().pipe(new Double()).pipe(c).on('finish', () => log('finish ' + c.items.length));
const e = new Echo();
e.on('data', (d) => log('echo ' + d));
e.on('end', () => log('echo end'));
e.write('ping');
e.end('pong');
const m = new MyPT();
log('MyPT instanceof ' + [m instanceof PassThrough, m instanceof Transform, m instanceof Duplex, m instanceof Writable, m instanceof Readable].join());
