'use strict';
// Error.prepareStackTrace is called when an error's `stack` is first read
// (V8 formats it lazily), with the error and its frames as CallSite objects;
// `stack` is what it returns, whatever that is.
const path = require('path');

function where(site) {
  return `${path.basename(site.getFileName())}:${site.getLineNumber()} ${site.getFunctionName()} native=${site.isNative()}`;
}

let calls = 0;
Error.prepareStackTrace = (err, sites) => {
  calls++;
  return { message: err.message, top: where(sites[0]), caller: where(sites[1]) };
};
function inner() {
  return new Error('lazy');
}
function outer() {
  return inner();
}
const e = outer();
console.log('before the read', calls);
console.log(e.stack);
console.log('read again', e.stack === e.stack, calls);

// Set after the error is made: what counts is the function at the read.
Error.prepareStackTrace = undefined;
const late = new Error('late');
Error.prepareStackTrace = (err) => `custom ${err.message}`;
console.log(late.stack);

// An assignment before any read keeps the assigned value.
const assigned = new Error('assigned');
assigned.stack = 'mine';
console.log(assigned.stack);

// A throwing prepareStackTrace throws from the read.
Error.prepareStackTrace = () => { throw new TypeError('no stack for you'); };
const t = new Error('t');
try {
  t.stack; // eslint-disable-line no-unused-expressions
} catch (err) {
  console.log('read threw', err.name, err.message);
}

// Error.captureStackTrace goes through it too, lazily.
calls = 0;
Error.prepareStackTrace = (err, sites) => { calls++; return `captured ${where(sites[0])}`; };
const o = {};
(function capture() { Error.captureStackTrace(o); })();
console.log('captured, not read', calls);
console.log(o.stack, calls);

// Reading another error's stack inside it gets the plain format.
Error.prepareStackTrace = (err) => `outer ${new Error('nested').stack.split('\n')[0]}`;
console.log(new Error('x').stack);

Error.prepareStackTrace = undefined;
console.log(new Error('default').stack.split('\n')[0]);
