'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const err = new Error('kaboom');
try {
  e.emit('error', err);
} catch (caught) {
  console.log('same object', caught === err, caught.message);
}
class MyError extends Error {}
try {
  e.emit('error', new MyError('sub'));
} catch (caught) {
  console.log('subclass', caught instanceof MyError, caught.message);
}
const te = new TypeError('typed');
try {
  e.emit('error', te, 'extra');
} catch (caught) {
  console.log('TypeError', caught === te);
}
for (const value of [undefined, 42, null, true]) {
  try {
    e.emit('error', value);
  } catch (caught) {
    console.log(caught.name, caught.code, JSON.stringify(caught.message), caught.context === value,
      caught instanceof Error, Object.keys(caught).join(','));
  }
}
try {
  e.emit('error');
} catch (caught) {
  console.log('no args:', caught.message, caught.code);
}
// With an error listener nothing is thrown.
e.on('error', (er, extra) => console.log('handled', er.message, extra));
console.log('emit ->', e.emit('error', new Error('handled one'), 'x'));
// Once-listener for error handles just one.
const f = new EventEmitter();
f.once('error', (er) => console.log('once handled', er.message));
f.emit('error', new Error('first'));
try {
  f.emit('error', new Error('second'));
} catch (caught) {
  console.log('second thrown', caught.message);
}
