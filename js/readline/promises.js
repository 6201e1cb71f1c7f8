'use strict';
// readline/promises: readline whose question() returns a promise.
module.exports = require('readline').promises;
