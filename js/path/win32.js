'use strict';
// path/win32: node's win32 path flavour (the same object as path.win32).
module.exports = require('path').win32;
