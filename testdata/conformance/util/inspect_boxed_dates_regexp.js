'use strict';
const util = require('util');
console.log(util.inspect(new Number(3)), util.inspect(new Number(-0)));
console.log(util.inspect(new String('abc')), util.inspect(new Boolean(true)));
console.log(util.inspect(Object(Symbol('sym'))), util.inspect(Object(10n)));
const boxed = new String('ab');
boxed.extra = 1;
console.log(util.inspect(boxed));
console.log(util.inspect(new Date(0)));
console.log(util.inspect(new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250))));
console.log(util.inspect(new Date(NaN)));
const d = new Date(86400000);
d.label = 'day';
console.log(util.inspect(d));
console.log(util.inspect({ when: new Date(1e12) }));
console.log(util.inspect(/ab+c/gi), util.inspect(new RegExp('a.b', 'smu')));
const r = /x/y;
r.meta = [1];
console.log(util.inspect(r));
console.log(util.inspect([/a/, new Date(0), new Number(1)]));
class MyDate extends Date {}
console.log(util.inspect(new MyDate(0)));
class MyRegExp extends RegExp {}
console.log(util.inspect(new MyRegExp('z', 'g')));
