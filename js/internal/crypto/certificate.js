'use strict';
// crypto.Certificate: SPKAC (Netscape's signed public key and challenge).
// modules/crypto/spkac.go decodes and verifies one; this side takes node's
// argument forms (string in an encoding, Buffer, TypedArray, DataView,
// ArrayBuffer), refuses inputs over INT_MAX bytes as node's C++ does, and
// returns '' (or false) for an input that is not an SPKAC.

const { binding, getArrayBufferOrView } = require('internal/crypto/util');

function parse(spkac, encoding) {
  const buf = getArrayBufferOrView(spkac, 'spkac', encoding);
  if (buf.byteLength > 2147483647) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    const err = new ERR_OUT_OF_RANGE('spkac', '', 0);
    err.message = 'spkac is too large';
    throw err;
  }
  return buf.byteLength === 0 ? undefined : binding.spkacParse(buf);
}

// An empty input gives '' from all three, as node's.
function verifySpkac(spkac, encoding) {
  const r = parse(spkac, encoding);
  return r === undefined ? '' : r !== null && r[2];
}

function exportPublicKey(spkac, encoding) {
  const r = parse(spkac, encoding);
  return r == null ? '' : r[0];
}

function exportChallenge(spkac, encoding) {
  const r = parse(spkac, encoding);
  return r == null ? '' : r[1];
}

// Callable without new, as node's; the static methods and the instance
// methods are the same functions.
function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.verifySpkac = verifySpkac;
Certificate.exportPublicKey = exportPublicKey;
Certificate.exportChallenge = exportChallenge;

module.exports = { Certificate };
