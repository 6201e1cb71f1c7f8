// process.nextTick passes extra arguments; `this` is undefined in strict callbacks.
'use strict';
process.nextTick(function (a, b, c) {
  console.log('args', a, b, c, arguments.length, this === undefined);
}, 1, 'two', 3);
process.nextTick((...rest) => console.log('rest', rest.length));
process.nextTick((a, b, c, d, e, f) => console.log('many', [a, b, c, d, e, f].join(',')), 1, 2, 3, 4, 5, 6);
try {
  process.nextTick('nope');
} catch (e) {
  console.log(e.name, e.code);
}
