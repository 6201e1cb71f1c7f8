'use strict';
// The deprecated `sys` builtin is util itself (DEP0025).

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
