// process.binding('util') is node's legacy wrapper: exactly util.types' 16 checks, a new object each call.
const b = process.binding('util');
console.log(Object.keys(b).sort().join(), b.isDate(new Date()), b.isPromise(Promise.resolve()), b === process.binding('util'), b.isMap === require('util').types.isMap);
