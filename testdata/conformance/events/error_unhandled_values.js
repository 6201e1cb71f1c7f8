'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
for (const value of ['boom', { a: 1, b: 'two' }, [1, 2, 3], Symbol('sym')]) {
  try {
    e.emit('error', value);
  } catch (caught) {
    console.log(caught.code, caught.message, caught.context === value);
  }
}
