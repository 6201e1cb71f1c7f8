'use strict';
// The test runner's small helpers under node 20's internal names (node's
// own tests reach them with --expose-internals).

const { basename } = require('path');
const { codes } = require('internal/errors');

// node 20's naming rule for the files `--test` finds outside a test/
// directory: test.js, test-*.js, *.test.js, *-test.js, *_test.js (.cjs, .mjs).
const kTestFilePattern = /((^test(-.+)?)|(.+[.\-_]test))\.(?:cjs|mjs|js)$/;
const kSupportedFileExtensions = /\.[cm]?js$/;
const kRegExpPattern = /^\/(.*)\/([a-z]*)$/;

function doesPathMatchFilter(p) {
  return kTestFilePattern.exec(basename(p)) !== null;
}

function isSupportedFileType(p) {
  return kSupportedFileExtensions.exec(p) !== null;
}

// '--test-name-pattern=/re/flags' or a plain pattern.
function convertStringToRegExp(str, name) {
  const match = kRegExpPattern.exec(str);
  const pattern = match?.[1] ?? str;
  const flags = match?.[2] || '';
  try {
    return new RegExp(pattern, flags);
  } catch (err) {
    const msg = err?.message;
    throw new codes.ERR_INVALID_ARG_VALUE(name, str, `is an invalid regular expression.${msg ? ` ${msg}` : ''}`);
  }
}

module.exports = { convertStringToRegExp, doesPathMatchFilter, isSupportedFileType };
