'use strict';
// process: the process object as a module (require('process'), node:process).

module.exports = process;
