'use strict';
// 'assert/strict': the strict assertion mode of the assert module.
module.exports = require('assert').strict;
