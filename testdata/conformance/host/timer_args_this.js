// Timer callbacks get their arguments and the Timeout/Immediate as `this`.
const im = setImmediate(function (x) {
  console.log('immediate', x, this === im);
  const t = setTimeout(function (a, b) {
    console.log('timeout', a, b, this === t);
  }, 1, 'a', 'b');
  console.log(typeof t, t.constructor.name);
}, 42);
console.log(typeof im, im.constructor.name);
