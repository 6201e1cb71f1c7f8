// Stacks of errors node makes outside JavaScript or below its helpers: an fs
// request's completion error has no frames (console.log shows it in
// brackets), a connect failure's stack starts at the completion
// (not at the helper that made it), and Error.captureStackTrace(obj, fn)
// keeps only the frames below fn's call (none when fn is not on the stack),
// formatting the header when `stack` is first read.
'use strict';
const fs = require('fs');
const net = require('net');
const util = require('util');

const frames = (e) => e.stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]);

fs.readFile('/nonexistent/file', (err) => {
  console.log(util.inspect(err));
  console.log(JSON.stringify(err.stack));
  fs.stat('/nonexistent/file', (err2) => {
    console.log('stat frames', err2.stack.split('\n').length);
    fs.promises.readdir('/nonexistent/dir').catch((err3) => {
      console.log('promise', err3.code, err3.stack.split('\n')[0]);
      const sock = net.connect(1, '127.0.0.1');
      sock.on('error', (err4) => {
        console.log('connect', err4.code, frames(err4).length, frames(err4)[0].endsWith('.afterConnect'));
        captures();
      });
    });
  });
});

function captures() {
  function notOnStack() {}
  const o = {};
  Error.captureStackTrace(o, notOnStack);
  console.log('not on stack', JSON.stringify(o.stack));

  function outer() { return inner(); }
  function inner() { const e = {}; Error.captureStackTrace(e, inner); return e.stack; }
  console.log('below inner', frames({ stack: outer() })[0]);

  class MyError extends Error {
    constructor(m) { super(m); Error.captureStackTrace(this, MyError); }
  }
  function make() { return new MyError('made'); }
  console.log('class', frames(make())[0]);

  function Legacy(message) {
    Error.captureStackTrace(this, this.constructor);
    this.name = 'Legacy';
    this.message = message;
  }
  Legacy.prototype = Object.create(Error.prototype);
  console.log('legacy', new Legacy('late message').stack.split('\n')[0]);
  try {
    fs.readFileSync('/nonexistent/sync');
  } catch (e) {
    console.log('sync has frames', frames(e).length > 0);
  }
}
