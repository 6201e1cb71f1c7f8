'use strict';
// The public 'module' builtin: node's Module class with createRequire.
module.exports = require('internal/modules').Module;
