'use strict';
// path/posix: the same module as path on POSIX systems.
module.exports = require('path');
