// Timeout[Symbol.toPrimitive] gives a number usable with clearTimeout.
const t = setTimeout(() => console.log('should not fire'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id), id > 0);
console.log(`${t}` === String(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('fires'), 5);
const id2 = t2[Symbol.toPrimitive]();
console.log(id2 !== id, +t2 === id2);
clearTimeout(String(id2 + 1000)); // unknown id: no effect
const iv = setInterval(() => console.log('interval should not fire'), 5);
clearInterval(+iv);
const obj = {};
obj[t2] = 'keyed';
console.log(Object.keys(obj)[0] === String(id2));
