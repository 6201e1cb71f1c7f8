'use strict';
// Transform: a Duplex whose output is computed from its input by _transform.
//
// Per-chunk cost: one reusable bound callback per stream (the write callback
// handed to _write is always the stream's own onwrite, so only the readable
// length before the transform needs remembering).

const Duplex = require('internal/streams/duplex');
const { errors } = require('internal/streams/utils');
const { getHighWaterMark } = require('internal/streams/state');

const kCallback = Symbol('kCallback');
const kPending = Symbol('kPending');
const kLength = Symbol('kLength');
const kAfter = Symbol('kAfterTransform');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable highWaterMark of 0 would stall the transform; keep the
  // writable side explicit in that case.
  const rhwm = options ? getHighWaterMark({ objectMode: false }, options, 'readableHighWaterMark', true) : null;
  if (rhwm === 0) {
    options = Object.assign({}, options, {
      highWaterMark: null,
      readableHighWaterMark: rhwm,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    });
  }

  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kPending] = null;
  this[kLength] = 0;
  this[kAfter] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new (errors().codes.ERR_METHOD_NOT_IMPLEMENTED)('_transform()');
};

function afterTransform(self, err, val) {
  const callback = self[kPending];
  if (err) {
    callback(err);
    return;
  }
  const rState = self._readableState;
  if (val != null) self.push(val);
  if (rState.ended) {
    // push(null) was called: let the new state settle first.
    process.nextTick(callback);
  } else if (self._writableState.ended || self[kLength] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    self[kCallback] = callback;
  }
}

function makeAfterTransform(self) {
  return function(err, val) { afterTransform(self, err, val); };
}

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kPending] = callback;
  this[kLength] = this._readableState.length;
  let after = this[kAfter];
  if (after === null) after = this[kAfter] = makeAfterTransform(this);
  this._transform(chunk, encoding, after);
};

Transform.prototype._read = function() {
  const cb = this[kCallback];
  if (cb) {
    this[kCallback] = null;
    cb();
  }
};

module.exports = Transform;
