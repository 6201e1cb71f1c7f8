'use strict';
// The RegExp constructor scripts see (gojanet), put in place at start-up.
//
// It is goja's RegExp behind a function of ours that hands every
// construction to internal/regexp_named (named capture groups, Unicode
// property escapes and the v flag, which goja lacks or misnumbers; see
// there). That file is compiled on the first construction, not at start-up:
// most scripts and none of the builtins a server starts with call
// `new RegExp`, and regex literals do not come through here.

const NativeRegExp = RegExp;
const proto = NativeRegExp.prototype;
const unicodeGetter = Object.getOwnPropertyDescriptor(proto, 'unicode').get;

let named;
function construct(args, newTarget) {
  if (named === undefined) named = require('internal/regexp_named');
  return named.construct(args, newTarget);
}

// The RegExp constructor scripts see: goja's, unless the pattern has names.
function Wrapped(pattern, flags) {
  if (new.target === undefined) {
    // RegExp(re) without flags is re itself.
    if (flags === undefined && pattern !== null && typeof pattern === 'object' &&
        pattern instanceof NativeRegExp && pattern.constructor === Wrapped) {
      return pattern;
    }
    return construct([pattern, flags], Wrapped);
  }
  return construct([pattern, flags], new.target);
}
// (prototype first: the static properties follow it, in V8's order)
Object.defineProperty(Wrapped, 'prototype', { value: proto, writable: false, enumerable: false, configurable: false });
for (const key of Reflect.ownKeys(NativeRegExp)) {
  if (key === 'prototype' || key === 'length' || key === 'name' || key === 'arguments' || key === 'caller') continue;
  Object.defineProperty(Wrapped, key, Object.getOwnPropertyDescriptor(NativeRegExp, key));
}
Object.defineProperty(Wrapped, 'name', { value: 'RegExp', configurable: true });

function install() {
  if (!('unicodeSets' in proto)) {
    Object.defineProperty(proto, 'unicodeSets', {
      get: function unicodeSets() {
        if (this === proto) return undefined;
        // Before the first construction no regex has the v flag.
        if (named === undefined) {
          unicodeGetter.call(this); // throws for a non-RegExp
          return false;
        }
        return named.unicodeSets(this);
      },
      configurable: true,
    });
  }
  Object.defineProperty(proto, 'constructor', { value: Wrapped, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'RegExp', { value: Wrapped, writable: true, configurable: true });
}

module.exports = { install, NativeRegExp, Wrapped };
