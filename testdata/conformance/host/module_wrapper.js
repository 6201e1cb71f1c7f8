// The CommonJS wrapper: node's five arguments, `this` is module.exports.
console.log(arguments.length, arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname, this === module.exports);
console.log(require('module').wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
