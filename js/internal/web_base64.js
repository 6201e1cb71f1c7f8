'use strict';

// atob and btoa: the web platform's forgiving base64 over latin1 strings.
// One pair of functions is both the globals (the bootstrap) and
// require('buffer').atob/btoa, as in node (the same function objects).
// Buffer is loaded when one is first called, not when this file is.

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function invalidCharacter(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'InvalidCharacterError');
}

function requireArgument(name, args) {
  if (args.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS(name);
  }
}

function btoa(input) {
  requireArgument('input', arguments);
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  const bytes = new Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = input.charCodeAt(i);
  return require('buffer').Buffer.from(bytes).toString('base64');
}

function atob(input) {
  requireArgument('input', arguments);
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  for (let i = 0; i < input.length; i++) {
    if (base64Chars.indexOf(input[i]) < 0) throw invalidCharacter('Invalid character');
  }
  const bytes = require('buffer').Buffer.from(input, 'base64');
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

module.exports = { atob, btoa };
