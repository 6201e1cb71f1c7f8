'use strict';
const stream = require('stream');
const util = require('util');
const log = (s) => console.log(s);
function Counter(opts) {
  if (!(this instanceof Counter)) return new Counter(opts);
  stream.Readable.call(this, opts);
  this._max = 3;
  this._index = 1;
}
util.inherits(Counter, stream.Readable);
Counter.prototype._read = function() {
  const i = this._index++;
  this.push(i > this._max ? null : String(i));
};
function Sink(opts) {
  stream.Writable.call(this, opts);
  this.got = [];
}
util.inherits(Sink, stream.Writable);
Sink.prototype._write = function(c, e, cb) { this.got.push(c.toString()); cb(); };
function Upper() { stream.Transform.call(this); }
util.inherits(Upper, stream.Transform);
Upper.prototype._transform = function(c, e, cb) { cb(null, c.toString().toUpperCase() + '!'); };
function Dup() { stream.Duplex.call(this, { allowHalfOpen: false }); }
util.inherits(Dup, stream.Duplex);
const s = new Sink();
const c = Counter();
log('instanceof ' + [c instanceof stream.Readable, s instanceof stream.Writable, new Upper() instanceof stream.Duplex, new Dup() instanceof stream.Writable].join());
log('without new: ' + [stream.Readable() instanceof stream.Readable, stream.Writable() instanceof stream.Writable, stream.Duplex() instanceof stream.Duplex, stream.Transform() instanceof stream.Transform, stream.PassThrough() instanceof stream.PassThrough].join());
log('allowHalfOpen ' + new Dup().allowHalfOpen);
c.pipe(new Upper()).pipe(s);
s.on('finish', () => log('sink got ' + s.got.join(',')));
log('require(stream) is Stream ' + (stream === stream.Stream) + ' typeof ' + typeof stream);
const st = new stream();
log('legacy instance ' + (st instanceof require('events')) + ' has pipe ' + (typeof st.pipe));
